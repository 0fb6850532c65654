package de.sozialraum.monitor.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExactSumTest {

  private static final StructType SCHEMA =
      new StructType().add("g", DataTypes.IntegerType).add("x", DataTypes.DoubleType);

  @RegisterExtension static final LocalSpark SPARK = new LocalSpark(null, 4);

  private double exactSum(List<Row> rows, int partitions) {
    Dataset<Row> d = SPARK.session().createDataFrame(rows, SCHEMA).repartition(partitions);
    return d.groupBy("g").agg(ExactSum.of(col("x")).as("s")).first().getDouble(1);
  }

  @Test
  void theSumDoesNotDependOnTheOrderOfTheTerms() {
    // in doubles, (0.1 + 0.2) + 0.3 = 0.6000000000000001 but 0.1 + (0.2 + 0.3) = 0.6: order matters
    assertThat((0.1 + 0.2) + 0.3).isNotEqualTo(0.1 + (0.2 + 0.3));
    List<Row> forward =
        List.of(RowFactory.create(1, 0.1), RowFactory.create(1, 0.2), RowFactory.create(1, 0.3));
    List<Row> backward =
        List.of(RowFactory.create(1, 0.3), RowFactory.create(1, 0.2), RowFactory.create(1, 0.1));
    // the exact sum of the three decimals 0.1, 0.2, 0.3 is 0.6, whatever the order and the
    // partitioning
    assertThat(exactSum(forward, 1)).isEqualTo(0.6);
    assertThat(exactSum(backward, 1)).isEqualTo(0.6);
    assertThat(exactSum(forward, 3)).isEqualTo(0.6);
  }

  @Test
  void aNonFiniteTermMakesTheSumNaNAndAGroupWithoutValuesHasNone() {
    assertThat(exactSum(List.of(RowFactory.create(1, 1.5), RowFactory.create(1, Double.NaN)), 1))
        .isNaN();
    assertThat(
            exactSum(
                List.of(RowFactory.create(1, 1.5), RowFactory.create(1, Double.POSITIVE_INFINITY)),
                2))
        .isNaN();
    Dataset<Row> empty =
        SPARK.session().createDataFrame(List.of(RowFactory.create(1, null)), SCHEMA);
    assertThat(empty.groupBy("g").agg(ExactSum.of(col("x")).as("s")).first().isNullAt(1)).isTrue();
  }
}
