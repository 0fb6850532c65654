package de.sozialraum.monitor.ingest;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.YEAR;

import de.sozialraum.monitor.config.MonitorConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads every indicator table into one long Dataset of cells, each through the {@link TableFormat}
 * it is delivered in. A table that cannot be read at all becomes a single {@code FATAL} cell, so
 * all such problems are reported together.
 */
public final class IndicatorIngest {

  public static final StructType CELL_SCHEMA =
      new StructType()
          .add("kind", DataTypes.StringType, false)
          .add("table_id", DataTypes.StringType, false)
          .add("source", DataTypes.StringType, false)
          .add("line", DataTypes.LongType, false)
          .add("column", DataTypes.StringType, true)
          .add(DISTRICT_ID, DataTypes.StringType, true)
          .add(YEAR, DataTypes.IntegerType, true)
          .add("variable", DataTypes.StringType, true)
          .add("value", DataTypes.DoubleType, true)
          .add("rule", DataTypes.StringType, true)
          .add("message", DataTypes.StringType, true);

  private IndicatorIngest() {}

  /**
   * Every table in the format it is delivered in ({@link TableFormats}), in the order of the
   * formats' registration.
   */
  public static Dataset<Row> read(SparkSession spark, List<MonitorConfig.Table> tables) {
    Map<String, List<MonitorConfig.Table>> byFormat = new LinkedHashMap<>();
    TableFormats.names().forEach(f -> byFormat.put(f, new ArrayList<>()));
    tables.forEach(t -> byFormat.computeIfAbsent(t.format(), f -> new ArrayList<>()).add(t));
    Dataset<Row> cells = null;
    for (Map.Entry<String, List<MonitorConfig.Table>> e : byFormat.entrySet()) {
      if (e.getValue().isEmpty() && cells != null) {
        continue;
      }
      Dataset<Row> read = TableFormats.of(e.getKey()).cells(spark, e.getValue());
      cells = cells == null ? read : cells.unionByName(read);
    }
    return cells;
  }

  static Row toRow(ParsedCell c) {
    return RowFactory.create(
        c.kind().name(),
        c.table(),
        c.source(),
        c.line(),
        c.column(),
        c.district(),
        c.year(),
        c.variable(),
        c.value(),
        c.rule(),
        c.message());
  }

  /**
   * The one cell of a table that cannot be read at all: it stops the run with every such table
   * named.
   */
  static Row fatal(MonitorConfig.Table table, TableException e) {
    return RowFactory.create(
        "FATAL",
        table.id(),
        table.file().getFileName().toString(),
        0L,
        null,
        null,
        null,
        null,
        null,
        "unreadable_table",
        e.getMessage());
  }
}
