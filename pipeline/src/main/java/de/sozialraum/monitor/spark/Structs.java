package de.sozialraum.monitor.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;

import java.util.List;
import org.apache.spark.sql.Column;

/** Rows that fan out into several: a row per non-null struct, in one pass over the input. */
public final class Structs {

  private Structs() {}

  /**
   * One output row per struct that is not null, e.g. the cells a record delivers or the findings a
   * row has: one pass instead of a union per struct.
   */
  public static Column eachNonNull(List<Column> structs) {
    return explode(filter(array(structs.toArray(new Column[0])), Column::isNotNull));
  }
}
