package de.sozialraum.monitor.spatial;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.VALIDITY;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.indicators.Validity;
import de.sozialraum.monitor.neighbours.DistrictNeighbours;
import de.sozialraum.monitor.schema.OutputColumn;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The spatial statistics at scale. Conditional permutation draws from all n−1 other values of a
 * series and a global permutation relabels them all, so each task needs the variable's whole vector
 * and the neighbour list: that much (a few numbers per district, never the rows or geometries) is
 * gathered on the driver and broadcast once. The work is then split: the districts of every series
 * into ranges for the LISA and Gi* tasks, the permutations of every global test into blocks, all
 * spread over the executors' cores. Every area and every permutation draws from its own stream of
 * the series' seed, so the results do not depend on the split. The Benjamini–Hochberg threshold is
 * found from the counts of the distinct pseudo-p values, a small aggregate.
 */
public final class SpatialStatisticsJob {

  /** Long form of the local results: one row per series and district taking part. */
  public static final StructType LOCAL_SCHEMA =
      new StructType()
          .add(YEAR, DataTypes.IntegerType, false)
          .add("variable", DataTypes.StringType, false)
          .add(DISTRICT_ID, DataTypes.StringType, false)
          .add("lisa_i", DataTypes.DoubleType, true)
          .add("lisa_p", DataTypes.DoubleType, true)
          .add("lisa_cluster", DataTypes.StringType, false)
          .add("gi_star_z", DataTypes.DoubleType, true)
          .add("hotspot", DataTypes.StringType, false)
          .add("quadrant", DataTypes.StringType, false);

  public static final StructType GLOBAL_SCHEMA =
      new StructType()
          .add(YEAR, DataTypes.IntegerType, false)
          .add("variable", DataTypes.StringType, false)
          .add("n", DataTypes.IntegerType, true)
          .add("moran_i", DataTypes.DoubleType, true)
          .add("expected", DataTypes.DoubleType, true)
          .add("variance_randomisation", DataTypes.DoubleType, true)
          .add("z_randomisation", DataTypes.DoubleType, true)
          .add("p_randomisation", DataTypes.DoubleType, true)
          .add("variance_normality", DataTypes.DoubleType, true)
          .add("z_normality", DataTypes.DoubleType, true)
          .add("p_normality", DataTypes.DoubleType, true)
          .add("p_two_sided_randomisation", DataTypes.DoubleType, true)
          .add("pseudo_p", DataTypes.DoubleType, true)
          .add("permutations", DataTypes.IntegerType, false)
          .add("withheld", DataTypes.StringType, true);

  /**
   * What every task reads: the layer's district ids and the prepared series (classes, not records:
   * see SpatialSeries).
   */
  private static final class Batch implements Serializable {
    private final String[] ids;
    private final List<SpatialSeries> series;

    Batch(String[] ids, List<SpatialSeries> series) {
      this.ids = ids;
      this.series = series;
    }
  }

  /** A task: series s, from … to − 1 (districts or permutations). */
  private static final class Range implements Serializable {
    private final int series;
    private final int from;
    private final int to;

    Range(int series, int from, int to) {
      this.series = series;
      this.from = from;
      this.to = to;
    }
  }

  private final SparkSession spark;
  private final MonitorConfig.Spatial settings;
  private final List<SpatialSeries> series;
  private final Broadcast<Batch> batch;

  public SpatialStatisticsJob(
      SparkSession spark,
      MonitorConfig.Spatial settings,
      List<String> ids,
      List<SpatialSeries> series) {
    this.spark = spark;
    this.settings = settings;
    this.series = List.copyOf(series);
    this.batch =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .broadcast(new Batch(ids.toArray(String[]::new), new ArrayList<>(this.series)));
  }

