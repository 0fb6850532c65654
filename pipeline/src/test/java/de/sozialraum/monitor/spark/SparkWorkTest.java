package de.sozialraum.monitor.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SparkWorkTest {

  @RegisterExtension static final LocalSpark SPARK = new LocalSpark("local[2]", 3);

  @Test
  void countsTheJobsStagesAndTasksSparkSchedules() throws Exception {
    SparkSession spark = SPARK.session();
    SparkWork work = SparkWork.on(spark);
    SparkWork.Counts before = work.counts();
    // a count over 4 partitions is one job of two stages: 4 partial counts, then 1 task summing
    // them (adaptive execution off, so that no stage is skipped or coalesced)
    spark.conf().set("spark.sql.adaptive.enabled", "false");
    try {
      spark.range(0, 100, 1, 4).toDF().count();
    } finally {
      spark.conf().set("spark.sql.adaptive.enabled", "true");
    }
    spark.sparkContext().listenerBus().waitUntilEmpty();
    SparkWork.Counts done = work.counts().minus(before);
    assertThat(done).isEqualTo(new SparkWork.Counts(1, 2, 5, 1));
  }
}
