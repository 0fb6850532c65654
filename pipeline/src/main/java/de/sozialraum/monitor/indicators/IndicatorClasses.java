package de.sozialraum.monitor.indicators;

import static de.sozialraum.monitor.schema.Columns.classOf;
import static de.sozialraum.monitor.schema.Columns.colourOf;
import static de.sozialraum.monitor.schema.Columns.labelOf;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.numerics.classify.ClassScheme;
import de.sozialraum.monitor.numerics.classify.Classifiers;
import de.sozialraum.monitor.numerics.classify.Palette;
import de.sozialraum.monitor.schema.ColumnText;
import de.sozialraum.monitor.schema.Derivation;
import de.sozialraum.monitor.schema.OutputColumn;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The map classes of every indicator in one year (docs/METHODS.md §4): breaks from the valid
 * districts of the county frame by the indicator's configured classification, published as code,
 * label and colour so GeoJSON, report and QGIS style agree. Where a high value is favourable the
 * colours run the other way, so dark still means adverse.
 */
public final class IndicatorClasses implements Serializable {

  private final List<MonitorConfig.Indicator> indicators;
  private final MonitorConfig.Classification classification;

  public IndicatorClasses(MonitorConfig config) {
    this.indicators = config.indicators();
    this.classification = config.classification();
  }

  public List<OutputColumn> columns() {
    List<OutputColumn> c = new ArrayList<>();
    for (MonitorConfig.Indicator i : indicators) {
      MonitorConfig.ClassSpec spec = classification.of(i.id());
      c.add(
          OutputColumn.code(
                  classOf(i.id()), ColumnText.of("indicator_class", i.id(), spec.method()))
              .ofCell(i.id()));
      c.add(
          OutputColumn.text(
                  labelOf(classOf(i.id())), ColumnText.of("indicator_class_label", i.id()))
              .ofCell(i.id()));
      c.add(
          OutputColumn.text(
                  colourOf(classOf(i.id())), ColumnText.of("indicator_class_colour", i.id()))
              .derivedFrom(Derivation.cell(i.id()).shownWithheldAs(Palette.NO_CLASS)));
    }
    return c;
  }

  /**
   * Per indicator its class codes, labels and colours for the frame's districts, in {@link
   * #columns()} order.
   */
  public Map<String, Object[]> classify(FrameYear f) {
    Map<String, Object[]> out = new LinkedHashMap<>();
    boolean[] valid = f.valid();
    for (MonitorConfig.Indicator ind : indicators) {
      double[] x = f.column(ind.id()).clone();
      for (int i = 0; i < x.length; i++) {
        if (!valid[i]) {
          x[i] = Double.NaN;
        }
      }
      ClassScheme scheme = scheme(classification.of(ind.id()), x);
      if (scheme != null && ind.sign() < 0) {
        scheme = scheme.reversedColours();
      }
      Object[] code = new Object[x.length];
      Object[] label = new Object[x.length];
      Object[] colour = new Object[x.length];
      for (int i = 0; i < x.length; i++) {
        int c = scheme == null ? 0 : scheme.classify(x[i]);
        code[i] = c == 0 ? null : c;
        label[i] = scheme == null ? null : scheme.label(c);
        colour[i] = scheme == null ? Palette.NO_CLASS : scheme.colour(c);
      }
      out.put(classOf(ind.id()), code);
      out.put(labelOf(classOf(ind.id())), label);
      out.put(colourOf(classOf(ind.id())), colour);
    }
    return out;
  }

  /** The scheme for these values, or null where no value is present. */
  public static ClassScheme scheme(MonitorConfig.ClassSpec spec, double[] x) {
    if (java.util.Arrays.stream(x).noneMatch(Double::isFinite)) {
      return null;
    }
    return switch (spec.method()) {
      case QUANTILES -> Classifiers.quantiles(x, spec.classes(), spec.decimals());
      case EQUAL_INTERVAL -> Classifiers.equalInterval(x, spec.classes(), spec.decimals());
      case FISHER_JENKS -> Classifiers.fisherJenks(x, spec.classes(), spec.decimals());
      case FIXED ->
          Classifiers.fixed(
              x,
              spec.thresholds().stream().mapToDouble(Double::doubleValue).toArray(),
              spec.decimals());
      case SD_BANDS ->
          Classifiers.sdBands(
              x,
              spec.sdEdges().stream().mapToDouble(Double::doubleValue).toArray(),
              spec.decimals());
    };
  }
}
