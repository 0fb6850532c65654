package de.sozialraum.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.monitor.RepoPaths;
import de.sozialraum.monitor.ops.RunLock;
import de.sozialraum.monitor.output.Manifest;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;

/** The README's first command on the bundled sample, checked the way an analyst and a planner would use the run. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleRunTest {

  /** 63 social spaces × 9 years (2016–2024) of the generated sample county. */
  private static final int DISTRICT_YEARS = 63 * 9;

  private Path out;
  private Path run;

  @AfterAll
  void removeOutputs() throws Exception {
    TestOutput.delete(out);
  }

  @BeforeAll
  void runTheSample() throws Exception {
    out = TestOutput.create();
    assertThat(MonitorCli.execute("run", "--config", RepoPaths.of("config/sample.yaml").toString(), "--out", out.toString())).isZero();
    run = out.resolve("latest").toRealPath();
  }

  @Test
  void publishesEveryOutputOfTheContractAndPointsLatestAtIt() throws Exception {
    assertThat(Files.isSymbolicLink(out.resolve("latest"))).isTrue();
    assertThat(run.getParent()).isEqualTo(out.resolve("runs").toRealPath());
    for (String f : List.of("manifest.json", "dictionary.json", "indices.geoparquet", "quality/rejects.csv", "quality/summary.json",
        "quality/warnings.csv", "indices/year=2016", "indices/year=2024", "geojson/indices_2016.geojson", "csv/indices_2024.csv")) {
      assertThat(run.resolve(f)).exists();
    }
    assertThat(out.resolve(".staging")).isEmptyDirectory();
  }

  @Test
  void gdalOpensEveryGeoJsonWithoutWarningsInLonLatInsideTheCounty() throws Exception {
    assumeTrue(new File("/usr/bin/ogrinfo").canExecute(), "skipped: gdal-bin is not installed (scripts/install-test-tools installs it)");
    for (int year = 2016; year <= 2024; year++) {
      Path f = run.resolve("geojson/indices_" + year + ".geojson");
      Process p = new ProcessBuilder("ogrinfo", "-ro", "-al", "-so", f.toString()).redirectErrorStream(true).start();
      String info = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
      assertThat(info).doesNotContainIgnoringCase("warning").doesNotContain("ERROR").contains("Feature Count: 63")
          .contains("ID[\"EPSG\",4326]");
      // Kreis Unna lies between 7.3° and 7.95° E, 51.35° and 51.8° N; GDAL prints the extent in lon/lat order.
      String extent = info.lines().filter(l -> l.startsWith("Extent:")).findFirst().orElseThrow();
      double[] e = java.util.regex.Pattern.compile("-?\\d+\\.\\d+").matcher(extent).results().mapToDouble(m -> Double.parseDouble(m.group())).toArray();
      assertThat(e[0]).isBetween(7.3, 7.95);
      assertThat(e[1]).isBetween(51.35, 51.8);
      assertThat(e[2]).isBetween(7.3, 7.95);
      assertThat(e[3]).isBetween(51.35, 51.8);
    }
  }

  @Test
  void geoJsonFollowsRfc7946RingOrderAndPrecision() throws Exception {
    JsonNode fc = new ObjectMapper().readTree(run.resolve("geojson/indices_2024.geojson").toFile());
    assertThat(fc.has("crs")).isFalse();
    for (JsonNode f : fc.get("features")) {
      for (JsonNode polygon : f.at("/geometry/coordinates")) {
        for (int r = 0; r < polygon.size(); r++) {
          Coordinate[] ring = new Coordinate[polygon.get(r).size()];
          for (int i = 0; i < ring.length; i++) {
            JsonNode pos = polygon.get(r).get(i);
            assertThat(pos.get(0).asText().replaceFirst("^[^.]*\\.?", "")).hasSizeLessThanOrEqualTo(7);
            ring[i] = new Coordinate(pos.get(0).asDouble(), pos.get(1).asDouble());
          }
          assertThat(Orientation.isCCW(ring)).as("ring %d of %s", r, f.get("id")).isEqualTo(r == 0);
        }
      }
    }
  }

  @Test
  void geoParquetFooterStatesVersionCrsAndBboxCoveringAndAnotherReaderReadsAllRows() throws Exception {
    Configuration conf = new Configuration();
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(run.resolve("indices.geoparquet").toUri());
    String geo;
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(file, conf))) {
      geo = reader.getFooter().getFileMetaData().getKeyValueMetaData().get("geo");
    }
    JsonNode meta = new ObjectMapper().readTree(geo);
    assertThat(meta.path("version").asText()).isEqualTo("1.1.0");
    assertThat(meta.path("primary_column").asText()).isEqualTo("geometry");
    JsonNode column = meta.at("/columns/geometry");
    assertThat(column.path("encoding").asText()).isEqualTo("WKB");
    assertThat(column.at("/crs/id/authority").asText()).isEqualTo("EPSG");
    assertThat(column.at("/crs/id/code").asInt()).isEqualTo(25832);
    assertThat(column.at("/covering/bbox/xmin").toString()).contains("bbox").contains("xmin");
    assertThat(rows(file, conf)).isEqualTo(DISTRICT_YEARS);
  }

  @Test
  void yearPartitionedParquetHoldsEveryDistrictYear() throws Exception {
    Configuration conf = new Configuration();
    long total = 0;
    try (Stream<Path> files = Files.walk(run.resolve("indices"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".parquet")).toList()) {
        total += rows(new org.apache.hadoop.fs.Path(p.toUri()), conf);
      }
    }
    assertThat(total).isEqualTo(DISTRICT_YEARS);
  }

  /** Row count through parquet-hadoop's example reader: independent of Spark's vectorised reader. */
  private static long rows(org.apache.hadoop.fs.Path file, Configuration conf) throws Exception {
    long n = 0;
    try (ParquetReader<Group> r = ParquetReader.builder(new GroupReadSupport(), file).withConf(conf).build()) {
      while (r.read() != null) {
        n++;
      }
    }
    return n;
  }

  @Test
  void spreadsheetCsvUsesBomSemicolonAndDecimalComma() throws Exception {
    byte[] bytes = Files.readAllBytes(run.resolve("csv/indices_2024.csv"));
    assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
    List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(64);
    assertThat(lines.get(0)).startsWith("\uFEFFdistrict_id;district_name;municipality_id");
    assertThat(lines.get(1)).matches(".*;\\d+,\\d+;.*").doesNotContain("E-");
  }

  @Test
  void manifestRecordsInputsWithTheirHashesAndOutputsWithRowCounts() throws Exception {
    JsonNode m = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
    assertThat(m.path("synthetic").asBoolean()).isTrue();
    assertThat(m.at("/config/sha256").asText()).hasSize(64);
    assertThat(m.path("inputs")).hasSize(5);
    for (JsonNode i : m.path("inputs")) {
      assertThat(i.path("sha256").asText()).isEqualTo(Manifest.sha256(Path.of(i.path("path").asText())));
    }
    assertThat(m.at("/outputs/indices.geoparquet").asLong()).isEqualTo(DISTRICT_YEARS);
    assertThat(m.at("/outputs/geojson~1indices_2020.geojson").asLong()).isEqualTo(63);
    assertThat(m.at("/quality/validity/valid").asLong() + m.at("/quality/validity/population_below_minimum").asLong()).isEqualTo(DISTRICT_YEARS);
  }

  @Test
  void explainShowsEveryStepFromValuesToClassForADistrict() throws Exception {
    String text = captureStdout(() -> assertThat(MonitorCli.execute("explain", "--run", out.resolve("latest").toString(),
        "--district", "05978024001", "--year", "2024")).isZero());
    assertThat(text).contains("05978024001 Lünen-Altstadt").contains("kinderarmut").contains("Statusindex").contains("Dynamikindex")
        .contains("Rang im Kreis");
  }

  @Test
  void unchangedInputsAreSkippedUnlessForcedAndALockedDirectoryExitsWith4() throws Exception {
    String text = captureStdout(() -> assertThat(MonitorCli.execute("run", "--config", RepoPaths.of("config/sample.yaml").toString(),
        "--out", out.toString())).isZero());
    assertThat(text).contains("unchanged");
    try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
      assertThat(runs.count()).isEqualTo(1);
    }
    try (RunLock held = RunLock.acquire(out)) {
      assertThat(MonitorCli.execute("run", "--config", RepoPaths.of("config/sample.yaml").toString(), "--out", out.toString(), "--force"))
          .isEqualTo(MonitorCli.LOCKED);
    }
    assertThat(out.resolve("latest").toRealPath()).isEqualTo(run);
  }

  static String captureStdout(ThrowingRunnable body) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      body.run();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }
}
