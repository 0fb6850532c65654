package de.sozialraum.monitor.crosswalk;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.when;

import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.ZoneWeights;
import de.sozialraum.monitor.ingest.ConfiguredLayers;
import de.sozialraum.monitor.ingest.RecordLayout;
import de.sozialraum.monitor.ingest.Records;
import de.sozialraum.monitor.quality.KeyChecks;
import de.sozialraum.monitor.spark.ExactSum;
import de.sozialraum.monitor.stage.InputException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Moves the counts of tables keyed by another zoning to the social spaces (docs/METHODS.md §7).
 * Each zone's cells are checked like district cells (unknown zone, repeated key), then every count
 * is split by the zone's shares ({@link ZoneShares}) and summed per social space; indicators are
 * computed afterwards from the moved counts, so rates are recomputed, never averaged. A social
 * space receiving from a zone that has no value in that year gets a missing cell that names the
 * zone, not a silently smaller count. Totals are checked: what arrives equals what was sent times
 * each zone's coverage to 1e-9 relative, and the report says how much lay outside every social
 * space.
 */
public final class CountCrosswalk {

  /** Relative tolerance of the conservation check. */
  public static final double TOLERANCE = 1e-9;

  /** A zone whose count only partly reaches the social spaces. */
  public record PartlyOutside(String zone, double coverage) {}

  /** Sent and arrived per year and variable; {@code lost} lay outside every social space. */
  public record Total(int year, String variable, double sent, double arrived, double lost) {}

  /** The conservation report of one zoned table, for {@code quality/summary.json}. */
  public record Report(
      String table,
      String zoning,
      ZoneWeights weights,
      int zones,
      List<PartlyOutside> partlyOutside,
      List<Total> totals,
      double maxRelativeDifference) {}

  /**
   * A social space's count of a variable in a year that holds part of a count of 1 … k−1 on another
   * zoning.
   */
  public record ZonedCell(String district, int year, String variable) {}

  /**
   * The records with every zoned table moved to the social spaces, the zone rejects, a report per
   * zoned table, and the moved counts that carry part of a small zone count: protected on the
   * zoning, they are withheld wherever they arrive, as fractions of a few persons would otherwise
   * be published.
   */
  public record Result(
      Dataset<Row> records,
      Dataset<Row> rejects,
      List<Report> reports,
      java.util.Set<ZonedCell> fromSmallZones) {}

  private static final StructType SHARE_SCHEMA =
      new StructType()
          .add("z_zone", DataTypes.StringType, false)
          .add("z_district", DataTypes.StringType, false)
          .add("z_share", DataTypes.DoubleType, false);
  private static final StructType COVERAGE_SCHEMA =
      new StructType()
          .add("c_zone", DataTypes.StringType, false)
          .add("c_coverage", DataTypes.DoubleType, false);

  private CountCrosswalk() {}

  /**
   * @param records the records of all tables with values or missing values, in the {@code layout}
   */
  public static Result apply(
      SparkSession spark,
      MonitorConfig config,
      DistrictLayer layer,
      ConfiguredLayers layers,
      Dataset<Row> records,
      RecordLayout layout)
      throws InputException {
    Dataset<Row> out = records;
    Dataset<Row> rejects = Records.noCells(spark);
    List<Report> reports = new ArrayList<>();
    java.util.Set<ZonedCell> fromSmall = new java.util.HashSet<>();
    // the primary rule on the zoning, for the counts that are some indicator's numerator
    List<String> numerators =
        config.indicators().stream().flatMap(i -> i.numerator().stream()).distinct().toList();
    int k = config.disclosure().minCount();
    for (MonitorConfig.Table table : config.tables()) {
      if (table.zoning() == null) {
        continue;
      }
      ZoneShares shares =
          ZoneShares.of(table, layer.districts(), layers, config.geometry().maxRepairAreaChange());
      // a zone's counts are split cell by cell, so a zoned table's records become cells
      Dataset<Row> own = Records.cells(records.filter(col("table_id").equalTo(table.id())), layout);
      KeyChecks.Result checked =
          KeyChecks.apply(spark, own, shares.zones(), List.of(), "zone", shares.source());
      Dataset<Row> zoned = checked.cells().localCheckpoint();
      Dataset<Row> moved = move(spark, zoned, shares, layer, k).localCheckpoint();
      reports.add(report(spark, table, shares, zoned, moved));
      moved
          .filter(col("from_small_zone").and(col("variable").isin(numerators.toArray())))
          .select(DISTRICT_ID, YEAR, "variable")
          .collectAsList()
          .forEach(r -> fromSmall.add(new ZonedCell(r.getString(0), r.getInt(1), r.getString(2))));
      out =
          out.filter(col("table_id").notEqual(table.id()))
              .unionByName(Records.fromCells(moved.drop("arrived", "from_small_zone"), layout));
      rejects = rejects.unionByName(checked.rejects());
    }
    return new Result(out, rejects, reports, java.util.Set.copyOf(fromSmall));
  }

