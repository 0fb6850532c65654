package de.sozialraum.monitor.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class YearRowsTest {

  private static final StructType SCHEMA =
      new StructType()
          .add("district_id", DataTypes.StringType)
          .add("year", DataTypes.IntegerType)
          .add("rate", DataTypes.DoubleType);

  @Test
  void rowsComeBackInDistrictOrderWithTheAddedColumnsAfterTheirOwn() {
    YearRows year =
        YearRows.byDistrict(
            List.of(row("b", 2.5), row("c", 1.0), row("a", -4.0)).iterator(), SCHEMA);
    double[] twice = {-8.0, 5.0, 2.0};
    List<Row> out = rows(year.appended(List.<IntFunction<Object>>of(i -> twice[i], i -> "x" + i)));
    assertThat(out)
        .extracting(Row::toString)
        .containsExactly("[a,2024,-4.0,-8.0,x0]", "[b,2024,2.5,5.0,x1]", "[c,2024,1.0,2.0,x2]");
    assertThat(year.texts("district_id")).containsExactly("a", "b", "c");
  }

  @Test
  void aMissingNumberStaysMissingAndANaNStaysANaN() {
    YearRows year =
        YearRows.byDistrict(List.of(row("b", null), row("a", Double.NaN)).iterator(), SCHEMA);
    assertThat(year.doubles("rate")).containsExactly(Double.NaN, Double.NaN);
    assertThat(year.value("rate", 0)).isEqualTo(Double.NaN);
    assertThat(year.value("rate", 1)).isNull();
    List<Row> out = rows(year.appended(List.of()));
    assertThat(out.get(0).get(2)).isEqualTo(Double.NaN);
    assertThat(out.get(1).isNullAt(2)).isTrue();
  }

  @Test
  void moreRowsThanTheFirstChunkKeepTheirValues() {
    // 5,000 rows in reverse id order: the columns grow past their first 1,024 slots and are then
    // reordered
    List<Row> in =
        IntStream.range(0, 5_000)
            .map(i -> 4_999 - i)
            .mapToObj(i -> row(String.format("d%05d", i), i % 7 == 0 ? null : i * 0.5))
            .toList();
    YearRows year = YearRows.byDistrict(in.iterator(), SCHEMA);
    assertThat(year.size()).isEqualTo(5_000);
    for (int i = 0; i < 5_000; i++) {
      assertThat(year.value("district_id", i)).isEqualTo(String.format("d%05d", i));
      assertThat(year.value("rate", i)).isEqualTo(i % 7 == 0 ? null : i * 0.5);
    }
  }

  private static Row row(String id, Double rate) {
    return new GenericRowWithSchema(new Object[] {id, 2024, rate}, SCHEMA);
  }

  private static List<Row> rows(Iterator<Row> it) {
    List<Row> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
