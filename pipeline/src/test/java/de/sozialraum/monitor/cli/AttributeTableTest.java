package de.sozialraum.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.geodata.SharedData;
import de.sozialraum.monitor.DuckDb;
import de.sozialraum.monitor.config.ConfigLoader;
import java.io.File;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The geometry's own attribute table as the data table ({@code format: dbf}), as GeoDa and PySAL
 * users hold their variables: Cologne's 86 Stadtteile (../shared/data, custom-CRS Shapefile) with
 * their DBF's {@code SHAPE_AREA} as a delivered value. What the run publishes is what an
 * independent reader (GDAL's ogr2ogr) reads from the DBF, for every Stadtteil.
 */
class AttributeTableTest {

  @Test
  void theShapefilesOwnDbfIsReadAsATableWithEveryValueAsGdalReadsIt(@TempDir Path dir)
      throws Exception {
    DuckDb.assumeInstalled();
    assumeTrue(new File("/usr/bin/ogr2ogr").canExecute(), "GDAL's ogr2ogr is not installed");
    Path shp = SharedData.require("koeln_stadtteile/Stadtteil.shp");
    Path dbf = shp.resolveSibling("Stadtteil.dbf");
    Path config = SampleConfig.write(koeln(shp, "SHAPE_AREA"), dir.resolve("koeln.yaml"));
    assertThat(
            MonitorCli.execute(
                "run", "--config", config.toString(), "--out", dir.resolve("out").toString()))
        .isZero();

    Process ogr =
        new ProcessBuilder("ogr2ogr", "-f", "CSV", "/vsistdout/", dbf.toString())
            .redirectErrorStream(true)
            .start();
    String csv = new String(ogr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(ogr.waitFor()).as(csv).isZero();
    Map<String, Double> gdal = new HashMap<>();
    for (CSVRecord r :
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(csv))) {
      gdal.put(r.get("STT_NR"), Double.parseDouble(r.get("SHAPE_AREA")));
    }
    assertThat(gdal).hasSize(86);
    int compared = 0;
    for (JsonNode r :
        DuckDb.query(
            "select district_id, flaeche, validity from read_parquet("
                + DuckDb.literal(dir.resolve("out/latest/indices/*/*.parquet"))
                + ")")) {
      assertThat(r.get("validity").asText()).isEqualTo("valid");
      assertThat(r.get("flaeche").asDouble())
          .as(r.get("district_id").asText())
          .isEqualTo(gdal.get(r.get("district_id").asText()));
      compared++;
    }
    assertThat(compared).isEqualTo(86);
  }

  @Test
  void aFieldTheDbfDoesNotHaveIsNamedWithTheFieldMeant(@TempDir Path dir) throws Exception {
    Path shp = SharedData.require("koeln_stadtteile/Stadtteil.shp");
    Path config = SampleConfig.write(koeln(shp, "SHAPE_AREAS"), dir.resolve("koeln.yaml"));
    assertThatThrownBy(() -> ConfigLoader.load(config))
        .hasMessageContaining(
            "/tables/0: Stadtteil.dbf has no field 'SHAPE_AREAS'; did you mean 'SHAPE_AREA'?");
  }

  /** Cologne's Stadtteile with one value, {@code flaeche}, read from the DBF field named. */
  private static ObjectNode koeln(Path shp, String field) {
    ObjectNode c = SampleConfig.YAML.createObjectNode();
    c.put("title", "Köln, Stadtteile (Flächen aus der Attributtabelle)");
    c.putObject("geometry")
        .put("path", shp.toString())
        .put("id_field", "STT_NR")
        .put("name_field", "STT_NAME");
    ObjectNode t = c.putArray("tables").addObject();
    t.put("id", "stadtteile")
        .put("path", shp.resolveSibling("Stadtteil.dbf").toString())
        .put("format", "dbf");
    t.put("district_column", "STT_NR").put("year", 2013);
    t.putObject("columns").put("flaeche", field);
    t.putObject("ranges").putObject("flaeche").put("min", 0);
    c.putArray("indicators")
        .addObject()
        .put("id", "flaeche")
        .put("label", "Fläche (m²)")
        .put("value", "flaeche")
        .put("unit", "none")
        .put("direction", "higher_is_worse");
    c.putObject("index").putObject("presets").putObject("mss").putArray("status").add("flaeche");
    c.put("disclosure", false);
    c.putObject("spatial").put("statistics", false);
    c.putObject("report").put("enabled", false);
    return c;
  }
}
