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
  public Dataset<Row> cells(SparkSession spark, List<MonitorConfig.Table> tables) {
    Dataset<Row> cells = spark.createDataFrame(List.of(), IndicatorIngest.CELL_SCHEMA);
    for (MonitorConfig.Table t : tables) {
      Dataset<Row> read;
      try {
        read = ParquetTables.read(spark, t);
      } catch (TableException e) {
        read =
            spark.createDataFrame(
                List.of(IndicatorIngest.fatal(t, e)), IndicatorIngest.CELL_SCHEMA);
      }
      cells = cells.unionByName(read);
    }
    return cells;
  }
}
