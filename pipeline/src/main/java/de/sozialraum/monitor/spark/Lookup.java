package de.sozialraum.monitor.spark;

import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;

/**
 * A small driver-side map applied to a column as a literal map: no join, no broadcast, for a
 * handful of entries such as the years of a run.
 */
public final class Lookup {

  private Lookup() {}

  /**
   * The value {@code entries} gives the key in {@code key}; null for a key it does not have, and
   * for every key when it is empty.
   *
   * @param type the values' Spark type, for the empty case
   */
  public static Column of(Map<?, ?> entries, Column key, String type) {
    if (entries.isEmpty()) {
      return lit(null).cast(type);
    }
    List<Column> pairs = new ArrayList<>();
    entries.forEach(
        (k, v) -> {
          pairs.add(lit(k));
          pairs.add(lit(v));
        });
    return element_at(map(pairs.toArray(new Column[0])), key);
  }
}
