package de.sozialraum.monitor.disclosure;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.crosswalk.CountCrosswalk;
import de.sozialraum.monitor.schema.DeclaredColumns;
import de.sozialraum.monitor.stage.Stage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  public Withhold(SparkSession spark, MonitorConfig config) {
    this.spark = spark;
    this.config = config;
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
    Dataset<Row> indices =
        Disclosure.apply(spark, in.computed(), plan, config, in.declared()).localCheckpoint();
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

  /** The German description of every {@code <indicator>_flag} column: which rule withholds what. */
  public static Map<String, String> flagDescriptions(MonitorConfig config) {
    Map<String, String> out = new LinkedHashMap<>();
    int k = config.disclosure().minCount();
    int d = config.disclosure().minDenominator();
    boolean zoned = config.tables().stream().anyMatch(t -> t.zoning() != null);
    config.indicators().stream()
        .filter(MonitorConfig.Indicator::isRatio)
        .forEach(
            i ->
                out.put(
                    i.id() + "_flag",
                    "suppressed_primary: Zähler von "
                        + i.id()
                        + " zwischen 1 und "
                        + (k - 1)
                        + "; "
                        + (d > 1
                            ? "suppressed_denominator: Nenner zwischen 1 und "
                                + (d - 1)
                                + " (jeder Zähler darüber gäbe Personen preis, auch 0); "
                            : "")
                        + (zoned
                            ? "suppressed_zone: enthält einen Teil einer Zahl von 1 bis "
                                + (k - 1)
                                + " aus einer anderen Gebietsgliederung (etwa einem "
                                + "Schulbezirk); "
                            : "")
                        + "suppressed_secondary: zurückgehalten, weil er sonst aus Summen (Gemeinde, Kreis) errechnet werden könnte. Dann sind Zähler, Wert, "
                        + "Klasse, z-Werte und Perzentilränge (und die Veränderung) nicht veröffentlicht"));
    return out;
  }
}
