package de.sozialraum.monitor.spark;

import de.sozialraum.monitor.stage.Stage;
import org.apache.spark.sql.SparkSession;

/**
 * Step {@code spark}: the run's one SparkSession ({@link SparkSessions}), tuned for the size of its
 * inputs.
 */
public final class StartSpark implements Stage<SparkTuning, SparkSession> {

  private final String master;

  /**
   * @param master the {@code --master} option, or null for embedded local mode (or what
   *     spark-submit set)
   */
  public StartSpark(String master) {
    this.master = master;
  }

  @Override
  public SparkSession apply(SparkTuning tuning) {
    return SparkSessions.create(master, tuning);
  }

  @Override
  public String done(SparkSession spark) {
    return "Spark gestartet: " + spark.sparkContext().master();
  }
}
