package de.sozialraum.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.monitor.cli.MonitorCli;
import de.sozialraum.monitor.run.Step;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's grid as a planner would run it: with the report and the GeoJSON turned off the
 * run publishes the other data and the QGIS styles, whose legends it builds by streaming its own
 * index; every class a district carries must be a category of its style, in the published colour.
 * The grid's many small counts withhold much, which shifted quantile breaks and once made the
 * styles disagree with the published colours.
 */
class GridRunTest {

  @Test
  void aRunWithoutReportPublishesStylesThatColourEveryPublishedClassAsTheDataDo(@TempDir Path dir)
      throws Exception {
    GridCounty.Written in = new GridCounty(900, 9).write(dir.resolve("grid"));
    Path out = dir.resolve("out");
    Path timings = dir.resolve("timings.tsv");
    assertThat(
            MonitorCli.execute(
                "run",
                "--config",
                in.config().toString(),
                "--out",
                out.toString(),
                "--timings",
                timings.toString()))
        .isZero();
    Path run = out.resolve("latest");
    assertThat(run.resolve("report")).doesNotExist();
    assertThat(Files.readString(run.resolve("manifest.json")))
        .doesNotContain("report/")
        .doesNotContain("geojson/indices_")
        .contains("\"csv/indices_2024.csv\"");
    assertThat(run.resolve("geojson/indices_2024.geojson"))
        .as("outputs.geojson: false")
        .doesNotExist();
    assertThat(run.resolve("gis")).as("outputs.geopackage: false").doesNotExist();
    assertThat(MonitorCli.execute("explain", "--run", run.toString(), "--district", "z000001"))
        .isEqualTo(MonitorCli.INVALID);
    // every step of the run, in the order of Step, one row each (the grid has no zoned table and no
    // report)
    assertThat(Files.readAllLines(timings).stream().skip(1).map(l -> l.split("\t")[0]).toList())
        .containsExactlyElementsOf(Arrays.stream(Step.values()).map(Step::key).toList());

    int checked = 0;
    for (String indicator :
        List.of(
            "kinderarmut",
            "jugendarbeitslosigkeit",
            "sprachauffaelligkeit",
            "gymnasialuebergang")) {
      Map<String, String> colourOf = new TreeMap<>();
      try (CSVParser csv =
          CSVParser.parse(
              run.resolve("csv/indices_2024.csv"),
              StandardCharsets.UTF_8,
              CSVFormat.DEFAULT
                  .builder()
                  .setDelimiter(';')
                  .setHeader()
                  .setSkipHeaderRecord(true)
                  .build())) {
        for (CSVRecord r : csv) {
          String code = r.get(indicator + "_class");
          if (!code.isEmpty()) {
            String before = colourOf.putIfAbsent(code, r.get(indicator + "_class_colour"));
            assertThat(before == null || before.equals(r.get(indicator + "_class_colour")))
                .as("%s class %s has one colour", indicator, code)
                .isTrue();
          }
        }
      }
      String qml = Files.readString(run.resolve("styles/" + indicator + "_class_2024.qml"));
      assertThat(colourOf).as(indicator).isNotEmpty();
      for (Map.Entry<String, String> c : colourOf.entrySet()) {
        assertThat(qml)
            .as("%s class %s", indicator, c.getKey())
            .contains("<category value=\"" + c.getKey() + "\"")
            .contains(rgba(c.getValue()));
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(4 * 3);
    assertThat(Arrays.stream(run.resolve("styles").toFile().list()).filter(f -> f.endsWith(".qml")))
        .hasSizeGreaterThan(5 * 12);
  }

  /** QGIS writes colours as "r,g,b,alpha": #fd8d3c → 253,141,60,255. */
  private static String rgba(String hex) {
    int v = Integer.parseInt(hex.substring(1), 16);
    return (v >> 16 & 0xff) + "," + (v >> 8 & 0xff) + "," + (v & 0xff) + ",255";
  }
}
