package de.sozialraum.monitor.spark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.sql.SparkSession;

/**
 * How much scheduling a run costs Spark: jobs, stages and tasks so far, and the stages that ran as
 * a single task. A county's few thousand rows cost little to compute, so its run time is mostly
 * this count times Spark's overhead per job and stage; {@code run --timings} records it per step.
 */
public final class SparkWork extends SparkListener {

  /** The counts at one moment. */
  public record Counts(long jobs, long stages, long tasks, long singleTaskStages) {

    public static final Counts NONE = new Counts(0, 0, 0, 0);

    public Counts minus(Counts before) {
      return new Counts(
          jobs - before.jobs,
          stages - before.stages,
          tasks - before.tasks,
          singleTaskStages - before.singleTaskStages);
    }
  }

  private final AtomicLong jobs = new AtomicLong();
  private final AtomicLong stages = new AtomicLong();
  private final AtomicLong tasks = new AtomicLong();
  private final AtomicLong singleTaskStages = new AtomicLong();

  private SparkWork() {}

  /** Counts from now on what the session's context schedules. */
  public static SparkWork on(SparkSession spark) {
    SparkWork work = new SparkWork();
    spark.sparkContext().addSparkListener(work);
    return work;
  }

  @Override
  public void onJobStart(SparkListenerJobStart job) {
    jobs.incrementAndGet();
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted stage) {
    int n = stage.stageInfo().numTasks();
    stages.incrementAndGet();
    tasks.addAndGet(n);
    if (n == 1) {
      singleTaskStages.incrementAndGet();
    }
  }

  /**
   * The counts so far. Spark's listener bus delivers events asynchronously, so a count read at the
   * end of a step may lack the step's last few events; those are counted in the next step.
   */
  public Counts counts() {
    return new Counts(jobs.get(), stages.get(), tasks.get(), singleTaskStages.get());
  }
}
