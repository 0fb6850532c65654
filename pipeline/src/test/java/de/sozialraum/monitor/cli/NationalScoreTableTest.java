package de.sozialraum.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.geodata.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The RKI's GISD table of the 400 Kreise (../shared/data, CC BY 4.0) with the BKG's VG5000 Kreise
 * as shipped (Gauß-Krüger zone 3): a national table of scores with no population, open data, as a
 * spreadsheet re-saves it: the ids of the Länder 01 to 09 have lost their leading zero (01001 →
 * 1001). It runs with the ids padded back ({@code district_id_width: 5}), no disclosure and nothing
 * fed in for the residents, and its score in deciles are the RKI's own published deciles ({@code
 * gisd_10}) in every year. The same table with no geometry at all, its Kreise taken from its own
 * ids, gives the same deciles.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalScoreTableTest {

  private static final List<Integer> YEARS = List.of(2019, 2020, 2021);

  private Path table;
  private long stripped;
  private Path latest;
  private int exit;
  private Path tableOnly;
  private int tableOnlyExit;

  @BeforeAll
  void run(@TempDir Path dir) throws Exception {
    table = SharedData.require("gisd_rki/GISD_Bund_Kreis_2025.csv");
    Path kreise = SharedData.require("de_vg5000_gemeinden/VG5000_KRS.shp");
    ObjectNode c = SampleConfig.YAML.createObjectNode();
    c.put("title", "GISD der Kreise (RKI)");
    c.putObject("years").put("from", YEARS.get(0)).put("to", YEARS.get(YEARS.size() - 1));
    c.putObject("geometry")
        .put("path", kreise.toString())
        .put("id_field", "AGS")
        .put("name_field", "GEN");
    ObjectNode t = c.putArray("tables").addObject();
    List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
    List<String> resaved = new java.util.ArrayList<>(List.of(lines.get(0)));
    lines.stream().skip(1).map(l -> l.replaceFirst("^0+", "")).forEach(resaved::add);
    stripped = lines.stream().filter(l -> l.startsWith("0")).count();
    Path spreadsheet = Files.write(dir.resolve("gisd_kreise.csv"), resaved);
    t.put("id", "gisd").put("path", spreadsheet.toString()).put("delimiter", ",");
    t.put("decimal", ".").put("district_column", "kreis_id").put("district_id_width", 5);
    t.put("year_column", "year");
    t.putObject("columns").put("gisd_score", "gisd_score");
    t.putObject("ranges").putObject("gisd_score").put("min", 0).put("max", 1);
    c.putArray("indicators")
        .addObject()
        .put("id", "gisd")
        .put("label", "German Index of Socioeconomic Deprivation")
        .put("value", "gisd_score")
        .put("unit", "none")
        .put("direction", "higher_is_worse");
    c.putObject("index").putObject("presets").putObject("mss").putArray("status").add("gisd");
    c.putObject("classification")
        .putObject("default")
        .put("method", "quantiles")
        .put("classes", 10);
    c.put("disclosure", false);
    c.putObject("spatial").put("statistics", false);
    c.putObject("report").put("enabled", false);
    Path config = SampleConfig.write(c, dir.resolve("gisd.yaml"));
    exit =
        MonitorCli.execute(
            "run", "--config", config.toString(), "--out", dir.resolve("out").toString());
    latest = dir.resolve("out/latest");
    c.remove("geometry");
    Path withoutGeometry = SampleConfig.write(c, dir.resolve("gisd-ohne-geometrie.yaml"));
    tableOnlyExit =
        MonitorCli.execute(
            "run",
            "--config",
            withoutGeometry.toString(),
            "--out",
            dir.resolve("out-tabelle").toString());
    tableOnly = dir.resolve("out-tabelle/latest");
  }

  @Test
  void theScoresDecilesAreTheRkisPublishedDecilesEveryYear() throws Exception {
    assertThat(exit).isZero();
    Map<String, String> rki = rkiDeciles();
    for (int year : YEARS) {
      int compared = 0;
      for (Map<String, String> row : published(latest, year)) {
        String expected = rki.get(year + " " + row.get("district_id"));
        if (expected == null) {
          // a Kreis of the geometry the table does not have (Eisenach, part of the Wartburgkreis
          // in the RKI's boundaries): no data, no class, nothing invented
          assertThat(row.get("validity")).isEqualTo("no_data");
          assertThat(row.get("gisd_class")).isEmpty();
        } else {
          assertThat(row.get("validity")).isEqualTo("valid");
          assertThat(row.get("gisd_class"))
              .as(year + " " + row.get("district_id"))
              .isEqualTo(expected);
          compared++;
        }
      }
      assertThat(compared).as("Kreise compared in %d", year).isEqualTo(400);
    }
    assertThat(stripped).as("records whose id lost its leading zero").isGreaterThan(1000);
  }

  @Test
  void noPopulationIsPublishedOrUsedAndTheRunSaysSo() throws Exception {
    assertThat(exit).isZero();
    for (int year : YEARS) {
      assertThat(published(latest, year))
          .allSatisfy(r -> assertThat(r.get("population")).isEmpty());
    }
    JsonNode manifest = new ObjectMapper().readTree(latest.resolve("manifest.json").toFile());
    assertThat(manifest.path("notes").toString())
        .contains(
            "no population in the delivery (population.variable): the minimum-population rule is off");
    JsonNode summary = new ObjectMapper().readTree(latest.resolve("quality/summary.json").toFile());
    assertThat(summary.at("/validity_rules/min_population").asInt()).isZero();
    JsonNode dictionary = new ObjectMapper().readTree(latest.resolve("dictionary.json").toFile());
    assertThat(dictionary.at("/columns/gisd").has("unit")).isFalse();
  }

  @Test
  void withoutGeometryTheKreiseComeFromTheTablesIdsWithTheSameDeciles() throws Exception {
    assertThat(tableOnlyExit).isZero();
    Map<String, String> rki = rkiDeciles();
    for (int year : YEARS) {
      List<Map<String, String>> rows = published(tableOnly, year);
      assertThat(rows).hasSize(400);
      for (Map<String, String> row : rows) {
        assertThat(row.get("district_name")).isEqualTo(row.get("district_id"));
        assertThat(row.get("gisd_class"))
            .as(year + " " + row.get("district_id"))
            .isEqualTo(rki.get(year + " " + row.get("district_id")));
      }
    }
    assertThat(tableOnly.resolve("indices_geo.parquet")).doesNotExist();
    assertThat(tableOnly.resolve("geojson")).doesNotExist();
    JsonNode summary =
        new ObjectMapper().readTree(tableOnly.resolve("quality/summary.json").toFile());
    assertThat(summary.at("/geometry/working_crs").isNull()).isTrue();
  }

  /** The RKI's published decile ({@code gisd_10}) by year and Kreis, "2020 01001". */
  private Map<String, String> rkiDeciles() throws Exception {
    Map<String, String> rki = new HashMap<>();
    try (var in = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
        rki.put(r.get("year") + " " + r.get("kreis_id"), r.get("gisd_10"));
      }
    }
    return rki;
  }

  /** A year's spreadsheet CSV (with the byte-order mark spreadsheets want) as rows. */
  private static List<Map<String, String>> published(Path latest, int year) throws Exception {
    String text =
        Files.readString(latest.resolve("csv/indices_" + year + ".csv"), StandardCharsets.UTF_8)
            .replaceFirst("^\uFEFF", "");
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(';')
        .setHeader()
        .setSkipHeaderRecord(true)
        .build()
        .parse(new java.io.StringReader(text))
        .getRecords()
        .stream()
        .map(CSVRecord::toMap)
        .toList();
  }
}
