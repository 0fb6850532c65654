package de.sozialraum.monitor.spatial;

import static de.sozialraum.monitor.schema.Columns.giStarOf;
import static de.sozialraum.monitor.schema.Columns.hotspotOf;
import static de.sozialraum.monitor.schema.Columns.lisaClusterOf;
import static de.sozialraum.monitor.schema.Columns.lisaIOf;
import static de.sozialraum.monitor.schema.Columns.lisaPOf;

import de.sozialraum.geodata.neighbours.NeighbourList;
import de.sozialraum.geodata.neighbours.SpatialWeights;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.schema.ColumnText;
import de.sozialraum.monitor.schema.Derivation;
import de.sozialraum.monitor.schema.OutputColumn;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The spatial statistics of one variable in one year (docs/METHODS.md §6), over the valid districts
 * that have a value, with the neighbours restricted to them: the global Moran's I ({@link
 * GlobalMoran}), the LISA with its permutation inference ({@link LocalMoran}) and Getis–Ord Gi*
 * ({@link GetisOrd}). Districts outside (invalid, no value) get nothing; districts whose neighbours
 * are all outside are islands. Series that take the same districts share their weights.
 */
public final class SpatialStatistics {

  private final MonitorConfig.Spatial settings;
  private final NeighbourList layer;
  private final Map<Members, SpatialWeights> weights = new HashMap<>();

  /**
   * @param layer the neighbours of all districts by layer position
   */
  public SpatialStatistics(MonitorConfig.Spatial settings, NeighbourList layer) {
    this.settings = settings;
    this.layer = layer;
  }

  /**
   * The local columns of a variable that is no indicator (an index): composites of several
   * indicators.
   */
  public static List<OutputColumn> columns(String variable) {
    return columns(variable, List.of());
  }

  /**
   * The local columns of a variable. Of an indicator, each is derived from all of its values in the
   * year: with every other district's value known, a local statistic could be solved for a withheld
   * one.
   */
  public static List<OutputColumn> columns(
      String variable, java.util.Collection<String> indicators) {
    Derivation d =
        indicators.contains(variable)
            ? Derivation.year(variable)
            : Derivation.independent(OutputColumn.COMPOSITE);
    return List.of(
        OutputColumn.number(lisaIOf(variable), ColumnText.of("lisa_i", variable)).derivedFrom(d),
        OutputColumn.number(lisaPOf(variable), ColumnText.of("lisa_p", variable)).derivedFrom(d),
        OutputColumn.text(lisaClusterOf(variable), ColumnText.of("lisa_cluster")).derivedFrom(d),
        OutputColumn.number(giStarOf(variable), ColumnText.of("gi_star_z", variable))
            .derivedFrom(d),
        OutputColumn.text(hotspotOf(variable), ColumnText.of("hotspot")).derivedFrom(d));
  }

  /** Layer positions as a map key. */
  private record Members(int[] positions) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Members m && Arrays.equals(positions, m.positions);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(positions);
    }
  }

  /**
   * @param x the variable by layer position (NaN where a district has no value)
   * @param include whether a district is valid in that year
   */
  public SpatialSeries series(int year, String variable, double[] x, boolean[] include) {
    int[] members =
        IntStream.range(0, x.length).filter(i -> include[i] && Double.isFinite(x[i])).toArray();
    long seed = settings.statistics().seed() * 31 + variable.hashCode() * 1_000_003L + year;
    if (members.length < 4) {
      return new SpatialSeries(year, variable, members, seed, null, null, null, null);
    }
    double[] y = Arrays.stream(members).mapToDouble(i -> x[i]).toArray();
    SpatialWeights w =
        weights.computeIfAbsent(
            new Members(members),
            m ->
                new SpatialWeights(
                    layer.restrictedTo(m.positions()),
                    SpatialWeights.Style.valueOf(settings.weights())));
    boolean anyLinked = w.neighbours().islands().size() < members.length;
    return new SpatialSeries(
        year,
        variable,
        members,
        seed,
        LocalMoran.prepare(y, w),
        GetisOrd.star(y, w),
        anyLinked ? GlobalMoran.permutations(y, w) : null,
        anyLinked ? GlobalMoran.of(y, w) : null);
  }
}
