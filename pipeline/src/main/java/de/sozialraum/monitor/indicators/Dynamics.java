package de.sozialraum.monitor.indicators;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Comparisons of a district with itself k years earlier (docs/METHODS.md §1, §3): changes of
 * indicators and indices, and the class a district had before, from which the report builds its
 * class transitions. The first k years have nothing to compare with and stay empty.
 */
public final class Dynamics {

  private Dynamics() {}

  /**
   * Adds {@code <column><suffix> = combine(value now, value k years earlier)} for each column, by
   * district.
   */
  public static Dataset<Row> withEarlier(
      Dataset<Row> table,
      List<String> columns,
      int k,
      BinaryOperator<Column> combine,
      String suffix) {
    if (columns.isEmpty()) {
      return table;
    }
    List<Column> earlierCols =
        new ArrayList<>(List.of(col(DISTRICT_ID).as("e_district"), col(YEAR).plus(k).as("e_year")));
    columns.forEach(c -> earlierCols.add(col(c).as("e_" + c)));
    Dataset<Row> earlier = table.select(earlierCols.toArray(new Column[0]));
    Dataset<Row> joined =
        table.join(
            earlier,
            table
                .col(DISTRICT_ID)
                .equalTo(earlier.col("e_district"))
                .and(table.col(YEAR).equalTo(earlier.col("e_year"))),
            "left");
    List<String> drop = new ArrayList<>(List.of("e_district", "e_year"));
    for (String c : columns) {
      joined = joined.withColumn(c + suffix, combine.apply(col(c), col("e_" + c)));
      drop.add("e_" + c);
    }
    return joined.drop(drop.toArray(new String[0]));
  }
}
