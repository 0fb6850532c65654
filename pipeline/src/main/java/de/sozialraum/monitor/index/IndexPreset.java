package de.sozialraum.monitor.index;

import de.sozialraum.monitor.indicators.FrameYear;
import de.sozialraum.monitor.numerics.classify.ClassScheme;
import de.sozialraum.monitor.schema.OutputColumn;
import java.io.Serializable;
import java.util.List;

/**
 * An index method as a plug-in, found by name in {@link IndexPresets} (as Spark finds data
 * sources): it declares the columns it publishes, computes them for one comparison frame and year,
 * and names its headline score and class, which the pipeline ranks, compares over years and maps.
 * Implementations are immutable and serializable, because Spark ships them to the executors.
 */
public interface IndexPreset extends Serializable {

  /** The configuration name and column prefix, e.g. {@code svi}. */
  String name();

  /** Every column {@link #compute} fills, in publication order. */
  List<OutputColumn> columns();

  /**
   * Column of the headline score (higher = more disadvantaged, except where the method's coding
   * says otherwise).
   */
  String headlineColumn();

  /**
   * Whether class 1 is the most disadvantaged (the English IMD's deciles) rather than the least.
   */
  default boolean firstClassMostAdverse() {
    return false;
  }

  /**
   * The column weighting the headline's mean over a municipality or the county, for a method whose
   * definition aggregates that way (COI: its target group; IMD, PCA: the residents); empty for one
   * whose headline is not averaged.
   */
  default java.util.Optional<String> aggregateWeight() {
    return java.util.Optional.empty();
  }

  /** Column of the headline's class, coded as the method publishes it. */
  String classColumn();

  /** Labels and colours of the headline classes. */
  ClassScheme classes();

  /**
   * Indicator columns (with suffix, e.g. {@code _change}) the method needs; a district lacking one
   * has no index.
   */
  List<String> requires();

  /**
   * Whether {@link #fitted} needs the pooled district-years; methods that standardise within each
   * year do not.
   */
  default boolean fittedAcrossYears() {
    return false;
  }

  /**
   * Fits what the method fixes across years (COI's reference year, PCA's pooled loadings) and
   * returns the fitted preset; methods that standardise within each year return themselves.
   */
  default IndexPreset fitted(PooledData data) {
    return this;
  }

  PresetResult compute(FrameYear frame);

  /**
   * The same method over the given indicators only, as one theme or domain, under a new name: a
   * life-phase sub-index (docs/METHODS.md §3). The result is not yet fitted.
   */
  IndexPreset restrictedTo(String name, List<String> indicators);
}
