package de.sozialraum.monitor.ingest;

import de.sozialraum.monitor.config.MonitorConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Indicator tables delivered as Parquet, read by Spark in parallel. Rows are numbered in file order
 * ({@code zipWithIndex}), so a reject names "row N" just as a CSV reject names its line.
 */
final class ParquetTables {

  private ParquetTables() {}

  static Dataset<Row> read(SparkSession spark, MonitorConfig.Table table) throws TableException {
    Dataset<Row> df;
    try {
      df = spark.read().parquet(table.file().toString());
    } catch (RuntimeException e) {
      throw new TableException(table.file().getFileName() + ": not a readable Parquet file: " + e.getMessage(), e);
    }
    List<String> names = List.of(df.columns());
    List<String> needed = new ArrayList<>(List.of(table.districtColumn(), table.yearColumn()));
    needed.addAll(table.isLong() ? List.of(table.variableColumn(), table.valueColumn()) : table.columns().values());
    List<String> missing = needed.stream().filter(c -> !names.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new TableException(table.file().getFileName() + ": column(s) " + missing + " not found; the file has " + names);
    }
    // Parquet stores typed numbers: they are rendered with '.' and parsed strictly like CSV text.
    RecordRules rules = new RecordRules(table, new NumberFormat('.', null, new HashSet<>(table.na())));
    String source = table.file().getFileName().toString();
    String id = table.id();
    JavaRDD<Row> cells = df.javaRDD().zipWithIndex().flatMap(pair -> {
      Row r = pair._1();
      List<Row> out = new ArrayList<>();
      rules.record(new ParsedCell.Where(id, source, pair._2() + 1), c -> {
        Object v = r.get(r.fieldIndex(c));
        return v == null ? null : v.toString();
      }, c -> out.add(IndicatorIngest.toRow(c)));
      return out.iterator();
    });
    return spark.createDataFrame(cells, IndicatorIngest.CELL_SCHEMA);
  }
}
