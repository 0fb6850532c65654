package de.sozialraum.monitor.ingest;

import de.sozialraum.monitor.config.MonitorConfig;
import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Indicator tables delivered as Parquet, read by Spark in parallel. Rows are numbered in file order
 * ({@code zipWithIndex}), so a reject names "row N" just as a CSV reject names its line.
 */
final class ParquetTables {

  private ParquetTables() {}

  static Dataset<Row> read(SparkSession spark, MonitorConfig.Table table, RecordLayout layout)
      throws TableException {
    Dataset<Row> df;
    try {
      df = spark.read().parquet(table.file().toString());
    } catch (RuntimeException e) {
      throw new TableException(
          table.file().getFileName() + ": not a readable Parquet file: " + e.getMessage(), e);
    }
    TableFormat.requireColumns(table, "column", List.of(df.columns()));
    // Typed numbers go through the same strict rules as CSV text, so NaN, ±Infinity, negative
    // counts and rates
    // outside 0–100 % are rejected with the row named, whatever the format.
    RecordRules rules = new RecordRules(table, NumberFormat.typed(table), layout);
    String source = table.file().getFileName().toString();
    String id = table.id();
    JavaRDD<Row> records =
        df.javaRDD()
            .zipWithIndex()
            .map(
                pair -> {
                  Row r = pair._1();
                  return layout.toRow(
                      rules.record(
                          new ParsedRecord.Where(id, source, pair._2() + 1),
                          c -> text(r.get(r.fieldIndex(c)))));
                });
    return spark.createDataFrame(records, layout.schema());
  }

  /**
   * Plain decimal text ("0.00001", never "1.0E-5"); NaN and infinities keep their names and are
   * rejected.
   */
  static String text(Object v) {
    if (v == null) {
      return null;
    }
    if ((v instanceof Double d && !Double.isFinite(d))
        || (v instanceof Float f && !Float.isFinite(f))) {
      return v.toString();
    }
    if (v instanceof Double || v instanceof Float) {
      return new BigDecimal(v.toString()).toPlainString();
    }
    return v.toString();
  }
}
