package de.sozialraum.monitor.ingest;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.YEAR;

import de.sozialraum.monitor.config.MonitorConfig;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The one row shape of every indicator table, whatever its format and layout: a record's key,
 * source line and counters, then one typed slot per variable the tables deliver (in the order of
 * the tables and their variables). Each variable comes from exactly one table (the configuration
 * checks that), so a slot also knows the delivered column its values come from. Only a record with
 * rejects carries text.
 */
public final class RecordLayout implements Serializable {

  /** The reject list's element: the cell's column and variable, the rule and the message. */
  public static final StructType REJECT =
      new StructType()
          .add("column", DataTypes.StringType, true)
          .add("variable", DataTypes.StringType, true)
          .add("rule", DataTypes.StringType, false)
          .add("message", DataTypes.StringType, false);

  /** A record's key, source line and counters, before the slots. */
  private static final StructType KEY =
      new StructType()
          .add("kind", DataTypes.StringType, false)
          .add("table_id", DataTypes.StringType, false)
          .add("source", DataTypes.StringType, false)
          .add("line", DataTypes.LongType, false)
          .add(DISTRICT_ID, DataTypes.StringType, true)
          .add(YEAR, DataTypes.IntegerType, true)
          .add("variable", DataTypes.StringType, true)
          .add("cells", DataTypes.IntegerType, false)
          .add("missing", new ArrayType(DataTypes.StringType, true), true)
          .add("rejects", new ArrayType(REJECT, true), true);

  /**
   * The slot of the delivered validity ({@code validity.column}): a name no configured variable can
   * have, as those start with a letter.
   */
  public static final String DELIVERED_VALIDITY = "_validity";

  private final Map<String, String> columns;
  private final Map<String, Integer> slots = new HashMap<>();
  private final StructType schema;

  private RecordLayout(Map<String, String> columns) {
    this.columns = columns;
    StructType s = KEY;
    for (String v : columns.keySet()) {
      slots.put(v, slots.size());
      s = s.add(slot(v), DataTypes.DoubleType, true);
    }
    this.schema = s;
  }

  /** The slots of the configured tables' variables. */
  public static RecordLayout of(List<MonitorConfig.Table> tables) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (MonitorConfig.Table t : tables) {
      if (t.isLong()) {
        t.variables().keySet().forEach(v -> columns.put(v, t.valueColumn()));
      } else {
        columns.putAll(t.columns());
      }
      if (t.validityColumn() != null) {
        columns.put(DELIVERED_VALIDITY, t.validityColumn().column());
      }
    }
    return new RecordLayout(columns);
  }

  /** The column of a variable's slot. */
  public static String slot(String variable) {
    return variable + "_v";
  }

  public List<String> variables() {
    return new ArrayList<>(columns.keySet());
  }

  /** The delivered column a variable's values are read from, as a reject names it. */
  public String column(String variable) {
    return columns.get(variable);
  }

  public StructType schema() {
    return schema;
  }

  /** Empty value slots for a record of this layout. */
  Double[] emptyValues() {
    return new Double[slots.size()];
  }

  int index(String variable) {
    return slots.get(variable);
  }

  Row toRow(ParsedRecord r) {
    Object[] row =
        key(
            r.kind().name(),
            r.where(),
            r.district(),
            r.year(),
            r.variable(),
            r.cells(),
            r.missing().isEmpty() ? null : r.missing().toArray(),
            r.rejects().isEmpty()
                ? null
                : r.rejects().stream()
                    .map(j -> RowFactory.create(j.column(), j.variable(), j.rule(), j.message()))
                    .toArray());
    if (r.values() != null) {
      System.arraycopy(r.values(), 0, row, KEY.size(), r.values().length);
    }
    return RowFactory.create(row);
  }

  /** A row's fields in the order of {@link #KEY}, its slots left empty. */
  private Object[] key(
      String kind,
      ParsedRecord.Where where,
      String district,
      Integer year,
      String variable,
      int cells,
      Object[] missing,
      Object[] rejects) {
    Object[] row = new Object[schema.size()];
    Object[] key = {
      kind,
      where.table(),
      where.source(),
      where.line(),
      district,
      year,
      variable,
      cells,
      missing,
      rejects
    };
    System.arraycopy(key, 0, row, 0, key.length);
    return row;
  }

  /**
   * The one row of a table that cannot be read at all: it stops the run with every such table
   * named.
   */
  Row fatal(MonitorConfig.Table table, TableException e) {
    return RowFactory.create(
        key(
            "FATAL",
            new ParsedRecord.Where(table.id(), table.file().getFileName().toString(), 0),
            null,
            null,
            null,
            0,
            null,
            new Object[] {RowFactory.create(null, null, "unreadable_table", e.getMessage())}));
  }
}
