package de.sozialraum.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.geodata.SharedData;
import de.sozialraum.geodata.crs.CommonCrs;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.crs.Reprojector;
import de.sozialraum.geodata.io.FeatureSources;
import de.sozialraum.geodata.io.LayerOptions;
import de.sozialraum.geodata.model.FeatureLayer;
import de.sozialraum.geodata.model.SourceFeature;
import de.sozialraum.monitor.config.ConfigLoader;
import de.sozialraum.monitor.ingest.Geography;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Geometry;

/**
 * The corpus of CRS mix-ups: every layer of the sample county (districts, school zones, building
 * blocks, offers), of Cologne (Stadtteile with their custom .prj, offers in lon/lat) and of NRW
 * (Gemeinden in lon/lat, offers in Gauß-Krüger zone 3, as the BKG ships them) declared with every
 * wrong CRS of {@link CommonCrs}, and each layer of points once in lon/lat written latitude first.
 * Every case must stop {@code run} with exit 2, name the layer's file and leave {@code latest} as
 * it was; each correct configuration must load. The checks run before Spark starts, so the whole
 * corpus takes seconds per scenario.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrsMixUpCorpusTest {

  /**
   * One configuration with one layer declared wrong; {@code file} is the layer's file name the
   * error must name.
   */
  record MixUp(String name, ObjectNode config, String file) {
    @Override
    public String toString() {
      return name;
    }
  }

  private Path dir;
  private Path out;
  private Path latestTarget;
  private final AtomicInteger refused = new AtomicInteger();

  @BeforeAll
  void publishedRunThatMustStay() throws Exception {
    dir = TestOutput.create();
    out = dir.resolve("out");
    latestTarget = Files.createDirectories(out.resolve("runs/20260101T000000Z-00000000"));
    Files.writeString(latestTarget.resolve("manifest.json"), "{}");
    Files.createSymbolicLink(out.resolve("latest"), out.relativize(latestTarget));
  }

  @AfterAll
  void removeOutputs() throws Exception {
    TestOutput.delete(dir);
  }

  Stream<MixUp> mixUps() throws Exception {
    if (dir == null) {
      publishedRunThatMustStay();
    }
    List<MixUp> all = new ArrayList<>();
    sample(all::add);
    if (Files.exists(SharedData.root().resolve("koeln_stadtteile/Stadtteil.shp"))) {
      cologne(all::add);
    }
    if (Files.exists(SharedData.root().resolve("de_vg5000_gemeinden/VG5000_GEM.shp"))) {
      nrw(all::add);
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mixUps")
  void everyMixUpStopsTheRunNamingTheLayerAndLeavesLatest(MixUp m) throws Exception {
    Path config = write(m.config(), m.name().replaceAll("[^A-Za-z0-9]+", "_") + ".yaml");
    PrintStream stderr = System.err;
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    int exit;
    try (PrintStream capture = new PrintStream(said, true, StandardCharsets.UTF_8)) {
      System.setErr(capture);
      exit =
          MonitorCli.execute(
              "run", "--config", config.toString(), "--out", out.toString(), "--force");
    } finally {
      System.setErr(stderr);
    }
    String error = said.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(error).isEqualTo(MonitorCli.INVALID);
    assertThat(error).contains("invalid input, nothing published").contains(m.file());
    assertThat(out.resolve("latest").toRealPath()).isEqualTo(latestTarget.toRealPath());
    assertThat(out.resolve(".staging")).doesNotExist();
    refused.incrementAndGet();
  }

  @Test
  void theSampleUnchangedLoadsAndTheNeighbouringZoneIsNamedWithTheRightOne() throws Exception {
    ObjectNode c = SampleConfig.read();
    assertThat(Geography.load(ConfigLoader.load(write(c, "sample.yaml"))).districts().districts())
        .hasSize(63);
    ((ObjectNode) c.get("geometry")).put("crs", "EPSG:25833");
    assertThat(MonitorCli.execute("validate", "--config", write(c, "sample-25833.yaml").toString()))
        .isEqualTo(MonitorCli.INVALID);
    try {
      Geography.load(ConfigLoader.load(write(c, "sample-25833.yaml")));
    } catch (de.sozialraum.monitor.stage.InputException e) {
      assertThat(e.problems())
          .singleElement()
          .asString()
          .startsWith("sozialraeume.geojson (geometry)")
          .contains("It looks like EPSG:25832");
      return;
    }
    throw new AssertionError("the districts declared as EPSG:25833 were accepted");
  }

  @Test
  void cologneAndNrwAsDeliveredLoad() throws Exception {
    List<MixUp> none = new ArrayList<>();
    ObjectNode cologne = cologne(none::add);
    assertThat(
            Geography.load(ConfigLoader.load(write(cologne, "koeln.yaml"))).districts().districts())
        .hasSize(86);
    ObjectNode nrw = nrw(none::add);
    assertThat(Geography.load(ConfigLoader.load(write(nrw, "nrw.yaml"))).districts().districts())
        .hasSize(396);
  }

  /**
   * The BKG's 401 Kreise as shipped (Gauß-Krüger zone 3, 5.9–15.0° E in a zone of 7.5–10.5° E) with
   * the RKI's GISD.
   */
  @Test
  void germanyWideKreiseRunInGaussKruegerZone3WithoutReprojection() throws Exception {
    Path shp = SharedData.require("de_vg5000_gemeinden/VG5000_KRS.shp");
    Path gisd = SharedData.require("gisd_rki/GISD_Bund_Kreis_2025.csv");
    ObjectNode c =
        (ObjectNode)
            SampleConfig.YAML.readTree(
                """
        title: "Kreise Deutschlands (BKG VG5000 wie geliefert, RKI GISD)"
        working_crs: EPSG:31467
        years: {from: 2020, to: 2021}
        geometry: {path: "%s", id_field: AGS, name_field: GEN}
        tables: [{id: gisd, path: "%s", delimiter: ",", decimal: ".", district_column: kreis_id, year_column: year,
                  columns: {gisd_score: gisd_score, gisd_k: gisd_k}}]
        population: {variable: gisd_k}
        validity: {min_population: 0}
        indicators: [{id: gisd, label: GISD, value: gisd_score, direction: higher_is_worse, domain: d}]
        index: {presets: {mss: {status: [gisd], dynamic: [gisd]}}}
        report: {enabled: false}
        """
                    .formatted(shp, gisd));
    Path kreise = dir.resolve("kreise");
    assertThat(
            MonitorCli.execute(
                "run", "--config", write(c, "kreise.yaml").toString(), "--out", kreise.toString()))
        .isZero();
    JsonNode summary =
        SampleConfig.YAML.readTree(kreise.resolve("latest/quality/summary.json").toFile());
    assertThat(summary.at("/geometry/source_crs").asText()).isEqualTo("EPSG:31467");
    assertThat(summary.at("/geometry/working_crs").asText()).isEqualTo("EPSG:31467");
    // SOURCE.txt: 401 Kreise; the GISD table has 400 of them (one Kreis without data is reported,
    // not dropped)
    assertThat(summary.at("/geometry/districts_used").asInt()).isEqualTo(401);
    assertThat(summary.at("/geometry/rejected").asInt()).isZero();
  }

  @Test
  void northAmericaInAGermanWorkingCrsStopsTheRunWithTheZoneThatFits() throws Exception {
    // four Kansas counties' worth of lon/lat squares around 97° W, 38.5° N: UTM zone 14N,
    // EPSG:32614
    StringBuilder features = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      double x = -98 + 0.5 * i;
      features
          .append(i == 0 ? "" : ",")
          .append(
              String.format(
                  Locale.ROOT,
                  "{\"type\":\"Feature\",\"properties\":{\"id\":\"%d\","
                      + "\"name\":\"County %d\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%f,38],[%f,38],[%f,39],[%f,39],[%f,38]]]}}",
                  i,
                  i,
                  x,
                  x + 0.5,
                  x + 0.5,
                  x,
                  x));
    }
    Path counties =
        Files.writeString(
            dir.resolve("counties.geojson"),
            "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}");
    ObjectNode c = minimal("Kansas (CRS-Korpus)", counties, "id", "name");
    PrintStream stderr = System.err;
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(said, true, StandardCharsets.UTF_8)) {
      System.setErr(capture);
      assertThat(
              MonitorCli.execute(
                  "run",
                  "--config",
                  write(c, "kansas.yaml").toString(),
                  "--out",
                  out.toString(),
                  "--force"))
          .isEqualTo(MonitorCli.INVALID);
    } finally {
      System.setErr(stderr);
    }
    assertThat(said.toString(StandardCharsets.UTF_8))
        .contains("counties.geojson")
        .contains("working CRS EPSG:25832 does not fit the data")
        .contains("working_crs: EPSG:32614");
    assertThat(out.resolve("latest").toRealPath()).isEqualTo(latestTarget.toRealPath());
  }

  @AfterAll
  void reportTheCorpusSize() {
    System.out.println("CRS mix-up corpus: " + refused.get() + " cases refused with exit 2");
  }

  // --- the scenarios
  // -------------------------------------------------------------------------------------------

  /** The sample: four layers, all in EPSG:25832. */
  private ObjectNode sample(Consumer<MixUp> add) throws Exception {
    ObjectNode c = SampleConfig.read();
    ObjectNode zoning = (ObjectNode) c.get("tables").get(4).get("zoning");
    wrongDeclarations(add, "sample", c, "geometry", "sozialraeume.geojson", 25832);
    wrongDeclarations(add, "sample", c, "tables/4/zoning", "grundschulbezirke.geojson", 25832);
    wrongDeclarations(add, "sample", c, "tables/4/zoning/population", "baubloecke.csv", 25832);
    wrongDeclarations(add, "sample", c, "supply", "angebote.csv", 25832);
    assertThat(zoning.get("path").asText()).endsWith("grundschulbezirke.geojson");
    ObjectNode swapped = c.deepCopy();
    Path latFirst =
        pointsLatitudeFirst(
            Path.of(c.at("/supply/path").asText()), "EPSG:25832", "angebote-lat-lon.csv");
    ((ObjectNode) swapped.get("supply")).put("path", latFirst.toString()).put("crs", "EPSG:4326");
    add.accept(
        new MixUp("sample supply lon/lat with latitude first", swapped, "angebote-lat-lon.csv"));
    return c;
  }

  /** Cologne: the Stadtteile in their custom UTM (.prj) and offers at their centres in lon/lat. */
  private ObjectNode cologne(Consumer<MixUp> add) throws Exception {
    Path shp = SharedData.require("koeln_stadtteile/Stadtteil.shp");
    Path offers =
        centresAsOffers(
            SharedData.require("koeln_stadtteile/koeln_stadtteile_wgs84.geojson"),
            "STT_NR",
            "EPSG:4326",
            "koeln-angebote.csv");
    ObjectNode c = minimal("Köln (CRS-Korpus)", shp, "STT_NR", "STT_NAME");
    c.putObject("supply")
        .put("path", offers.toString())
        .put("format", "wkt-csv")
        .put("crs", "EPSG:4326")
        .put("id_field", "id")
        .put("type_field", "typ")
        .put("phase_field", "phase");
    wrongDeclarations(add, "cologne", c, "geometry", "Stadtteil.shp", -1);
    wrongDeclarations(add, "cologne", c, "supply", "koeln-angebote.csv", 4326);
    ObjectNode swapped = c.deepCopy();
    ((ObjectNode) swapped.get("supply"))
        .put("path", pointsLatitudeFirst(offers, "EPSG:4326", "koeln-lat-lon.csv").toString());
    add.accept(
        new MixUp("cologne supply lon/lat with latitude first", swapped, "koeln-lat-lon.csv"));
    return c;
  }

  /**
   * NRW: the 396 Gemeinden in lon/lat (RFC 7946) and offers at their centres in Gauß-Krüger zone 3
   * (VG5000 as shipped).
   */
  private ObjectNode nrw(Consumer<MixUp> add) throws Exception {
    Path gemeinden =
        SharedData.require("de_vg5000_gemeinden/nrw_gemeinden_vg5000_2021_wgs84.geojson");
    Path offers =
        centresAsOffers(
            SharedData.require("de_vg5000_gemeinden/VG5000_GEM.shp"),
            "AGS",
            null,
            "nrw-angebote.csv");
    ObjectNode c = minimal("NRW (CRS-Korpus)", gemeinden, "AGS", "GEN");
    c.putObject("supply")
        .put("path", offers.toString())
        .put("format", "wkt-csv")
        .put("crs", "EPSG:31467")
        .put("id_field", "id")
        .put("type_field", "typ")
        .put("phase_field", "phase");
    wrongDeclarations(add, "nrw", c, "geometry", "nrw_gemeinden_vg5000_2021_wgs84.geojson", 4326);
    wrongDeclarations(add, "nrw", c, "supply", "nrw-angebote.csv", 31467);
    ObjectNode swapped = c.deepCopy();
    ((ObjectNode) swapped.get("supply"))
        .put("path", pointsLatitudeFirst(offers, "EPSG:31467", "nrw-lat-lon.csv").toString())
        .put("crs", "EPSG:4326");
    add.accept(new MixUp("nrw supply lon/lat with latitude first", swapped, "nrw-lat-lon.csv"));
    return c;
  }

  /**
   * One mix-up per common CRS other than the layer's own ({@code correct}; −1 for a custom
   * definition).
   */
  private static void wrongDeclarations(
      Consumer<MixUp> add,
      String scenario,
      ObjectNode config,
      String layer,
      String file,
      int correct) {
    for (int code : CommonCrs.CODES) {
      if (code == correct) {
        continue;
      }
      ObjectNode c = config.deepCopy();
      ((ObjectNode) c.at("/" + layer)).put("crs", "EPSG:" + code);
      add.accept(new MixUp(scenario + " " + layer + " declared EPSG:" + code, c, file));
    }
  }

  // --- fixtures made from the real data at test time (never stored in the repository)
  // -------------------------

  /**
   * A configuration of just the districts and a table: the corpus stops before any table is read.
   */
  private ObjectNode minimal(String title, Path districts, String idField, String nameField)
      throws Exception {
    return (ObjectNode)
        SampleConfig.YAML.readTree(
            """
        title: "%s"
        geometry: {path: "%s", id_field: %s, name_field: %s}
        tables: [{id: t, path: "%s", district_column: d, year_column: y, columns: {ew: ew}}]
        population: {variable: ew}
        indicators: [{id: x, label: x, value: ew, direction: higher_is_worse}]
        index: {presets: {mss: {status: [x], dynamic: [x]}}}
        """
                .formatted(title, districts, idField, nameField, table()));
  }

  /** A table the configurations need to be valid; the corpus stops before any table is read. */
  private Path table() throws Exception {
    Path t = dir.resolve("tabelle.csv");
    if (!Files.exists(t)) {
      Files.writeString(t, "d;y;ew\n1;2020;1000\n");
    }
    return t;
  }

  /**
   * Offers at each feature's interior point, in the layer's own CRS (NRW: only the Gemeinden with
   * AGS 05…).
   */
  private Path centresAsOffers(Path layerFile, String idField, String crs, String name)
      throws Exception {
    FeatureLayer layer =
        FeatureSources.read(
            layerFile,
            null,
            crs == null ? LayerOptions.defaults() : LayerOptions.defaults().withCrs(crs));
    StringBuilder csv = new StringBuilder("id;typ;phase;wkt\n");
    int n = 0;
    for (SourceFeature f : layer.features()) {
      String id = f.text(idField);
      if (f.geometry() == null || id == null || (name.startsWith("nrw") && !id.startsWith("05"))) {
        continue;
      }
      csv.append("A")
          .append(++n)
          .append(";Kita;kita;")
          .append(f.geometry().getInteriorPoint().toText())
          .append('\n');
    }
    return Files.writeString(dir.resolve(name), csv);
  }

  /**
   * The offers of a WKT CSV in lon/lat, written latitude first (the axis order EPSG:4326 officially
   * has).
   */
  private Path pointsLatitudeFirst(Path offers, String crs, String name) throws Exception {
    FeatureLayer layer =
        FeatureSources.read(offers, "wkt-csv", LayerOptions.defaults().withCrs(crs));
    Reprojector toLonLat = new Reprojector(layer.crs(), CrsResolver.wgs84LonLat());
    StringBuilder csv =
        new StringBuilder(
                String.join(";", layer.fields().stream().filter(f -> !f.equals("wkt")).toList()))
            .append(";wkt\n");
    for (SourceFeature f : layer.features()) {
      Geometry p = toLonLat.apply(f.geometry());
      for (String field : layer.fields()) {
        if (!field.equals("wkt")) {
          csv.append(f.text(field)).append(';');
        }
      }
      csv.append(
          String.format(
              Locale.ROOT, "POINT (%.7f %.7f)%n", p.getCoordinate().y, p.getCoordinate().x));
    }
    return Files.writeString(dir.resolve(name), csv);
  }

  private Path write(ObjectNode config, String name) throws Exception {
    return SampleConfig.write(config, dir.resolve(name));
  }
}
