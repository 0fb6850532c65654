package de.sozialraum.monitor.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of the index table as the steps that add them declare them, in the order they are
 * added. Disclosure control reads what each column is derived from here; a numeric column of the
 * table that no step declared, or declared without a derivation, is a bug the run refuses to
 * publish.
 */
public final class DeclaredColumns {

  private final Map<String, OutputColumn> columns = new LinkedHashMap<>();

  public DeclaredColumns add(List<OutputColumn> added) {
    for (OutputColumn c : added) {
      if (columns.putIfAbsent(c.name(), c) != null) {
        throw new IllegalStateException("column " + c.name() + " is declared twice");
      }
    }
    return this;
  }

  public Map<String, OutputColumn> all() {
    return Collections.unmodifiableMap(columns);
  }

  /**
   * The numeric (and boolean) columns of {@code table} without a declared derivation: each could
   * carry a withheld count out.
   */
  public List<String> undeclared(StructType table) {
    List<String> out = new ArrayList<>();
    for (StructField f : table.fields()) {
      OutputColumn c = columns.get(f.name());
      if (carriesValues(f.dataType()) && (c == null || c.derivation() == null)) {
        out.add(f.name());
      }
    }
    return out;
  }

  /**
   * {@code table} with its columns in their declared published types: counts as 64-bit integers.
   * The steps compute with doubles; a count is whole by the record rules (a delivered count that is
   * not is rejected), so the cast loses nothing.
   */
  public Dataset<Row> published(Dataset<Row> table) {
    List<Column> select = new ArrayList<>();
    for (StructField f : table.schema().fields()) {
      OutputColumn c = columns.get(f.name());
      Column column = table.col("`" + f.name() + "`");
      select.add(
          c != null && c.kind() == OutputColumn.Kind.COUNT
              ? column.cast(DataTypes.LongType).as(f.name())
              : column);
    }
    // one projection, not one per column: the plan of a wide table stays flat
    return table.select(select.toArray(new Column[0]));
  }

  private static boolean carriesValues(DataType t) {
    return t.equals(DataTypes.DoubleType)
        || t.equals(DataTypes.IntegerType)
        || t.equals(DataTypes.LongType)
        || t.equals(DataTypes.BooleanType);
  }
}