  private static Dataset<Row> move(
      SparkSession spark, Dataset<Row> zoned, ZoneShares shares, DistrictLayer layer, int k) {
    List<Row> rows =
        shares.shares().stream()
            .map(
                s ->
                    RowFactory.create(
                        shares.zones().get(s.source()),
                        layer.districts().get(s.target()).id(),
                        s.share()))
            .toList();
    Dataset<Row> share = spark.createDataFrame(rows, SHARE_SCHEMA);
    // every (year, variable) the table delivers goes to every social space some zone reaches
    Dataset<Row> grid =
        zoned
            .groupBy("table_id", "source", YEAR, "variable")
            .agg(first("column").as("column"))
            .crossJoin(share);
    Dataset<Row> c =
        zoned.select(
            col(DISTRICT_ID).as("c_zone"),
            col(YEAR).as("c_year"),
            col("variable").as("c_variable"),
            col("kind").as("c_kind"),
            col("value").as("c_value"));
    Dataset<Row> joined =
        grid.join(
            c,
            grid.col("z_zone")
                .equalTo(c.col("c_zone"))
                .and(grid.col(YEAR).equalTo(c.col("c_year")))
                .and(grid.col("variable").equalTo(c.col("c_variable"))),
            "left");
    Dataset<Row> summed =
        joined
            .groupBy("table_id", "source", "z_district", YEAR, "variable", "column")
            .agg(
                ExactSum.of(col("c_value").multiply(col("z_share"))).as("arrived"),
                count(lit(1)).as("parts"),
                count(when(col("c_kind").equalTo("VALUE"), 1)).as("present"),
                array_join(
                        sort_array(
                            collect_set(
                                when(
                                    coalesce(col("c_kind"), lit("ABSENT")).notEqual("VALUE"),
                                    col("z_zone")))),
                        ", ")
                    .as("gaps"),
                count(
                        when(
                            col("c_kind")
                                .equalTo("VALUE")
                                .and(col("c_value").gt(0))
                                .and(col("c_value").lt(k))
                                .and(col("z_share").gt(0)),
                            1))
                    .gt(0)
                    .as("from_small_zone"));
    boolean area = shares.weights() == ZoneWeights.AREA;
    return summed.select(
        when(col("present").equalTo(col("parts")), lit("VALUE"))
            .otherwise(lit("MISSING"))
            .as("kind"),
        col("table_id"),
        col("source"),
        lit(0L).as("line"),
        col("column"),
        col("z_district").as(DISTRICT_ID),
        col(YEAR),
        col("variable"),
        when(col("present").equalTo(col("parts")), coalesce(col("arrived"), lit(0.0))).as("value"),
        lit(null).cast("string").as("rule"),
        when(
                col("present").equalTo(col("parts")),
                lit("moved from " + shares.source() + " by " + (area ? "area" : "population")))
            .otherwise(
                org.apache.spark.sql.functions.concat(
                    lit("not moved: zone(s) without a value in " + shares.source() + ": "),
                    col("gaps")))
            .as("message"),
        coalesce(col("arrived"), lit(0.0)).as("arrived"),
        col("from_small_zone"));
  }

  private static Report report(
      SparkSession spark,
      MonitorConfig.Table table,
      ZoneShares shares,
      Dataset<Row> zoned,
      Dataset<Row> moved) {
    List<Row> coverage = new ArrayList<>();
    List<PartlyOutside> outside = new ArrayList<>();
    for (int z = 0; z < shares.zones().size(); z++) {
      coverage.add(RowFactory.create(shares.zones().get(z), shares.coverage()[z]));
      if (shares.coverage()[z] < 1 - 1e-6) {
        outside.add(new PartlyOutside(shares.zones().get(z), shares.coverage()[z]));
      }
    }
    Dataset<Row> cov = spark.createDataFrame(coverage, COVERAGE_SCHEMA);
    List<Row> sent =
        zoned
            .filter(col("kind").equalTo("VALUE"))
            .join(cov, col(DISTRICT_ID).equalTo(col("c_zone")))
            .groupBy(YEAR, "variable")
            .agg(
                ExactSum.of(col("value")).as("sent"),
                ExactSum.of(col("value").multiply(col("c_coverage"))).as("expected"))
            .orderBy(YEAR, "variable")
            .collectAsList();
    java.util.Map<List<Object>, Double> arrived = new java.util.HashMap<>();
    moved
        .groupBy(YEAR, "variable")
        .agg(ExactSum.of(col("arrived")))
        .collectAsList()
        .forEach(r -> arrived.put(List.of(r.getInt(0), r.getString(1)), r.getDouble(2)));
    List<Total> totals = new ArrayList<>();
    double max = 0;
    for (Row r : sent) {
      double s = r.getDouble(2);
      double expected = r.getDouble(3);
      double a = arrived.getOrDefault(List.of(r.getInt(0), r.getString(1)), 0.0);
      double diff = Math.abs(a - expected) / Math.max(Math.abs(s), Double.MIN_NORMAL);
      max = Math.max(max, diff);
      totals.add(new Total(r.getInt(0), r.getString(1), s, a, s - expected));
      if (diff > TOLERANCE) {
        throw new IllegalStateException(
            "table '"
                + table.id()
                + "': the crosswalk from "
                + shares.source()
                + " does not conserve "
                + r.getString(1)
                + " in "
                + r.getInt(0)
                + ": sent "
                + s
                + " × coverage = "
                + expected
                + ", arrived "
                + a);
      }
    }
    return new Report(
        table.id(),
        shares.source(),
        shares.weights(),
        shares.zones().size(),
        List.copyOf(outside),
        List.copyOf(totals),
        max);
  }
}
