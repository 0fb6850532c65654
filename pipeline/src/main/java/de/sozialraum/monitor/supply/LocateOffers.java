package de.sozialraum.monitor.supply;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.ingest.Geography;
import de.sozialraum.monitor.stage.InputException;
import de.sozialraum.monitor.stage.Stage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Step {@code supply}: the offers located in the districts and counted per target life phase, type
 * and 1,000 persons, and the gap rules applied ({@link Supply}); without a supply layer the table
 * passes unchanged.
 */
public final class LocateOffers implements Stage<Dataset<Row>, LocateOffers.Result> {

  /**
   * The index table with the supply columns (checkpointed), and the offers with their districts.
   */
  public record Result(Dataset<Row> table, Supply supply) {}

  private final SparkSession spark;
  private final MonitorConfig config;
  private final Geography geography;
  private final Dataset<Row> geometries;

  /**
   * @param geometries the districts' geometries as WKB ({@code g_district}, {@code geometry_wkb})
   */
  public LocateOffers(
      SparkSession spark, MonitorConfig config, Geography geography, Dataset<Row> geometries) {
    this.spark = spark;
    this.config = config;
    this.geography = geography;
    this.geometries = geometries;
  }

  @Override
  public Result apply(Dataset<Row> table) throws InputException {
    Supply supply = Supply.of(spark, config, geography.layers(), geometries, table);
    // without offers the table comes back as it came, already checkpointed: copying it again would
    // cost a pass over every column for nothing
    return new Result(
        supply.present() ? supply.apply(spark, table).localCheckpoint() : table, supply);
  }

  @Override
  public String done(Result r) {
    return r.supply().present()
        ? "Angebote verortet: " + r.supply().offers().offers().size()
        : "Keine Angebote konfiguriert";
  }
}
