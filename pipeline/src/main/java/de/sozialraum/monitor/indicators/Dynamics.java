package de.sozialraum.monitor.indicators;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Comparisons of a district with itself in an earlier year ({@link YearPairs}, docs/METHODS.md §1,
 * §3): changes of indicators and indices, and the class a district had before, from which the
 * report builds its class transitions. A year with nothing to compare with stays empty.
 */
public final class Dynamics {

  private Dynamics() {}

  /**
   * One comparison: {@code <column><suffix> = combine(value now, value in the earlier year)} for
   * each column.
   */
  public record Comparison(List<String> columns, BinaryOperator<Column> combine, String suffix) {}

  /** Adds the columns of one comparison, by district. */
  public static Dataset<Row> withEarlier(
      Dataset<Row> table,
      List<String> columns,
      YearPairs pairs,
      BinaryOperator<Column> combine,
      String suffix) {
    return withEarlier(table, pairs, List.of(new Comparison(columns, combine, suffix)));
  }

  /**
   * Adds the columns of every comparison in their order, from one join of the table with itself
   * shifted to the later year of each pair: the table is read twice, not twice per comparison.
   */
  public static Dataset<Row> withEarlier(
      Dataset<Row> table, YearPairs pairs, List<Comparison> comparisons) {
    List<String> columns = new ArrayList<>();
    comparisons.forEach(
        c -> c.columns().stream().filter(n -> !columns.contains(n)).forEach(columns::add));
    if (columns.isEmpty()) {
      return table;
    }
    List<Column> earlierCols =
        new ArrayList<>(
            List.of(col(DISTRICT_ID).as("e_district"), pairs.laterOf(col(YEAR)).as("e_year")));
    columns.forEach(c -> earlierCols.add(col(c).as("e_" + c)));
    // the earlier side is narrow: hashed per partition, the wide table streams past it unsorted
    // (a sort-merge join sorted every wide row; the dynamics' stage took 40 % less CPU on 100,000
    // cells)
    Dataset<Row> earlier = table.select(earlierCols.toArray(new Column[0])).hint("shuffle_hash");
    Dataset<Row> joined =
        table.join(
            earlier,
            table
                .col(DISTRICT_ID)
                .equalTo(earlier.col("e_district"))
                .and(table.col(YEAR).equalTo(earlier.col("e_year"))),
            "left");
    Map<String, Column> added = new LinkedHashMap<>();
    for (Comparison comparison : comparisons) {
      for (String c : comparison.columns()) {
        added.put(c + comparison.suffix(), comparison.combine().apply(col(c), col("e_" + c)));
      }
    }
    // a column already there is replaced in its place, as withColumn would
    List<Column> select = new ArrayList<>();
    for (String c : table.columns()) {
      Column replaced = added.remove(c);
      select.add(replaced == null ? col(c) : replaced.as(c));
    }
    added.forEach((name, value) -> select.add(value.as(name)));
    return joined.select(select.toArray(new Column[0]));
  }
}