  /**
   * Prepares the series of every year and variable of a table with columns year, district_id,
   * validity and the variables; only those columns travel to the driver, streamed partition by
   * partition into arrays.
   */
  public static SpatialStatisticsJob of(
      SparkSession spark,
      Dataset<Row> table,
      List<String> variables,
      DistrictNeighbours neighbours,
      MonitorConfig.Spatial settings) {
    Map<String, Integer> position = neighbours.layerPositions();
    int n = position.size();
    Map<Integer, double[][]> values = new TreeMap<>();
    Map<Integer, boolean[]> valid = new HashMap<>();
    List<Column> columns = new ArrayList<>(List.of(col(YEAR), col(DISTRICT_ID), col(VALIDITY)));
    variables.forEach(v -> columns.add(col(v).cast(DataTypes.DoubleType)));
    Iterator<Row> rows = table.select(columns.toArray(Column[]::new)).toLocalIterator();
    while (rows.hasNext()) {
      Row r = rows.next();
      Integer at = position.get(r.getString(1));
      if (at == null) {
        continue;
      }
      double[][] x =
          values.computeIfAbsent(
              r.getInt(0),
              y -> {
                double[][] empty = new double[variables.size()][n];
                for (double[] v : empty) {
                  Arrays.fill(v, Double.NaN);
                }
                return empty;
              });
      valid.computeIfAbsent(r.getInt(0), y -> new boolean[n])[at] =
          Validity.VALID.equals(r.getString(2));
      for (int v = 0; v < variables.size(); v++) {
        x[v][at] = r.isNullAt(3 + v) ? Double.NaN : r.getDouble(3 + v);
      }
    }
    SpatialStatistics statistics = new SpatialStatistics(settings, neighbours.list());
    List<SpatialSeries> series = new ArrayList<>();
    values.forEach(
        (year, x) -> {
          for (int v = 0; v < variables.size(); v++) {
            series.add(statistics.series(year, variables.get(v), x[v], valid.get(year)));
          }
        });
    return new SpatialStatisticsJob(spark, settings, neighbours.ids(), series);
  }

  /**
   * LISA and Gi* of every district taking part, long form with the LISA class in {@code
   * lisa_cluster}: the quadrant where the pseudo-p is at most alpha (with FDR: the series'
   * Benjamini–Hochberg threshold), else not significant.
   */
  public Dataset<Row> local() {
    List<Range> ranges = new ArrayList<>();
    int parallelism = spark.sparkContext().defaultParallelism();
    for (int s = 0; s < series.size(); s++) {
      if (series.get(s).hasLocal()) {
        int n = series.get(s).members().length;
        split(ranges, s, n, Math.max(64, (n + 4 * parallelism - 1) / (4 * parallelism)));
      }
    }
    Broadcast<Batch> b = batch;
    int permutations = settings.statistics().permutations();
    double alpha = settings.statistics().alpha();
    double critical = GetisOrd.criticalValue(alpha);
    JavaRDD<Row> rows =
        context()
            .parallelize(ranges, Math.max(1, Math.min(ranges.size(), 4 * parallelism)))
            .flatMap(range -> localRows(b.value(), range, permutations, alpha, critical));
    Dataset<Row> raw = spark.createDataFrame(rows, LOCAL_SCHEMA);
    if (!settings.statistics().fdr()) {
      return raw.drop("quadrant");
    }
    // the classes wait for each series' threshold: compute once, count the distinct pseudo-p, then
    // classify
    raw = raw.localCheckpoint();
    Map<List<Object>, NavigableMap<Double, Long>> counts = new HashMap<>();
    for (Row r :
        raw.filter(col("lisa_p").isNotNull())
            .groupBy(YEAR, "variable", "lisa_p")
            .count()
            .collectAsList()) {
      counts
          .computeIfAbsent(List.of(r.getInt(0), r.getString(1)), k -> new TreeMap<>())
          .put(r.getDouble(2), r.getLong(3));
    }
    List<Row> limits = new ArrayList<>();
    counts.forEach(
        (key, c) ->
            limits.add(
                RowFactory.create(key.get(0), key.get(1), LocalMoran.benjaminiHochberg(c, alpha))));
    Dataset<Row> limit =
        spark.createDataFrame(
            limits,
            new StructType()
                .add("t_year", DataTypes.IntegerType)
                .add("t_variable", DataTypes.StringType)
                .add("threshold", DataTypes.DoubleType));
    return raw.join(
            org.apache.spark.sql.functions.broadcast(limit),
            col(YEAR).equalTo(col("t_year")).and(col("variable").equalTo(col("t_variable"))),
            "left")
        .withColumn(
            "lisa_cluster",
            when(col("quadrant").equalTo(LocalMoran.ISLAND), lit(LocalMoran.ISLAND))
                .when(col("lisa_p").leq(col("threshold")), col("quadrant"))
                .otherwise(lit(LocalMoran.NOT_SIGNIFICANT)))
        .select(
            YEAR,
            "variable",
            DISTRICT_ID,
            "lisa_i",
            "lisa_p",
            "lisa_cluster",
            "gi_star_z",
            "hotspot");
  }

