package de.sozialraum.monitor.spark;

import org.apache.sedona.spark.SedonaContext;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one SparkSession a command uses: embedded {@code local[*]} unless a master is given or
 * spark-submit has set one, tuned for start-up speed on small data (no UI; shuffle partitions and
 * code generation from {@link SparkTuning}, and memory when embedded), with Sedona registered.
 */
public final class SparkSessions {

  private SparkSessions() {}

  public static SparkSession create(String master, SparkTuning tuning) {
    SparkSession.Builder b =
        SparkSession.builder()
            .appName("sozialraum-monitor")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", Integer.toString(tuning.shufflePartitions()))
            // both set either way: getOrCreate hands an unstopped session the builder's SQL
            // settings, so none is inherited
            .config("spark.sql.codegen.wholeStage", Boolean.toString(tuning.generatedCode()))
            .config(
                "spark.sql.codegen.factoryMode", tuning.generatedCode() ? "FALLBACK" : "NO_CODEGEN")
            .config("spark.sql.adaptive.enabled", "true")
            .config("spark.sql.session.timeZone", "UTC")
            // the run's checkpoints of the wide index table (some 330 columns per district and
            // year) spill to disk once they
            // outgrow the heap; uncompressed, a million districts' checkpoints would crowd out the
            // published outputs
            .config("spark.rdd.compress", "true")
            .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
            .config("spark.kryo.registrator", "org.apache.sedona.core.serde.SedonaKryoRegistrator");
    if (master != null) {
      b.master(master);
    } else if (System.getProperty("spark.master") == null) {
      // embedded: keep the driver on loopback, the machine's other addresses are irrelevant (and
      // may not resolve)
      b.master("local[*]")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "localhost")
          // only here is this heap also the executor's; a cluster's executors are sized by whoever
          // submits
          .config("spark.memory.fraction", Double.toString(tuning.memoryFraction()));
    }
    return SedonaContext.create(b.getOrCreate());
  }
}
