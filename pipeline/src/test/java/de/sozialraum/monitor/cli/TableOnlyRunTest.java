package de.sozialraum.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.geodata.io.DistrictList;
import de.sozialraum.monitor.DuckDb;
import de.sozialraum.monitor.RepoPaths;
import de.sozialraum.monitor.config.ConfigLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs without district boundaries (config/examples/ohne-geometrie.yaml): the sample's tables with
 * the districts from a plain list, or from the tables' ids alone. What needs no boundaries is
 * published exactly as by the same run with the sample's geometry; what needs them is left out and
 * said so, and nothing stands in for the missing geometry.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableOnlyRunTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Path dir;
  private Path listed;
  private Path mapped;
  private Path fromIds;

  @BeforeAll
  void runTheExampleWithAListWithGeometryAndWithNeither() throws Exception {
    DuckDb.assumeInstalled();
    dir = TestOutput.create();
    Path example = RepoPaths.of("config/examples/ohne-geometrie.yaml");
    ObjectNode c = (ObjectNode) SampleConfig.YAML.readTree(example.toFile());
    absolute(c, example.getParent());
    listed = run(c, "liste");
    ObjectNode withGeometry = c.deepCopy();
    withGeometry.remove("districts");
    withGeometry.set("geometry", SampleConfig.read().get("geometry"));
    withGeometry.putObject("spatial").put("statistics", false);
    mapped = run(withGeometry, "geometrie");
    ObjectNode neither = c.deepCopy();
    neither.remove("districts");
    fromIds = run(neither, "kennungen");
  }

  @AfterAll
  void removeOutputs() throws Exception {
    if (dir != null) {
      TestOutput.delete(dir);
    }
  }

  private Path run(ObjectNode config, String name) throws Exception {
    Path file = SampleConfig.write(config, dir.resolve(name + ".yaml"));
    Path out = dir.resolve(name);
    assertThat(MonitorCli.execute("run", "--config", file.toString(), "--out", out.toString()))
        .as(name)
        .isZero();
    return out.resolve("latest");
  }

  private static void absolute(JsonNode node, Path base) {
    if (node instanceof ObjectNode o && o.has("path")) {
      o.put("path", base.resolve(o.get("path").asText()).normalize().toString());
    }
    node.forEach(child -> absolute(child, base));
  }

  private static List<String> columns(Path run) throws Exception {
    List<String> out = new ArrayList<>();
    DuckDb.query(
            "select column_name from (describe select * from read_parquet("
                + DuckDb.literal(run.resolve("indices/*/*.parquet"))
                + "))")
        .forEach(r -> out.add(r.get("column_name").asText()));
    return out;
  }

  @Test
  void aDistrictListPublishesEveryValueTheRunWithGeometryPublishes() throws Exception {
    assertThat(DuckDb.differingColumns(listed, mapped)).isEmpty();
    assertThat(
            DuckDb.query(
                    "select count(*)::integer as n from read_parquet("
                        + DuckDb.literal(listed.resolve("indices/*/*.parquet"))
                        + ")")
                .get(0)
                .get("n")
                .asInt())
        .isEqualTo(63 * 9);
    // only the spatially smoothed rates are missing: they need neighbours
    List<String> withGeometry = columns(mapped);
    withGeometry.removeAll(columns(listed));
    assertThat(withGeometry)
        .containsExactly(
            "kinderarmut_eb_spatial", "sgb2_elb_quote_eb_spatial", "arbeitslosigkeit_eb_spatial");
  }

  @Test
  void whatNeedsBoundariesIsLeftOutAndTheManifestAndReportSaySo() throws Exception {
    for (String absent :
        List.of("indices_geo.parquet", "geojson", "styles", "gis", "spatial/neighbours.gal")) {
      assertThat(listed.resolve(absent)).as(absent).doesNotExist();
      assertThat(mapped.resolve(absent.equals("spatial/neighbours.gal") ? "styles" : absent))
          .exists();
    }
    String notes = JSON.readTree(listed.resolve("manifest.json").toFile()).path("notes").toString();
    assertThat(notes)
        .contains("indices_geo.parquet not written: the districts have no geometry")
        .contains("geojson/indices_<year>.geojson not written: the districts have no geometry")
        .contains("styles/ (QGIS styles of the district layers) not written")
        .contains("gis/ (GeoPackage and QGIS project) not written: the districts have no geometry")
        .contains("spatial/neighbours.gal and .gwt not written: spatial.neighbours is none");
    JsonNode geometry =
        JSON.readTree(listed.resolve("quality/summary.json").toFile()).path("geometry");
    assertThat(geometry.path("source").asText()).isEqualTo("sozialraeume_liste.csv");
    assertThat(geometry.path("working_crs").isNull()).isTrue();
    assertThat(geometry.path("districts_used").asInt()).isEqualTo(63);
    String report = Files.readString(listed.resolve("report/index.html"), StandardCharsets.UTF_8);
    int figures = report.split("<figure class=\"karte\"", -1).length - 1;
    assertThat(figures).isPositive();
    assertThat(report.split("class=\"ohne-karte\"", -1).length - 1).isEqualTo(figures);
    // a map's SVG carries class="karte" (the figure's as well); a profile's locator map its figure
    assertThat(report.split("class=\"karte\"", -1).length - 1).isEqualTo(figures);
    assertThat(report).doesNotContain("<figure class=\"lagekarte\"");
    assertThat(report).contains("Ohne Geometrie: Für die Sozialräume liegen keine Grenzen vor");
  }

  @Test
  void withoutAListEveryIdTheTablesNameIsADistrictNamedByItsId() throws Exception {
    JsonNode rows =
        DuckDb.query(
            "select distinct district_id, district_name, municipality_id from read_parquet("
                + DuckDb.literal(fromIds.resolve("indices/*/*.parquet"))
                + ")");
    assertThat(rows).hasSize(63);
    rows.forEach(
        r -> {
          assertThat(r.get("district_name").asText()).isEqualTo(r.get("district_id").asText());
          assertThat(r.get("municipality_id").isNull()).isTrue();
        });
    // no municipality, so nothing within a town; the county-wide figures are the list run's
    assertThat(DuckDb.differingColumns(fromIds, listed).keySet())
        .allMatch(
            c ->
                c.startsWith("district_name")
                    || c.startsWith("municipality")
                    || c.endsWith("_municipality"));
  }

  @Test
  void aWeightsFileGivesTheSpatialStatisticsOfTheSameRunWithItsGeometry() throws Exception {
    // the sample's GAL file is its queen contiguity: with the list it must give what queen
    // neighbours of the geometry give
    Path example = RepoPaths.of("config/examples/ohne-geometrie.yaml");
    ObjectNode c = (ObjectNode) SampleConfig.YAML.readTree(example.toFile());
    absolute(c, example.getParent());
    ObjectNode spatial = c.putObject("spatial");
    spatial.put("neighbours", "file");
    spatial
        .putObject("neighbours_file")
        .put("path", RepoPaths.of("samples/kreis-unna/geometrie/nachbarschaften.gal").toString());
    spatial.putObject("statistics").putArray("variables").add("mss_status_index");
    Path weighted = run(c, "gewichte");
    ObjectNode queen = c.deepCopy();
    queen.remove("districts");
    queen.set("geometry", SampleConfig.read().get("geometry"));
    ((ObjectNode) queen.get("spatial")).remove("neighbours_file");
    ((ObjectNode) queen.get("spatial")).put("neighbours", "queen");
    Path contiguous = run(queen, "queen");
    assertThat(DuckDb.differingColumns(weighted, contiguous)).isEmpty();
    String moran =
        "select year, variable, moran_i, z_randomisation from read_parquet(%s) order by year";
    assertThat(
            DuckDb.query(
                moran.formatted(DuckDb.literal(weighted.resolve("spatial/moran/*.parquet")))))
        .hasSize(9)
        .isEqualTo(
            DuckDb.query(
                moran.formatted(DuckDb.literal(contiguous.resolve("spatial/moran/*.parquet")))));
    assertThat(columns(weighted))
        .contains("mss_status_index_lisa_cluster", "kinderarmut_eb_spatial");
  }

  @Test
  void whatNeedsBoundariesIsRefusedUpFrontAllInOneRound() throws Exception {
    ObjectNode c = SampleConfig.read();
    c.remove("geometry");
    c.putObject("spatial").put("neighbours", "queen");
    Path file = SampleConfig.write(c, dir.resolve("ohne-geometrie-mit-karte.yaml"));
    assertThatThrownBy(() -> ConfigLoader.load(file))
        .hasMessageContaining(
            "/spatial/neighbours: 'queen' needs district geometry, and the configuration has none")
        .hasMessageContaining("/supply: placing offers in districts needs district geometry")
        .hasMessageContaining("/zoning: moving counts between zonings needs district geometry");
  }

  @Test
  void aListNamingADistrictTwiceIsRefusedWithBothLines() throws Exception {
    Path list = dir.resolve("doppelt.csv");
    Files.writeString(
        list, "id;name\n05978024001;Lünen-Altstadt\n05978024002;Brambauer\n05978024001;Lünen\n");
    Path example = RepoPaths.of("config/examples/ohne-geometrie.yaml");
    ObjectNode c = (ObjectNode) SampleConfig.YAML.readTree(example.toFile());
    absolute(c, example.getParent());
    c.putObject("districts")
        .put("path", list.toString())
        .put("id_column", "id")
        .put("name_column", "name");
    Path file = SampleConfig.write(c, dir.resolve("doppelt.yaml"));
    int exit =
        MonitorCli.execute(
            "validate", "--config", file.toString(), "--out", dir.resolve("doppelt").toString());
    assertThat(exit).isEqualTo(2);
    assertThatThrownBy(
            () ->
                DistrictList.read(
                    list,
                    StandardCharsets.UTF_8,
                    ';',
                    new DistrictList.Columns("id", "name", null, null)))
        .hasMessageContaining("doppelt.csv: line 4: district id '05978024001' repeats line 2");
  }
}
