package de.sozialraum.monitor.ingest;

import de.sozialraum.monitor.config.MonitorConfig;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code format: csv}: each table parsed by one Spark task ({@link CsvTableReader}; the files lie
 * on a filesystem all executors see), so many or large tables are read in parallel without passing
 * through the driver.
 */
public final class CsvFormat implements TableFormat {

  @Override
  public String name() {
    return "csv";
  }

  /** The header and the first records ({@link CsvPreview}). */
  @Override
  public void checkColumns(MonitorConfig.Table table, String at, List<String> problems) {
    CsvPreview.check(table, at, problems);
  }

  @Override
  public Dataset<Row> records(
      SparkSession spark, List<MonitorConfig.Table> tables, RecordLayout layout) {
    return spark
        .createDataset(
            new ArrayList<>(tables), Encoders.javaSerialization(MonitorConfig.Table.class))
        .repartition(Math.max(1, tables.size()))
        .flatMap(
            (FlatMapFunction<MonitorConfig.Table, Row>) t -> records(t, layout),
            Encoders.row(layout.schema()));
  }

  /**
   * Streamed: an unreadable table ends with its FATAL row, and any FATAL row stops the run before
   * its records count.
   */
  private static java.util.Iterator<Row> records(MonitorConfig.Table table, RecordLayout layout) {
    return new CsvTableReader(table, layout).records(layout::toRow, e -> layout.fatal(table, e));
  }
}
