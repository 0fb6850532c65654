package de.sozialraum.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.monitor.DuckDb;
import de.sozialraum.monitor.RepoPaths;
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
 * The fat jar handed to Spark's own submission entry point ({@code org.apache.spark.deploy.SparkSubmit}, what
 * {@code spark-submit} runs) publishes the same run as the embedded CLI. Runs after {@code mvn -Pdist package}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkSubmitIT {

  private Path out;

  @BeforeAll
  void createOutput() throws Exception {
    out = TestOutput.create();
  }

  @AfterAll
  void removeOutputs() throws Exception {
    TestOutput.delete(out);
  }

  @Test
  void sparkSubmitOfTheFatJarPublishesTheSameRunAsTheEmbeddedCli() throws Exception {
    Path jar = Path.of(System.getProperty("monitor.jar"));
    assertThat(jar).exists();
    String config = RepoPaths.of("config/sample.yaml").toString();
    assertThat(MonitorCli.execute("run", "--config", config, "--out", out.resolve("embedded").toString())).isZero();

    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(Arrays.asList(System.getProperty("spark.java17.opens").trim().split("\\s+")));
    cmd.addAll(List.of("-cp", jar.toString(), "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]",
        "--class", "de.sozialraum.monitor.cli.MonitorCli", "--conf", "spark.ui.enabled=false", jar.toString(),
        "run", "--config", config, "--out", out.resolve("submitted").toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.resolve("submit.log").toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(out.resolve("submit.log"))).isZero();

    Path embedded = out.resolve("embedded/latest").toRealPath();
    Path submitted = out.resolve("submitted/latest").toRealPath();
    assertThat(DuckDb.indexDifference(embedded, submitted)).containsExactly(0, 0, 63 * 9);
    for (String f : List.of("geojson/indices_2024.geojson", "csv/indices_2024.csv", "quality/rejects.csv", "quality/warnings.csv", "dictionary.json")) {
      assertThat(Files.mismatch(embedded.resolve(f), submitted.resolve(f))).as(f).isEqualTo(-1L);
    }
  }
}
