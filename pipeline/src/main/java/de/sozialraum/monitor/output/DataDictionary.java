package de.sozialraum.monitor.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.monitor.schema.ColumnText;
import de.sozialraum.monitor.schema.DeclaredColumns;
import de.sozialraum.monitor.schema.OutputColumn;
import de.sozialraum.monitor.supply.Offers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * {@code dictionary.json}: every published column with its type, meaning (German) and unit, as the
 * steps declared it. A column of another table is described as that table declares it, else by the
 * text {@code <table>.<column>}, else as the index table's column of that name (the aggregates sum
 * the districts' counts). A published column nobody describes is refused.
 */
public final class DataDictionary {

  /** A further published table: its columns as written and those it declares itself. */
  public record Table(StructType schema, DeclaredColumns declared) {}

  private DataDictionary() {}

  /**
   * The further published tables (aggregates, targets, moran, and the offers where there are any)
   * by name, with the columns each declares itself.
   */
  static Map<String, Table> furtherTables(RunTables t) {
    DeclaredColumns none = new DeclaredColumns();
    Map<String, Table> out =
        new TreeMap<>(
            Map.of(
                "aggregates",
                new Table(t.aggregates().schema(), t.aggregateColumns()),
                "targets",
                new Table(t.targets().schema(), none),
                "moran",
                new Table(t.moran().schema(), none)));
    if (t.supply().present()) {
      StructType offers = new StructType();
      for (String c : Offers.columns(Offers.catalogueFields(t.config().supply()))) {
        offers = offers.add(c, DataTypes.StringType);
      }
      out.put("offers", new Table(offers, none));
    }
    return out;
  }

  /** The run's dictionary: its index table and its further tables ({@link #furtherTables}). */
  public static void write(RunTables t, Path file) throws IOException {
    write(t.indices().schema(), t.indexColumns(), furtherTables(t), file);
  }

  /**
   * @param declared the index table's columns
   * @param tables the further published tables (aggregates, targets, moran) by name; their columns
   *     go under {@code tables}
   * @throws IllegalStateException when a column has no description
   */
  public static void write(
      StructType indices, DeclaredColumns declared, Map<String, Table> tables, Path file)
      throws IOException {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = m.createObjectNode();
    ObjectNode columns = root.putObject("columns");
    for (StructField f : indices.fields()) {
      describe(columns, f, declared.all().get(f.name()), "indices");
    }
    ObjectNode others = root.putObject("tables");
    tables.forEach(
        (name, t) -> {
          ObjectNode cols = others.putObject(name).putObject("columns");
          for (StructField f : t.schema().fields()) {
            describe(cols, f, column(declared, name, t, f.name()), name);
          }
        });
    m.writeValue(file.toFile(), root);
  }

  /**
   * How a column of a further table is described: as the table declares it, else by the text {@code
   * <table>.<column>}, else as the index table's column of that name; null when by none.
   */
  static OutputColumn column(DeclaredColumns index, String tableName, Table table, String column) {
    OutputColumn own = table.declared().all().get(column);
    String key = tableName + "." + column;
    return own != null
        ? own
        : ColumnText.has(key)
            ? OutputColumn.text(column, ColumnText.of(key))
            : index.all().get(column);
  }

  private static void describe(ObjectNode into, StructField f, OutputColumn c, String table) {
    if (c == null || c.description() == null) {
      throw new IllegalStateException(
          "column " + f.name() + " of " + table + " is published without a description");
    }
    ObjectNode d = into.putObject(f.name());
    d.put("type", f.dataType().simpleString());
    d.put("description", c.description());
    if (c.unit() != null) {
      d.put("unit", c.unit());
    }
    if (c.kind() == OutputColumn.Kind.ESTIMATE) {
      d.put("estimate", true);
    }
  }
}
