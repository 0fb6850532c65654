package de.sozialraum.tools.bench;

import de.sozialraum.monitor.spark.SparkSessions;
import de.sozialraum.monitor.spark.SparkTuning;
import org.apache.spark.sql.SparkSession;

/**
 * The floor under every run: a JVM that starts the same embedded SparkSession as {@code run} on a
 * county's input (same settings, Sedona registered), runs one trivial job so the executor threads
 * exist, and stops. {@code scripts/bench scale} times it end to end next to the sample run, so what
 * the pipeline adds on top of Spark itself is visible.
 */
public final class BareSparkStart {

  private BareSparkStart() {}

  public static void main(String[] args) {
    SparkSession spark =
        SparkSessions.create(
            null,
            SparkTuning.forInput(
                0, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory()));
    try {
      long n = spark.range(1000).count();
      if (n != 1000) {
        throw new IllegalStateException("Spark counted " + n + " of 1000 rows");
      }
    } finally {
      spark.stop();
    }
  }
}
