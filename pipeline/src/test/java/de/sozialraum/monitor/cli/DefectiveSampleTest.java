package de.sozialraum.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.monitor.RepoPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The defective copy of the sample (samples/kreis-unna-defekt): every defect listed in its
 * DEFEKTE.md must be reported with file and line or feature, the valid cells beside a defect must
 * survive, and a strict quality gate must stop the run without touching the published one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DefectiveSampleTest {

  private Path out;
  private Path run;
  private List<String[]> rejects;
  private List<String[]> warnings;

  @AfterAll
  void removeOutputs() throws Exception {
    TestOutput.delete(out);
  }

  @BeforeAll
  void runTheDefectiveSample() throws Exception {
    out = TestOutput.create();
    assertThat(
            MonitorCli.execute(
                "run",
                "--config",
                RepoPaths.of("config/sample-defekt.yaml").toString(),
                "--out",
                out.toString()))
        .isZero();
    run = out.resolve("latest").toRealPath();
    rejects = csv(run.resolve("quality/rejects.csv"));
    warnings = csv(run.resolve("quality/warnings.csv"));
  }

  /**
   * The records of a spreadsheet CSV as Excel reads it: BOM, semicolons, quoted fields; header
   * skipped.
   */
  private static List<String[]> csv(Path f) throws Exception {
    String text = Files.readString(f, StandardCharsets.UTF_8);
    try (CSVParser p =
        CSVParser.parse(
            text.startsWith("\uFEFF") ? text.substring(1) : text,
            CSVFormat.DEFAULT.builder().setDelimiter(';').build())) {
      return p.getRecords().stream().skip(1).map(CSVRecord::values).toList();
    }
  }

  private static List<String> defects() throws Exception {
    return Files.readAllLines(RepoPaths.of("samples/kreis-unna-defekt/DEFEKTE.md")).stream()
        .filter(l -> l.contains(" | "))
        .toList();
  }

  @Test
  void everyCellDefectIsRejectedWithItsFileLineAndRule() throws Exception {
    int checked = 0;
    for (String d : defects()) {
      String[] p = d.split(" \\| ");
      if (!p[1].startsWith("line ")
          || !p[2].matches("^[a-z_]+.*")
          || p[2].startsWith("implausible_jump")) {
        continue;
      }
      String rule = p[2].split(" ")[0];
      assertThat(rejects)
          .as(d)
          .anyMatch(r -> r[0].equals(p[0]) && r[1].equals(p[1]) && r[6].equals(rule));
      checked++;
    }
    // DEFEKTE.md: 7 in einwohner, 5 in jobcenter, 2 in schuleingang, 1 in haushalte, 3 in
    // schulwechsel
    assertThat(checked).isEqualTo(18);
  }

  @Test
  void spreadsheetFormulasInIdsAndNamesArriveDefusedInEveryCsv() throws Exception {
    List<Path> files =
        new java.util.ArrayList<>(
            List.of(run.resolve("quality/rejects.csv"), run.resolve("quality/warnings.csv")));
    try (Stream<Path> csvs = Files.list(run.resolve("csv"))) {
      csvs.forEach(files::add);
    }
    int defused = 0;
    for (Path f : files) {
      for (String[] row : csv(f)) {
        for (String cell : row) {
          // a cell Excel or LibreOffice would evaluate: starts with = + @ or a minus that does not
          // begin a number
          assertThat(cell)
              .as("%s: %s", f.getFileName(), String.join(";", row))
              .doesNotMatch("(?s)^([=+@\t\r]|-[^0-9]).*");
          defused += cell.startsWith("'=HYPERLINK(") ? 1 : 0;
        }
      }
    }
    // the formula district id of einwohner_altersgruppen.csv in rejects.csv, the formula name of
    // feature 67 in
    // warnings.csv (district without data) and in the district rows of every year's indices CSV
    assertThat(defused).isGreaterThanOrEqualTo(2 + 9);
  }

  @Test
  void naSentinelIsAMissingValueNotAReject() throws Exception {
    String na = defects().stream().filter(d -> d.contains("-9999")).findFirst().orElseThrow();
    String line = na.split(" \\| ")[1];
    assertThat(rejects)
        .noneMatch(r -> r[0].equals("schuleingangsuntersuchung.csv") && r[1].equals(line));
    JsonNode summary = new ObjectMapper().readTree(run.resolve("quality/summary.json").toFile());
    assertThat(summary.at("/cells/missing").asLong()).isGreaterThan(0);
  }

  @Test
  void everyGeometryDefectIsReportedWithItsFeature() throws Exception {
    assertThat(rejects).anyMatch(r -> r[1].equals("feature 1") && r[7].contains("not unique"));
    assertThat(rejects).anyMatch(r -> r[1].equals("feature 64") && r[7].contains("not unique"));
    assertThat(rejects)
        .anyMatch(r -> r[1].equals("feature 65") && r[7].contains("no value in the id field"));
    assertThat(rejects)
        .anyMatch(r -> r[1].equals("feature 66") && r[7].contains("Self-intersection"));
    assertThat(warnings)
        .anyMatch(
            w ->
                w[0].equals("sozialraeume.geojson, feature 13")
                    && w[3].equals("geometry_repaired"));
    assertThat(warnings)
        .anyMatch(w -> w[1].equals("05978099003") && w[3].equals("district_without_data"));
    // the data of the district whose geometry was rejected is rejected with that reason, not as
    // "unknown"
    assertThat(rejects)
        .anyMatch(r -> r[3].equals("05978024001") && r[6].equals("district_geometry_rejected"));
  }

  @Test
  void implausibleJumpIsAWarningAndTheValueStaysInUse() throws Exception {
    String d =
        defects().stream().filter(x -> x.contains("implausible_jump")).findFirst().orElseThrow();
    int line = Integer.parseInt(d.split(" \\| ")[1].substring(5));
    String district =
        Files.readAllLines(RepoPaths.of("samples/kreis-unna-defekt/haushalte.csv"))
            .get(line - 1)
            .split(";")[1];
    assertThat(warnings)
        .anyMatch(
            w ->
                w[0].equals("alleinerziehende")
                    && w[1].equals(district)
                    && w[2].equals("2021")
                    && w[3].equals("implausible_jump"));
    JsonNode f = feature(2021, district);
    assertThat(f.at("/properties/alleinerziehende").asDouble()).isEqualTo(100.0);
  }

  @Test
  void validCellsBesideARejectedOneAreKept() throws Exception {
    // jobcenter line 21: ELB "1.2.3" is rejected; the same record's NEF count still gives child
    // poverty.
    String line21 =
        Files.readAllLines(
                RepoPaths.of("samples/kreis-unna-defekt/jobcenter_sgb2.csv"),
                java.nio.charset.Charset.forName("windows-1252"))
            .get(20);
    String district = line21.split(";")[1];
    int year = Integer.parseInt(line21.split(";")[0]);
    JsonNode f = feature(year, district);
    assertThat(f.at("/properties/sgb2_elb_quote").isNull()).isTrue();
    assertThat(f.at("/properties/kinderarmut").isNumber()).isTrue();
    assertThat(f.at("/properties/missing_indicators").asText()).contains("sgb2_elb_quote");
  }

  @Test
  void strictGateStopsTheRunWithExit3AndLeavesLatestIntact() throws Exception {
    String strict =
        Files.readString(RepoPaths.of("config/sample-defekt.yaml"))
            .replace("../samples/", RepoPaths.of("samples").toString() + "/")
            .replaceAll("max_rejected_share: [0-9.]+", "max_rejected_share: 0.0");
    Path config =
        Files.writeString(out.getParent().resolve("strict-" + System.nanoTime() + ".yaml"), strict);
    assertThat(MonitorCli.execute("run", "--config", config.toString(), "--out", out.toString()))
        .isEqualTo(MonitorCli.QUALITY_GATE);
    assertThat(out.resolve("latest").toRealPath()).isEqualTo(run);
    try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
      assertThat(runs.count()).isEqualTo(1);
    }
    try (Stream<Path> failed = Files.list(out.resolve("failed"))) {
      Path f = failed.findFirst().orElseThrow();
      assertThat(f.resolve("quality/rejects.csv")).exists();
    }
    assertThat(MonitorCli.execute("validate", "--config", config.toString()))
        .isEqualTo(MonitorCli.QUALITY_GATE);
    Files.delete(config);
  }

  private JsonNode feature(int year, String district) throws Exception {
    for (JsonNode f :
        new ObjectMapper()
            .readTree(run.resolve("geojson/indices_" + year + ".geojson").toFile())
            .get("features")) {
      if (f.path("id").asText().equals(district)) {
        return f;
      }
    }
    throw new AssertionError("district " + district + " not in " + year);
  }
}
