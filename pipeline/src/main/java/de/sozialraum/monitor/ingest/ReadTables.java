package de.sozialraum.monitor.ingest;

import static de.sozialraum.monitor.schema.Columns.YEAR;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.stage.InputException;
import de.sozialraum.monitor.stage.Stage;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Step {@code tables}: every indicator table read into records ({@link IndicatorIngest}); a table
 * that cannot be read at all stops the run with every such table named. The input is the period
 * asked for on the command line, if any; else the configured one, else the years the tables carry.
 */
public final class ReadTables implements Stage<Optional<MonitorConfig.Years>, Tables> {

  private final SparkSession spark;
  private final List<MonitorConfig.Table> tables;
  private final MonitorConfig.Years configured;

  /**
   * @param configured the configuration's period, or null to take the years the tables carry
   */
  public ReadTables(
      SparkSession spark, List<MonitorConfig.Table> tables, MonitorConfig.Years configured) {
    this.spark = spark;
    this.tables = List.copyOf(tables);
    this.configured = configured;
  }

  @Override
  public Tables apply(Optional<MonitorConfig.Years> asked) throws InputException {
    RecordLayout layout = RecordLayout.of(tables);
    Dataset<Row> records = IndicatorIngest.read(spark, tables, layout).persist();
    List<String> fatal =
        records
            .filter(col("kind").equalTo("FATAL"))
            .select(col("rejects").getItem(0).getField("message"))
            .as(Encoders.STRING())
            .collectAsList();
    if (!fatal.isEmpty()) {
      records.unpersist();
      throw new InputException(fatal);
    }
    MonitorConfig.Years period =
        asked.or(() -> Optional.ofNullable(configured)).orElseGet(() -> dataYears(records));
    return new Tables(records, layout, period, records.count(), tables.size());
  }

  @Override
  public String done(Tables t) {
    return "Tabellen gelesen: "
        + t.recordCount()
        + " Datensätze aus "
        + t.tableCount()
        + " Tabellen";
  }

  /** The years of the records with a key and at least one cell, valid or rejected. */
  private static MonitorConfig.Years dataYears(Dataset<Row> records) {
    Row r = records.filter(col("kind").equalTo("RECORD")).agg(min(YEAR), max(YEAR)).first();
    if (r.isNullAt(0)) {
      return new MonitorConfig.Years(0, -1);
    }
    return new MonitorConfig.Years(r.getInt(0), r.getInt(1));
  }
}
