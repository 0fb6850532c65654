package de.sozialraum.monitor.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.SparkPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class OrderedCheckpointTest {

  @RegisterExtension static final LocalSpark SPARK = new LocalSpark("local[2]", 3);

  /**
   * 60 rows over 4 input partitions, keyed out of order: year 2020 + i mod 3, id "d" + (59 − i).
   */
  private static Dataset<Row> shuffled(SparkSession spark) {
    return spark
        .range(0, 60, 1, 4)
        .select(
            col("id").mod(3).plus(2020).cast("int").as("year"),
            concat(lit("d"), lit(59).minus(col("id")).cast("string")).as("district_id"),
            col("id").cast("double").as("v"));
  }

  @Test
  void givesTheRowsInOrderAcrossPartitionsAfterTheOperator() {
    SparkSession spark = SPARK.session();
    Dataset<Row> t =
        OrderedCheckpoint.of(
            shuffled(spark), d -> d.withColumn("w", col("v").multiply(2)), "year", "district_id");
    List<Row> rows = t.collectAsList();
    assertThat(rows).hasSize(60);
    for (int i = 1; i < rows.size(); i++) {
      Row a = rows.get(i - 1);
      Row b = rows.get(i);
      int byYear = Integer.compare(a.getInt(0), b.getInt(0));
      assertThat(byYear < 0 || (byYear == 0 && a.getString(1).compareTo(b.getString(1)) < 0))
          .as("row %d after row %d", i, i - 1)
          .isTrue();
      assertThat(b.getDouble(3)).isEqualTo(2 * b.getDouble(2));
    }
    // range partitions: the session's three
    assertThat(t.rdd().getNumPartitions()).isEqualTo(3);
  }

  @Test
  void sparesLaterReadersTheirSortAndLeavesAdaptiveExecutionAsItWas() throws Exception {
    SparkSession spark = SPARK.session();
    Dataset<Row> t = OrderedCheckpoint.of(shuffled(spark), d -> d, "year", "district_id");
    assertThat(spark.conf().get("spark.sql.adaptive.enabled")).isEqualTo("true");
    assertThat(sorts(t.sortWithinPartitions("year", "district_id").queryExecution().executedPlan()))
        .isZero();
    // the plain checkpoint, for contrast: Spark sorts it again
    Dataset<Row> plain = shuffled(spark).orderBy("year", "district_id").localCheckpoint();
    assertThat(
            sorts(
                plain.sortWithinPartitions("year", "district_id").queryExecution().executedPlan()))
        .isEqualTo(1);
  }

  @Test
  void refusesAnOperatorThatAliasesASortColumn() {
    SparkSession spark = SPARK.session();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                OrderedCheckpoint.of(
                    shuffled(spark),
                    d -> d.select(col("year").as("year"), col("district_id"), col("v")),
                    "year",
                    "district_id"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lost its order by year, district_id");
    assertThat(spark.conf().get("spark.sql.adaptive.enabled")).isEqualTo("true");
  }

  @Test
  void aPartitionedParquetWriteOfItSortsNothing(@TempDir Path dir) throws Exception {
    SparkSession spark = SPARK.session();
    Dataset<Row> t = OrderedCheckpoint.of(shuffled(spark), d -> d, "year", "district_id");
    assertThat(sortsWriting(t, dir.resolve("out"))).isZero();
    // the plain checkpoint, for contrast: the writer sorts each task's rows by year
    Dataset<Row> plain = shuffled(spark).orderBy("year", "district_id").localCheckpoint();
    assertThat(sortsWriting(plain, dir.resolve("plain"))).isEqualTo(1);
    try (var years = Files.list(dir.resolve("out"))) {
      assertThat(years.filter(p -> p.getFileName().toString().startsWith("year=")).count())
          .isEqualTo(3);
    }
  }

  private static int sortsWriting(Dataset<Row> t, Path to) throws Exception {
    return PlanSorts.writing(
        t.sparkSession(), () -> t.write().partitionBy("year").parquet(to.toString()));
  }

  private static int sorts(SparkPlan plan) {
    return PlanSorts.of(plan);
  }
}