  private static Iterator<Row> localRows(
      Batch batch, Range range, int permutations, double alpha, double critical) {
    SpatialSeries s = batch.series.get(range.series);
    List<Row> out = new ArrayList<>(range.to - range.from);
    for (int m = range.from; m < range.to; m++) {
      LocalMoran.Area a = s.lisa().area(m, permutations, s.seed());
      boolean island = LocalMoran.ISLAND.equals(a.quadrant());
      Double gi = island ? null : finite(s.star().z(m));
      out.add(
          RowFactory.create(
              s.year(),
              s.variable(),
              batch.ids[s.members()[m]],
              finite(a.i()),
              finite(a.pseudoP()),
              LocalMoran.cluster(a, alpha),
              gi,
              island ? LocalMoran.ISLAND : GetisOrd.classOf(gi == null ? Double.NaN : gi, critical),
              a.quadrant()));
    }
    return out.iterator();
  }

  /**
   * The global Moran's I of every series with its permutation pseudo-p; null statistics where a
   * series has none.
   */
  public Dataset<Row> global() {
    List<Range> ranges = new ArrayList<>();
    for (int s = 0; s < series.size(); s++) {
      if (series.get(s).hasGlobal()) {
        split(ranges, s, settings.statistics().permutations(), GlobalMoran.Permutations.BLOCK);
      }
    }
    Broadcast<Batch> b = batch;
    int parallelism = spark.sparkContext().defaultParallelism();
    Map<Integer, Long> atLeast =
        context()
            .parallelize(ranges, Math.max(1, Math.min(ranges.size(), 4 * parallelism)))
            .mapToPair(
                r ->
                    new Tuple2<>(
                        r.series,
                        b.value()
                            .series
                            .get(r.series)
                            .permutations()
                            .atLeast(r.from, r.to, b.value().series.get(r.series).seed())))
            .reduceByKey(Long::sum)
            .collectAsMap();
    List<Row> rows = new ArrayList<>();
    for (int s = 0; s < series.size(); s++) {
      SpatialSeries x = series.get(s);
      if (!x.hasGlobal()) {
        rows.add(
            RowFactory.create(
                x.year(),
                x.variable(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                settings.statistics().permutations(),
                null));
        continue;
      }
      GlobalMoran.Test r = x.moran().randomisation();
      GlobalMoran.Test nrm = x.moran().normality();
      rows.add(
          RowFactory.create(
              x.year(),
              x.variable(),
              x.members().length,
              r.i(),
              r.expected(),
              r.variance(),
              r.z(),
              r.pGreater(),
              nrm.variance(),
              nrm.z(),
              nrm.pGreater(),
              r.pTwoSided(),
              GlobalMoran.Permutations.pseudoP(
                  atLeast.getOrDefault(s, 0L), settings.statistics().permutations()),
              settings.statistics().permutations(),
              null));
    }
    return spark.createDataFrame(rows, GLOBAL_SCHEMA);
  }

  /**
   * The table with each variable's local columns ({@link SpatialStatistics#columns}) appended, from
   * the long form of {@link #local()}; districts that took no part get nulls.
   */
  public static Dataset<Row> withLocalColumns(
      Dataset<Row> table, Dataset<Row> local, List<String> variables) {
    if (variables.isEmpty()) {
      return table;
    }
    Dataset<Row> wide =
        local
            .groupBy(col(YEAR).as("s_year"), col(DISTRICT_ID).as("s_district"))
            .pivot("variable", new ArrayList<>(variables))
            .agg(
                first("lisa_i").as("lisa_i"),
                first("lisa_p").as("lisa_p"),
                first("lisa_cluster").as("lisa_cluster"),
                first("gi_star_z").as("gi_star_z"),
                first("hotspot").as("hotspot"));
    List<Column> out = new ArrayList<>(Arrays.stream(table.columns()).map(table::col).toList());
    for (String v : variables) {
      for (OutputColumn c : SpatialStatistics.columns(v)) {
        out.add(wide.col("`" + c.name() + "`").cast(c.kind().sparkType()).as(c.name()));
      }
    }
    return table
        .join(
            wide,
            table
                .col(YEAR)
                .equalTo(wide.col("s_year"))
                .and(table.col(DISTRICT_ID).equalTo(wide.col("s_district"))),
            "left")
        .select(out.toArray(Column[]::new));
  }

  private JavaSparkContext context() {
    return JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  private static void split(List<Range> ranges, int series, int n, int block) {
    for (int from = 0; from < n; from += block) {
      ranges.add(new Range(series, from, Math.min(n, from + block)));
    }
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
