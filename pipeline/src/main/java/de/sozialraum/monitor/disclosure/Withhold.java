package de.sozialraum.monitor.disclosure;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static de.sozialraum.monitor.schema.Columns.flagOf;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.crosswalk.CountCrosswalk;
import de.sozialraum.monitor.indicators.YearPairs;
import de.sozialraum.monitor.schema.ColumnText;
import de.sozialraum.monitor.schema.DeclaredColumns;
import de.sozialraum.monitor.schema.OutputColumn;
import de.sozialraum.monitor.spark.OrderedCheckpoint;
import de.sozialraum.monitor.stage.Stage;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Step {@code disclosure}: the suppression plan from the true counts ({@link Disclosure#plan}),
 * then everything the run publishes about a withheld cell withheld with it: the index table's
 * cells, the spatial statistics over withheld values and the implausible-jump warnings that would
 * quote them.
 */
public final class Withhold implements Stage<Withhold.Input, Withhold.Result> {

  /**
   * @param computed the index table with true values
   * @param moran global Moran's I per variable and year
   * @param jumps the implausible-jump warnings, quoting values
   * @param fromSmallZones moved counts that hold part of a small count of another zoning
   * @param declared every column of {@code computed} with what it is derived from
   */
  public record Input(
      Dataset<Row> computed,
      Dataset<Row> moran,
      Dataset<Row> jumps,
      Set<CountCrosswalk.ZonedCell> fromSmallZones,
      DeclaredColumns declared) {}

  /** What may be published, and the plan (for the totals and the quality summary). */
  public record Result(
      Dataset<Row> indices, Dataset<Row> moran, Dataset<Row> jumps, SuppressionPlan plan) {}

  private final SparkSession spark;
  private final MonitorConfig config;
  private final YearPairs pairs;

  /**
   * @param pairs the years the changes compare: a change is withheld with its earlier cell
   */
  public Withhold(SparkSession spark, MonitorConfig config, YearPairs pairs) {
    this.spark = spark;
    this.config = config;
    this.pairs = pairs;
  }

  /**
   * @throws IllegalStateException when a numeric column of the table has no declared derivation:
   *     nothing would tell whether it carries a withheld count, so the run is not published (a bug,
   *     exit 1)
   */
  @Override
  public Result apply(Input in) {
    List<String> undeclared = in.declared().undeclared(in.computed().schema());
    if (!undeclared.isEmpty()) {
      throw new IllegalStateException(
          "columns without a declared derivation, which disclosure control cannot judge: "
              + undeclared
              + "; declare each in its OutputColumn (ofCell, derivedFrom, independent or composite)");
    }
    SuppressionPlan plan = Disclosure.plan(in.computed(), config, in.fromSmallZones());
    Dataset<Row> moran =
        Disclosure.withholdSpatial(spark, in.moran(), plan, config).localCheckpoint();
    // in the order every output writes it (year, then district), once: Parquet, GeoParquet and the
    // spreadsheets then need no sort of their own
    Dataset<Row> indices =
        OrderedCheckpoint.of(
            in.computed(),
            sorted -> Disclosure.apply(spark, sorted, plan, config, pairs, in.declared()),
            YEAR,
            DISTRICT_ID);
    return new Result(indices, moran, Disclosure.redactJumps(spark, in.jumps(), plan), plan);
  }

  @Override
  public String done(Result r) {
    return "Geheimhaltung: "
        + r.plan().count(SuppressionPlan.PRIMARY)
        + " primär, "
        + r.plan().count(SuppressionPlan.SECONDARY)
        + " sekundär zurückgehaltene Zellen";
  }

  /**
   * The {@code <indicator>_flag} columns this step adds, each described by the rules that withhold
   * what.
   */
  public static List<OutputColumn> flagColumns(MonitorConfig config) {
    int k = config.disclosure().minCount();
    int d = config.disclosure().minDenominator();
    boolean zoned = config.tables().stream().anyMatch(t -> t.zoning() != null);
    String denominator = d > 1 ? ColumnText.of("flag.denominator", d - 1) + " " : "";
    String zone = zoned ? ColumnText.of("flag.zone", k - 1) + " " : "";
    return config.indicators().stream()
        .filter(MonitorConfig.Indicator::isRatio)
        .map(
            i ->
                OutputColumn.text(
                        flagOf(i.id()), ColumnText.of("flag", i.id(), k - 1, denominator, zone))
                    .independent("names the rule that withheld the cell"))
        .toList();
  }
}
