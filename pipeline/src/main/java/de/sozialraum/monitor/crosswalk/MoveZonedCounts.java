package de.sozialraum.monitor.crosswalk;

import static de.sozialraum.monitor.schema.Columns.YEAR;
import static org.apache.spark.sql.functions.col;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.ZoneWeights;
import de.sozialraum.monitor.ingest.Geography;
import de.sozialraum.monitor.ingest.Records;
import de.sozialraum.monitor.ingest.Tables;
import de.sozialraum.monitor.stage.InputException;
import de.sozialraum.monitor.stage.Stage;
import java.util.stream.Collectors;

/**
 * Step {@code crosswalk}: the records of the period, with the counts of tables keyed by another
 * zoning moved to the social spaces ({@link CountCrosswalk}); tables keyed by the districts pass
 * unchanged.
 */
public final class MoveZonedCounts implements Stage<Tables, CountCrosswalk.Result> {

  private final org.apache.spark.sql.SparkSession spark;
  private final MonitorConfig config;
  private final Geography geography;

  public MoveZonedCounts(
      org.apache.spark.sql.SparkSession spark, MonitorConfig config, Geography geography) {
    this.spark = spark;
    this.config = config;
    this.geography = geography;
  }

  @Override
  public CountCrosswalk.Result apply(Tables tables) throws InputException {
    MonitorConfig.Years period = tables.period();
    return CountCrosswalk.apply(
        spark,
        config,
        geography.districts(),
        geography.layers(),
        tables
            .records()
            .filter(Records.delivering().and(col(YEAR).between(period.from(), period.to()))),
        tables.layout());
  }

  @Override
  public String done(CountCrosswalk.Result r) {
    if (r.reports().isEmpty()) {
      return "Keine Tabelle einer anderen Gebietsgliederung";
    }
    return "Umgeschlüsselt: "
        + r.reports().stream()
            .map(
                t ->
                    t.table()
                        + " ("
                        + t.zones()
                        + " Zonen aus "
                        + t.zoning()
                        + ", "
                        + (t.weights() == ZoneWeights.AREA ? "nach Fläche" : "nach Einwohnern")
                        + ")")
            .collect(Collectors.joining(", "));
  }
}
