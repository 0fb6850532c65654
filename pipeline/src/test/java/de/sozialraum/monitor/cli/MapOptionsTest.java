package de.sozialraum.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.monitor.numerics.classify.Palette;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Options users look for, in one sample run end to end (one run keeps the suite short): child
 * poverty in deciles (quantiles, 10 classes) and the PCA index in ventiles (20 n-tiles), more map
 * classes than ColorBrewer defines; {@code spatial.statistics: false}, no Moran's I, LISA or Gi*
 * while the neighbours still serve the spatial smoothing; and every layer in a plane of no known
 * CRS ({@code crs: planar}, {@link PlanarCopy}), as a study's own coordinates come; and the
 * profiles as a booklet per town ({@code report.profiles: books}), as a city's report has them; and
 * a report of chosen chapters with the further indices in an annex.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapOptionsTest {

  private Path latest;

  @BeforeAll
  void run(@TempDir Path dir) throws Exception {
    ObjectNode c = SampleConfig.read();
    ((ObjectNode) c.get("classification").get("variables"))
        .putObject("kinderarmut")
        .put("method", "quantiles")
        .put("classes", 10);
    ((ObjectNode) c.get("index").get("presets").get("pca")).put("ntiles", 20);
    ((ObjectNode) c.get("spatial")).put("statistics", false);
    ((ObjectNode) c.with("validity")).put("min_population", 0);
    ObjectNode report = (ObjectNode) c.get("report");
    report.put("pdf", false).put("profiles", "books").put("indices", "annex");
    report.putArray("chapters").add("gesamtindex").add("zusammenfassung").add("angebote");
    report.putArray("presets").add("imd").add("svi");
    PlanarCopy.of(c, Files.createDirectories(dir.resolve("plane")));
    Path config = SampleConfig.write(c, dir.resolve("config.yaml"));
    int exit =
        MonitorCli.execute(
            "run", "--config", config.toString(), "--out", dir.resolve("out").toString());
    assertThat(exit).isZero();
    latest = dir.resolve("out/latest");
  }

  @Test
  void theReportHasTheChosenChaptersInOrderAndTheChosenIndicesInTheLastAnnex() throws Exception {
    String report = Files.readString(latest.resolve("report/index.html"), StandardCharsets.UTF_8);
    List<String> sections =
        Pattern.compile("<section class=\"kapitel\" id=\"([^\"]+)\"")
            .matcher(report)
            .results()
            .map(m -> m.group(1))
            .toList();
    // the foreword and the profiles' chapter stand in every report, the annexes follow
    assertThat(sections)
        .containsExactly(
            "vorwort",
            "gesamtindex",
            "zusammenfassung",
            "angebote",
            "profile",
            "methodik",
            "datenqualitaet",
            "woerterbuch",
            "quellen",
            "indizes");
    String annex = report.substring(report.indexOf("<section class=\"kapitel\" id=\"indizes\""));
    assertThat(annex).contains("Anhang E: Weitere Indizes im Vergleich");
    assertThat(annex.indexOf("id=\"karte-imd_decile\""))
        .isPositive()
        .isLessThan(annex.indexOf("id=\"karte-svi_class\""));
    assertThat(report)
        .doesNotContain("id=\"karte-coi_level\"")
        .doesNotContain("id=\"karte-pca_ntile\"");
  }

  @Test
  void theProfilesAreABookletPerTownThatTheReportLinksAndTheManifestLists() throws Exception {
    String report = Files.readString(latest.resolve("report/index.html"), StandardCharsets.UTF_8);
    assertThat(report).doesNotContain("<section class=\"profil\"");
    List<String> links =
        Pattern.compile("<a href=\"(steckbriefe/[^\"]+\\.html)\">")
            .matcher(report)
            .results()
            .map(m -> m.group(1))
            .toList();
    // the sample's 10 towns
    assertThat(links).hasSize(10).contains("steckbriefe/05978004.html");
    Map<String, Integer> profiles = new TreeMap<>();
    for (String link : links) {
      String book =
          Files.readString(latest.resolve("report").resolve(link), StandardCharsets.UTF_8);
      Matcher m = Pattern.compile("<section class=\"profil\" id=\"profil-(\\d+)\"").matcher(book);
      while (m.find()) {
        // a district's profile is in its own town's booklet: the AGS is its id's first 8 digits
        assertThat(link).contains(m.group(1).substring(0, 8));
        profiles.merge(m.group(1), 1, Integer::sum);
      }
    }
    assertThat(profiles).hasSize(63).allSatisfy((id, n) -> assertThat(n).isOne());
    assertThat(Files.readString(latest.resolve("manifest.json")))
        .contains("\"report/steckbriefe/05978004.html\"");
    // plane coordinates of unknown units: a north arrow, but no scale bar
    assertThat(report).contains("class=\"nordpfeil\"").doesNotContain("class=\"massstab\"");
  }

  @Test
  void everyDecileIsPublishedWithItsColourInTheTableAndTheStyle() throws Exception {
    Map<Integer, String> colours = classColours("kinderarmut_class");
    assertThat(colours.keySet()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    List<String> ten = Palette.sequential(10);
    colours.forEach((code, colour) -> assertThat(colour).isEqualTo(ten.get(code - 1)));
    assertThat(styleColours("styles/kinderarmut_class_2020.qml"))
        .containsExactlyElementsOf(withNoClass(ten));
  }

  @Test
  void everyVentileIsPublishedWithItsColourInTheTableAndTheStyle() throws Exception {
    Map<Integer, String> colours = classColours("pca_ntile");
    assertThat(colours).hasSize(20);
    List<String> twenty = Palette.sequential(20);
    colours.forEach((code, colour) -> assertThat(colour).isEqualTo(twenty.get(code - 1)));
    assertThat(styleColours("styles/pca_ntile.qml")).containsExactlyElementsOf(withNoClass(twenty));
  }

  @Test
  void withoutAMinimumPopulationEveryDistrictWithAPopulationIsValidInEveryYear() throws Exception {
    com.fasterxml.jackson.databind.JsonNode summary =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(latest.resolve("quality/summary.json").toFile());
    assertThat(summary.at("/validity_rules/min_population").asInt()).isZero();
    // the sample's 63 social spaces all have residents in every year; with the default 300, three
    // small ones are not valid (SampleRunTest)
    for (int year = 2016; year <= 2024; year++) {
      assertThat(summary.at("/validity_by_year/" + year).toString())
          .as("validity in %d", year)
          .isEqualTo("{\"valid\":63}");
    }
    assertThat(Files.readString(latest.resolve("report/index.html")))
        .contains("Gültigkeit: ohne Mindestzahl an Einwohnerinnen und Einwohnern");
  }

  private static List<String> withNoClass(List<String> colours) {
    List<String> out = new java.util.ArrayList<>(colours);
    out.add(Palette.NO_CLASS);
    return out;
  }

  @Test
  void aRunWithoutSpatialStatisticsPublishesNoneAndTheReportSaysTheyAreOff() throws Exception {

    List<String> header =
        List.of(
            Files.readAllLines(latest.resolve("csv/indices_2020.csv"), StandardCharsets.UTF_8)
                .get(0)
                .split(";"));
    assertThat(header)
        .noneMatch(h -> h.matches(".*_(lisa_i|lisa_p|lisa_cluster|gi_star_z|hotspot)"));
    // the smoothing still uses the neighbours
    assertThat(header).contains("kinderarmut_eb_spatial");
    assertThat(latest.resolve("spatial/neighbours.gal")).exists();
    // Moran's I: the header, no rows
    assertThat(Files.readAllLines(latest.resolve("csv/moran.csv"), StandardCharsets.UTF_8))
        .hasSize(1);
    try (Stream<Path> styles = Files.list(latest.resolve("styles"))) {
      assertThat(styles.map(p -> p.getFileName().toString()))
          .isNotEmpty()
          .noneMatch(n -> n.contains("lisa_cluster") || n.contains("hotspot"));
    }
    String report = Files.readString(latest.resolve("report/index.html"));
    assertThat(report)
        .contains("Räumliche Statistik (Moran&#39;s I, LISA, Gi*): nicht berechnet")
        .doesNotContain("LISA-Cluster");
  }

  @Test
  void planarDataKeepTheirPlaneAndPublishNoCrsTheyDidNotHave() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    assertThat(
            json.readTree(latest.resolve("quality/summary.json").toFile())
                .at("/geometry/working_crs")
                .asText())
        .isEqualTo("planar");
    // neighbours from shared boundaries do not move with the plane: the sample's own GAL
    assertThat(galLinks(latest.resolve("spatial/neighbours.gal")))
        .isEqualTo(
            galLinks(
                de.sozialraum.monitor.RepoPaths.of(
                    "samples/kreis-unna/geometrie/nachbarschaften.gal")));
    // GeoJSON is longitude and latitude: not written, and said so
    assertThat(latest.resolve("geojson")).doesNotExist();
    assertThat(latest.resolve("csv/angebote.csv")).exists();
    String notes = json.readTree(latest.resolve("manifest.json").toFile()).path("notes").toString();
    assertThat(notes)
        .contains(
            "geojson/indices_<year>.geojson not written: the districts are in a plane of no known CRS")
        .contains("geojson/angebote.geojson not written");
    // GeoParquet states an unknown CRS as null (GeoParquet 1.1, "crs"), and the bbox is the plane's
    com.fasterxml.jackson.databind.JsonNode geo =
        json.readTree(
            de.sozialraum.monitor.DuckDb.query(
                    "select decode(value) as v from parquet_kv_metadata("
                        + de.sozialraum.monitor.DuckDb.literal(
                            latest.resolve("indices_geo.parquet"))
                        + ") where decode(key) = 'geo'")
                .get(0)
                .get("v")
                .asText());
    com.fasterxml.jackson.databind.JsonNode column = geo.at("/columns/geometry");
    assertThat(column.has("crs")).isTrue();
    assertThat(column.get("crs").isNull()).isTrue();
    assertThat(column.at("/bbox/2").asDouble()).isLessThan(100_000);
  }

  /** The neighbour lines of a GAL file (its header names the layer). */
  private static List<String> galLinks(Path gal) throws Exception {
    List<String> lines = Files.readAllLines(gal, StandardCharsets.UTF_8);
    return lines.subList(1, lines.size());
  }

  /** Class code → colour as csv/indices_2020.csv publishes them (each code one colour). */
  private Map<Integer, String> classColours(String column) throws Exception {
    Map<Integer, String> out = new TreeMap<>();
    try (Reader in =
        Files.newBufferedReader(latest.resolve("csv/indices_2020.csv"), StandardCharsets.UTF_8)) {
      in.skip(1); // the BOM
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().build().parse(in)) {
        if (!r.get(column).isEmpty()) {
          String before = out.put(Integer.parseInt(r.get(column)), r.get(column + "_colour"));
          assertThat(before).isIn(null, r.get(column + "_colour"));
        }
      }
    }
    return out;
  }

  /** The fill colour of each symbol of a QGIS style, in order (the no-class symbol last). */
  private List<String> styleColours(String style) throws Exception {
    String qml = Files.readString(latest.resolve(style));
    Pattern colour = Pattern.compile("name=\"color\" value=\"(\\d+),(\\d+),(\\d+),255\"");
    List<String> out = new java.util.ArrayList<>();
    String[] symbols = qml.substring(qml.indexOf("<symbols>")).split("<symbol ");
    for (int i = 1; i < symbols.length; i++) {
      // a symbol's first layer is its fill; the no-class symbol's second is the hatching
      Matcher m = colour.matcher(symbols[i]);
      assertThat(m.find()).as("a colour in symbol %d of %s", i - 1, style).isTrue();
      out.add(
          String.format(
              "#%02x%02x%02x",
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    }
    return out;
  }
}
