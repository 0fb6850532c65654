package de.sozialraum.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The years a run publishes are those the data have: the sample's tables cut to 2018 and 2020 (a
 * year not delivered between them) and to 2020 alone, the period still configured as 2018–2020.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearsAsDeliveredTest {

  @TempDir Path dir;

  @Test
  void aYearWithoutDataBetweenDeliveredYearsIsNotPublishedAndTheChangeSpansTheGap()
      throws Exception {
    Run r = run("gap", Set.of("2018", "2020"));
    assertThat(r.exit()).as(r.said()).isZero();
    Path latest = dir.resolve("gap/out/latest");
    try (Stream<Path> years = Files.list(latest.resolve("indices"))) {
      assertThat(years.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("year=")))
          .containsExactlyInAnyOrder("year=2018", "year=2020");
    }
    assertThat(latest.resolve("geojson/indices_2019.geojson")).doesNotExist();
    JsonNode summary = new ObjectMapper().readTree(latest.resolve("quality/summary.json").toFile());
    assertThat(summary.at("/years/published").toString()).isEqualTo("[2018,2020]");
    // dynamic_years 2: 2020 is compared with 2018, both delivered
    assertThat(summary.at("/years/changes").toString()).isEqualTo("[\"2018-2020\"]");
    assertThat(r.said())
        .contains("warning: no data for [2019] within 2018-2020: these years are not published");
    JsonNode manifest = new ObjectMapper().readTree(latest.resolve("manifest.json").toFile());
    assertThat(manifest.path("notes").toString()).contains("no data for [2019]");
    // the report compares 2020 with 2018, the year before it in the run, and says so
    assertThat(Files.readString(latest.resolve("report/index.html"))).contains("Seit 2018");
  }

  @Test
  void oneDeliveredYearWarnsOnceThatNoChangeCanBeComputedAndTheReportSaysWhy() throws Exception {
    Run r = run("single", Set.of("2020"));
    assertThat(r.exit()).as(r.said()).isZero();
    assertThat(r.said().lines().filter(l -> l.startsWith("warning: no change can be computed")))
        .hasSize(1);
    Path latest = dir.resolve("single/out/latest");
    JsonNode summary = new ObjectMapper().readTree(latest.resolve("quality/summary.json").toFile());
    assertThat(summary.at("/years/changes")).isEmpty();
    assertThat(Files.readString(latest.resolve("report/index.html")))
        .contains("lassen sich nicht berechnen: Die Daten umfassen nur 2020.");
  }

  @Test
  void irregularYearsCompareWithThePreviousPublishedYearWhenAskedAndSaySo() throws Exception {
    Run r =
        run(
            "previous",
            Set.of("2016", "2020", "2024"),
            "previous",
            Map.of(
                "2016",
                "2013–2016",
                "2018",
                "2017–2018",
                "2020",
                "2017–2020",
                "2024",
                "2021–2024"));
    assertThat(r.exit()).as(r.said()).isZero();
    Path latest = dir.resolve("previous/out/latest");
    JsonNode summary = new ObjectMapper().readTree(latest.resolve("quality/summary.json").toFile());
    assertThat(summary.at("/years/published").toString()).isEqualTo("[2016,2020,2024]");
    assertThat(summary.at("/years/dynamic_years").asText()).isEqualTo("previous");
    assertThat(summary.at("/years/changes").toString()).isEqualTo("[\"2016-2020\",\"2020-2024\"]");
    // each change is the value now less the value in the previous published year, by hand
    JsonNode rows =
        de.sozialraum.monitor.DuckDb.query(
            "select year, district_id, kinderarmut, kinderarmut_change, mss_status_index,"
                + " mss_status_index_change from read_parquet("
                + de.sozialraum.monitor.DuckDb.literal(latest.resolve("indices/*/*.parquet"))
                + ", hive_partitioning = true) order by district_id, year");
    int compared = 0;
    for (int i = 0; i < rows.size(); i++) {
      JsonNode now = rows.get(i);
      if (now.get("year").asInt() == 2016) {
        assertThat(now.get("kinderarmut_change").isNull()).isTrue();
        assertThat(now.get("mss_status_index_change").isNull()).isTrue();
        continue;
      }
      JsonNode before = rows.get(i - 1);
      assertThat(before.get("year").asInt()).isEqualTo(now.get("year").asInt() - 4);
      for (String c : List.of("kinderarmut", "mss_status_index")) {
        if (now.get(c).isNull() || before.get(c).isNull()) {
          continue;
        }
        assertThat(now.get(c + "_change").asDouble())
            .as(now.get("district_id") + " " + now.get("year") + " " + c)
            .isEqualTo(now.get(c).asDouble() - before.get(c).asDouble());
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(2 * 63);
    JsonNode dictionary = new ObjectMapper().readTree(latest.resolve("dictionary.json").toFile());
    assertThat(dictionary.at("/columns/kinderarmut_change/description").asText())
        .isEqualTo("Veränderung von kinderarmut gegenüber dem vorigen veröffentlichten Jahr");
    // with the default of two years, no published year has one two years before it
    // the labels: a column, the summary, the report's running line, and a label of no published
    // year named
    JsonNode periods =
        de.sozialraum.monitor.DuckDb.query(
            "select distinct year::integer as year, period from read_parquet("
                + de.sozialraum.monitor.DuckDb.literal(latest.resolve("indices/*/*.parquet"))
                + ", hive_partitioning = true) order by year");
    assertThat(periods.toString())
        .isEqualTo(
            "[{\"year\":2016,\"period\":\"2013–2016\"},{\"year\":2020,\"period\":\"2017–2020\"},"
                + "{\"year\":2024,\"period\":\"2021–2024\"}]");
    assertThat(summary.at("/years/labels/2020").asText()).isEqualTo("2017–2020");
    assertThat(Files.readString(latest.resolve("report/index.html")))
        .contains("Berichtsjahr 2024 (2021–2024), Vergleichsjahr 2020 (2017–2020)");
    assertThat(r.said())
        .contains("warning: year_labels names [2018], which the run does not publish");
    assertThat(run("fixed", Set.of("2016", "2020", "2024"), null, Map.of()).said())
        .contains("warning: no change can be computed");
  }

  private record Run(int exit, String said) {}

  /**
   * The sample with its tables cut to {@code years} (by each table's year column), the period
   * 2018–2020.
   */
  private Run run(String name, Set<String> years) throws Exception {
    return run(name, years, null, Map.of());
  }

  /**
   * @param dynamicYears {@code index.dynamic_years}, or null for the default; the period spans the
   *     years
   * @param labels {@code year_labels}
   */
  private Run run(String name, Set<String> years, String dynamicYears, Map<String, String> labels)
      throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name));
    ObjectNode c = SampleConfig.read();
    List<Integer> span = years.stream().map(Integer::valueOf).sorted().toList();
    c.putObject("years")
        .put("from", Math.min(2018, span.get(0)))
        .put("to", span.get(span.size() - 1));
    labels.forEach(c.putObject("year_labels")::put);
    if (dynamicYears != null) {
      ((ObjectNode) c.get("index")).put("dynamic_years", dynamicYears);
    }
    ((ObjectNode) c.get("index").get("presets").get("coi")).put("reference_year", 2020);
    ((ObjectNode) c.get("report")).put("pdf", false);
    c.remove("targets");
    for (JsonNode t : c.get("tables")) {
      Path source = Path.of(t.get("path").asText());
      Path cut = folder.resolve(source.getFileName());
      keepYears(
          source,
          cut,
          Charset.forName(t.path("encoding").asText("UTF-8")),
          t.path("delimiter").asText(";").charAt(0),
          t.get("year_column").asText(),
          years);
      ((ObjectNode) t).put("path", cut.toString());
    }
    Path config = SampleConfig.write(c, folder.resolve("config.yaml"));
    PrintStream err = System.err;
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    int exit;
    try (PrintStream capture = new PrintStream(said, true, StandardCharsets.UTF_8)) {
      System.setErr(capture);
      exit =
          MonitorCli.execute(
              "run", "--config", config.toString(), "--out", folder.resolve("out").toString());
    } finally {
      System.setErr(err);
    }
    return new Run(exit, said.toString(StandardCharsets.UTF_8));
  }

  private static void keepYears(
      Path source,
      Path target,
      Charset encoding,
      char delimiter,
      String yearColumn,
      Set<String> years)
      throws Exception {
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).build();
    try (Reader in = Files.newBufferedReader(source, encoding);
        Writer out = Files.newBufferedWriter(target, encoding);
        CSVPrinter printer = new CSVPrinter(out, format)) {
      int year = -1;
      for (CSVRecord rec : format.parse(in)) {
        List<String> fields = rec.toList();
        if (year < 0) {
          year =
              fields.indexOf(yearColumn) >= 0
                  ? fields.indexOf(yearColumn)
                  : fields.indexOf("\uFEFF" + yearColumn);
          printer.printRecord(fields);
        } else if (years.contains(fields.get(year))) {
          printer.printRecord(fields);
        }
      }
    }
  }
}
