package de.sozialraum.monitor.ingest;

import de.sozialraum.monitor.config.MonitorConfig;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads every indicator table into one long Dataset of cells. Each table is parsed by one Spark task (the files
 * lie on a filesystem all executors see), so many or large tables are read in parallel without passing through
 * the driver. A table that cannot be read at all becomes a single {@code FATAL} cell, so all such problems are
 * reported together.
 */
public final class IndicatorIngest {

  public static final StructType CELL_SCHEMA = new StructType()
      .add("kind", DataTypes.StringType, false)
      .add("table_id", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, false)
      .add("line", DataTypes.LongType, false)
      .add("column", DataTypes.StringType, true)
      .add("district_id", DataTypes.StringType, true)
      .add("year", DataTypes.IntegerType, true)
      .add("variable", DataTypes.StringType, true)
      .add("value", DataTypes.DoubleType, true)
      .add("rule", DataTypes.StringType, true)
      .add("message", DataTypes.StringType, true);

  private IndicatorIngest() {}

  public static Dataset<Row> read(SparkSession spark, MonitorConfig config) {
    List<MonitorConfig.Table> csv = config.tables().stream().filter(t -> !"parquet".equals(t.format())).toList();
    Dataset<Row> cells = spark.createDataset(new ArrayList<>(csv), Encoders.javaSerialization(MonitorConfig.Table.class))
        .repartition(Math.max(1, csv.size()))
        .flatMap((FlatMapFunction<MonitorConfig.Table, Row>) IndicatorIngest::csvCells, Encoders.row(CELL_SCHEMA));
    for (MonitorConfig.Table t : config.tables()) {
      if ("parquet".equals(t.format())) {
        Dataset<Row> parquet;
        try {
          parquet = ParquetTables.read(spark, t);
        } catch (TableException e) {
          parquet = spark.createDataFrame(List.of(fatal(t, e)), CELL_SCHEMA);
        }
        cells = cells.unionByName(parquet);
      }
    }
    return cells;
  }

  static Row toRow(ParsedCell c) {
    return RowFactory.create(c.kind().name(), c.table(), c.source(), c.line(), c.column(), c.district(), c.year(), c.variable(),
        c.value(), c.rule(), c.message());
  }

  /** Streamed: an unreadable table ends with its FATAL row, and any FATAL row stops the run before its cells count. */
  private static java.util.Iterator<Row> csvCells(MonitorConfig.Table table) {
    return new CsvTableReader(table).cells(IndicatorIngest::toRow, e -> fatal(table, e));
  }

  private static Row fatal(MonitorConfig.Table table, TableException e) {
    return RowFactory.create("FATAL", table.id(), table.file().getFileName().toString(), 0L, null, null, null, null, null,
        "unreadable_table", e.getMessage());
  }
}
