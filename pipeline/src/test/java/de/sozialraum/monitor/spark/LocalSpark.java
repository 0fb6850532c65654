package de.sozialraum.monitor.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded SparkSession for a test class, built like a run's ({@link SparkSessions}) with
 * Spark's defaults and the given shuffle partitions, and stopped after the class:
 * {@code @RegisterExtension static final LocalSpark SPARK = new LocalSpark("local[2]", 4);}. It
 * starts before the class's own {@code @BeforeAll} methods, so they can use it.
 */
public final class LocalSpark implements BeforeAllCallback, AfterAllCallback {

  private final String master;
  private final int shufflePartitions;
  private SparkSession session;

  /**
   * @param master a Spark master, or null for the embedded {@code local[*]} of a run
   */
  public LocalSpark(String master, int shufflePartitions) {
    this.master = master;
    this.shufflePartitions = shufflePartitions;
  }

  public SparkSession session() {
    return session;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    session = SparkSessions.create(master, SparkTuning.withDefaults(shufflePartitions));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    session.stop();
  }
}
