package de.sozialraum.monitor.spatial;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.methods.Validity;
import de.sozialraum.monitor.methods.preset.OutputColumn;
import de.sozialraum.monitor.spark.YearRows;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One year of spatial statistics for Spark: either the districts' rows with LISA and Gi* columns appended per
 * analysed variable, or (in {@link Mode#GLOBAL}) one row per variable with its global Moran's I. The permutation
 * seed is derived from the run's seed, the variable and the year.
 */
public final class SpatialYearFunction implements FlatMapGroupsFunction<Integer, Row, Row> {

  public enum Mode { LOCAL, GLOBAL }

  public static final StructType GLOBAL_SCHEMA = new StructType().add("year", DataTypes.IntegerType, false)
      .add("variable", DataTypes.StringType, false).add("n", DataTypes.IntegerType, true).add("moran_i", DataTypes.DoubleType, true)
      .add("expected", DataTypes.DoubleType, true).add("variance_randomisation", DataTypes.DoubleType, true)
      .add("z_randomisation", DataTypes.DoubleType, true).add("p_randomisation", DataTypes.DoubleType, true)
      .add("variance_normality", DataTypes.DoubleType, true).add("z_normality", DataTypes.DoubleType, true)
      .add("p_normality", DataTypes.DoubleType, true).add("p_two_sided_randomisation", DataTypes.DoubleType, true)
      .add("pseudo_p", DataTypes.DoubleType, true).add("permutations", DataTypes.IntegerType, false);

  private final Mode mode;
  private final List<String> variables;
  private final SpatialStatistics statistics;
  private final DistrictNeighbours neighbours;
  private final MonitorConfig.Spatial settings;
  private final StructType input;
  private final StructType output;

  public SpatialYearFunction(Mode mode, MonitorConfig.Spatial settings, List<String> variables, DistrictNeighbours neighbours, StructType input) {
    this.mode = mode;
    this.settings = settings;
    this.variables = List.copyOf(variables);
    this.statistics = new SpatialStatistics(settings);
    this.neighbours = neighbours;
    this.input = input;
    StructType s = input;
    for (String v : variables) {
      for (OutputColumn c : SpatialStatistics.columns(v)) {
        s = s.add(c.name(), c.kind().sparkType(), true);
      }
    }
    this.output = mode == Mode.LOCAL ? s : GLOBAL_SCHEMA;
  }

  public StructType outputSchema() {
    return output;
  }

  @Override
  public Iterator<Row> call(Integer year, Iterator<Row> rows) {
    List<Row> in = YearRows.byDistrict(rows);
    int n = in.size();
    boolean[] valid = new boolean[n];
    for (int i = 0; i < n; i++) {
      valid[i] = Validity.VALID.equals(in.get(i).getAs("validity"));
    }
    int[][] nb = neighbours.positions(in.stream().map(r -> r.<String>getAs("district_id")).toList());
    List<Object[]> added = new ArrayList<>();
    List<Row> globals = new ArrayList<>();
    for (String v : variables) {
      int idx = input.fieldIndex(v);
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = in.get(i).isNullAt(idx) ? Double.NaN : ((Number) in.get(i).get(idx)).doubleValue();
      }
      long seed = settings.seed() * 31 + v.hashCode() * 1_000_003L + year;
      if (mode == Mode.GLOBAL) {
        globals.add(global(year, v, statistics.global(x, valid, nb, seed)));
      } else {
        SpatialStatistics.Local l = statistics.local(x, valid, nb, seed);
        added.add(l.lisaI());
        added.add(l.lisaP());
        added.add(l.cluster());
        added.add(l.giStar());
        added.add(l.hotspot());
      }
    }
    if (mode == Mode.GLOBAL) {
      return globals.iterator();
    }
    return YearRows.appended(in, added);
  }

  private Row global(int year, String variable, SpatialStatistics.Global g) {
    if (g == null) {
      return RowFactory.create(year, variable, null, null, null, null, null, null, null, null, null, null, null, settings.permutations());
    }
    GlobalMoran.Test r = g.moran().randomisation();
    GlobalMoran.Test nrm = g.moran().normality();
    return RowFactory.create(year, variable, g.n(), r.i(), r.expected(), r.variance(), r.z(), r.pGreater(), nrm.variance(), nrm.z(),
        nrm.pGreater(), r.pTwoSided(), g.pseudoP(), settings.permutations());
  }
}
