package de.sozialraum.monitor.ingest;

import de.sozialraum.monitor.config.MonitorConfig;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** {@code format: parquet}: each table read by Spark in parallel ({@link ParquetTables}). */
public final class ParquetFormat implements TableFormat {

  @Override
  public String name() {
    return "parquet";
  }

  @Override
  public Dataset<Row> records(
      SparkSession spark, List<MonitorConfig.Table> tables, RecordLayout layout) {
    Dataset<Row> records = spark.createDataFrame(List.of(), layout.schema());
    for (MonitorConfig.Table t : tables) {
      Dataset<Row> read;
      try {
        read = ParquetTables.read(spark, t, layout);
      } catch (TableException e) {
        read = spark.createDataFrame(List.of(layout.fatal(t, e)), layout.schema());
      }
      records = records.unionByName(read);
    }
    return records;
  }
}
