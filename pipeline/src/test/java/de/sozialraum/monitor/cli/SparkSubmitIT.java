package de.sozialraum.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.monitor.DuckDb;
import de.sozialraum.monitor.RepoPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The fat jar handed to Spark's own submission entry point ({@code
 * org.apache.spark.deploy.SparkSubmit}, what {@code spark-submit} runs), once in local mode and
 * once against a real standalone cluster (a master and two workers, each a JVM of its own, started
 * by {@code scripts/cluster} on loopback), publishes the same run as the embedded CLI: the same
 * index rows (order-normalised) and byte-identical GeoJSON, CSV, quality files and dictionary. Runs
 * after {@code mvn -Pdist package}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkSubmitIT {

  /** Two years keep three runs of the sample short; the work is the same kind as for nine. */
  private static final String YEARS = "2020-2021";

  private Path out;
  private Path embedded;
  private Path clusterDir;

  @BeforeAll
  void runEmbedded() throws Exception {
    out = TestOutput.create();
    assertThat(
            MonitorCli.execute(
                "run",
                "--config",
                config(),
                "--out",
                out.resolve("embedded").toString(),
                "--years",
                YEARS))
        .isZero();
    embedded = out.resolve("embedded/latest").toRealPath();
  }

  @AfterAll
  void stopClusterAndRemoveOutputs() throws Exception {
    if (clusterDir != null) {
      new ProcessBuilder(
              "bash",
              RepoPaths.of("scripts/cluster").toString(),
              "stop",
              "--dir",
              clusterDir.toString())
          .inheritIO()
          .start()
          .waitFor(2, TimeUnit.MINUTES);
    }
    TestOutput.delete(out);
  }

  @Test
  void sparkSubmitInLocalModePublishesTheSameRunAsTheEmbeddedCli() throws Exception {
    assertSameRun(submit("local[2]", "local"));
  }

  @Test
  void sparkSubmitToAStandaloneClusterOfTwoWorkersPublishesTheSameRunAsTheEmbeddedCli()
      throws Exception {
    clusterDir = out.resolve("spark-cluster");
    Process start =
        new ProcessBuilder(
                "bash",
                RepoPaths.of("scripts/cluster").toString(),
                "start",
                "--dir",
                clusterDir.toString(),
                "--workers",
                "2",
                "--worker-memory",
                "2g")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String master =
        new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(start.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(start.exitValue()).as("scripts/cluster start").isZero();
    assertThat(master).matches("spark://127\\.0\\.0\\.1:\\d+");

    Path submitted = submit(master, "cluster");
    assertSameRun(submitted);
    // the executors ran on the workers, not inside the driver
    for (int w = 1; w <= 2; w++) {
      assertThat(Files.readString(clusterDir.resolve("worker-" + w + ".log")))
          .as("worker %d", w)
          .contains("Asked to launch executor");
    }
  }

  private Path submit(String master, String name) throws Exception {
    Path jar = Path.of(System.getProperty("monitor.jar"));
    assertThat(jar).exists();
    String opens = System.getProperty("spark.java17.opens").trim();
    List<String> cmd =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g"));
    cmd.addAll(Arrays.asList(opens.split("\\s+")));
    cmd.addAll(
        List.of(
            "-cp",
            jar.toString(),
            "org.apache.spark.deploy.SparkSubmit",
            "--master",
            master,
            "--class",
            "de.sozialraum.monitor.cli.MonitorCli",
            "--conf",
            "spark.ui.enabled=false",
            "--conf",
            "spark.executor.memory=1g",
            "--conf",
            "spark.executor.extraJavaOptions=" + opens,
            jar.toString(),
            "run",
            "--config",
            config(),
            "--out",
            out.resolve(name).toString(),
            "--years",
            YEARS));
    Path log = out.resolve(name + ".log");
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    assertThat(p.waitFor(15, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    return out.resolve(name).resolve("latest").toRealPath();
  }

  private void assertSameRun(Path submitted) throws Exception {
    assertThat(DuckDb.differingColumns(embedded, submitted))
        .as("columns that differ: rows")
        .isEmpty();
    assertThat(DuckDb.indexDifference(embedded, submitted)).containsExactly(0, 0, 63 * 2);
    for (String f :
        List.of(
            "geojson/indices_2021.geojson",
            "csv/indices_2021.csv",
            "csv/aggregates.csv",
            "csv/moran.csv",
            "quality/rejects.csv",
            "quality/warnings.csv",
            "quality/summary.json",
            "dictionary.json")) {
      assertThat(Files.mismatch(embedded.resolve(f), submitted.resolve(f))).as(f).isEqualTo(-1L);
    }
  }

  private static String config() {
    return RepoPaths.of("config/sample.yaml").toString();
  }
}
