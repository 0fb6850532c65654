package de.sozialraum.monitor.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.QueryExecution;
import org.apache.spark.sql.execution.SortExec;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.util.QueryExecutionListener;

/**
 * The sorts Spark executes for a plan or a write: what an ordered table should spare its readers.
 */
public final class PlanSorts {

  private PlanSorts() {}

  /** The sort operators in an executed plan. */
  public static int of(SparkPlan plan) {
    int n = plan instanceof SortExec ? 1 : 0;
    for (SparkPlan c : scala.jdk.javaapi.CollectionConverters.asJava(plan.children())) {
      n += of(c);
    }
    return n;
  }

  /** The sorts of the one query a write runs. */
  public static int writing(SparkSession spark, Runnable write) throws Exception {
    // queries before the write (a checkpoint's) reach their listeners later: not this one's
    spark.sparkContext().listenerBus().waitUntilEmpty();
    Counter counter = new Counter();
    spark.listenerManager().register(counter);
    try {
      write.run();
      spark.sparkContext().listenerBus().waitUntilEmpty();
    } finally {
      spark.listenerManager().unregister(counter);
    }
    assertThat(counter.plans).as("write plans, sorts %d", counter.sorts).isEqualTo(1);
    return counter.sorts;
  }

  private static final class Counter implements QueryExecutionListener {
    volatile int plans;
    volatile int sorts;

    @Override
    public void onSuccess(String funcName, QueryExecution qe, long durationNs) {
      plans++;
      sorts += of(qe.executedPlan());
    }

    @Override
    public void onFailure(String funcName, QueryExecution qe, Exception exception) {}
  }
}
