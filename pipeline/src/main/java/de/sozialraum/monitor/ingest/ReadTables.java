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
 * Step {@code tables}: every indicator table read into cells ({@link IndicatorIngest}); a table
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
    Dataset<Row> cells = IndicatorIngest.read(spark, tables).persist();
    List<String> fatal =
        cells
            .filter(col("kind").equalTo("FATAL"))
            .select("message")
            .as(Encoders.STRING())
            .collectAsList();
    if (!fatal.isEmpty()) {
      cells.unpersist();
      throw new InputException(fatal);
    }
    MonitorConfig.Years period =
        asked.or(() -> Optional.ofNullable(configured)).orElseGet(() -> dataYears(cells));
    return new Tables(cells, period, cells.count(), tables.size());
  }

  @Override
  public String done(Tables t) {
    return "Tabellen gelesen: " + t.cellCount() + " Zellen aus " + t.tableCount() + " Tabellen";
  }

  private static MonitorConfig.Years dataYears(Dataset<Row> cells) {
    Row r = cells.filter(col(YEAR).isNotNull()).agg(min(YEAR), max(YEAR)).first();
    if (r.isNullAt(0)) {
      return new MonitorConfig.Years(0, -1);
    }
    return new MonitorConfig.Years(r.getInt(0), r.getInt(1));
  }
}
