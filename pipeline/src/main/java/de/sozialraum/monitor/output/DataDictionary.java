package de.sozialraum.monitor.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.monitor.schema.ColumnText;
import de.sozialraum.monitor.schema.DeclaredColumns;
import de.sozialraum.monitor.schema.OutputColumn;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
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
            OutputColumn own = t.declared().all().get(f.name());
            String key = name + "." + f.name();
            describe(
                cols,
                f,
                own != null
                    ? own
                    : ColumnText.has(key)
                        ? OutputColumn.text(f.name(), ColumnText.of(key))
                        : declared.all().get(f.name()),
                name);
          }
        });
    m.writeValue(file.toFile(), root);
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
