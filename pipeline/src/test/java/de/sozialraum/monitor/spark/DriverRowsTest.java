package de.sozialraum.monitor.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.plans.logical.LocalRelation;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DriverRowsTest {

  private static final StructType SCHEMA =
      new StructType().add("id", DataTypes.StringType).add("year", DataTypes.IntegerType);

  @RegisterExtension static final LocalSpark SPARK = new LocalSpark(null, 2);

  private static List<Row> rows(int n) {
    return IntStream.range(0, n).mapToObj(i -> RowFactory.create("d" + i, 2020 + i % 5)).toList();
  }

  @Test
  void aSmallListStaysALocalTable() {
    Dataset<Row> d = DriverRows.of(SPARK.session(), rows(10), SCHEMA, 10);
    assertThat(d.queryExecution().analyzed()).isInstanceOf(LocalRelation.class);
    assertThat(d.collectAsList()).isEqualTo(rows(10));
  }

  @Test
  void aLargeListIsCutIntoSlicesOfAtMostTheSliceSizeInItsOrder() {
    // 25 rows, at most 10 a slice: ⌈25 / 10⌉ = 3 slices, which Spark cuts at i·25/3 → rows 0, 8,
    // 16, 25: 8, 8 and 9
    // rows, instead of one task per core holding half the list each
    Dataset<Row> d = DriverRows.of(SPARK.session(), rows(25), SCHEMA, 10);
    assertThat(d.javaRDD().glom().collect()).extracting(List::size).containsExactly(8, 8, 9);
    assertThat(d.collectAsList()).isEqualTo(rows(25));
  }
}
