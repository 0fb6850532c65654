package de.sozialraum.monitor.ingest;

import de.sozialraum.monitor.config.MonitorConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads every indicator table into one Dataset of records in the {@link RecordLayout}, each through
 * the {@link TableFormat} it is delivered in. A table that cannot be read at all becomes a single
 * {@code FATAL} row, so all such problems are reported together.
 */
public final class IndicatorIngest {

  private IndicatorIngest() {}

  /**
   * Every table in the format it is delivered in ({@link TableFormats}), in the order of the
   * formats' registration.
   */
  public static Dataset<Row> read(
      SparkSession spark, List<MonitorConfig.Table> tables, RecordLayout layout) {
    Map<String, List<MonitorConfig.Table>> byFormat = new LinkedHashMap<>();
    TableFormats.names().forEach(f -> byFormat.put(f, new ArrayList<>()));
    tables.forEach(t -> byFormat.computeIfAbsent(t.format(), f -> new ArrayList<>()).add(t));
    Dataset<Row> records = null;
    for (Map.Entry<String, List<MonitorConfig.Table>> e : byFormat.entrySet()) {
      if (e.getValue().isEmpty() && records != null) {
        continue;
      }
      Dataset<Row> read = TableFormats.of(e.getKey()).records(spark, e.getValue(), layout);
      records = records == null ? read : records.unionByName(read);
    }
    return records;
  }
}
