package de.sozialraum.geodata.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.geodata.SharedData;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.crs.Reprojector;
import de.sozialraum.geodata.model.FeatureLayer;
import de.sozialraum.geodata.model.SourceFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class ShapefileSourceTest {

  @Test
  void readsCologneStadtteileWithUmlautsFromWindows1252Dbf() throws Exception {
    FeatureLayer layer =
        new ShapefileSource()
            .read(SharedData.require("koeln_stadtteile/Stadtteil.shp"), LayerOptions.defaults());
    assertThat(layer.features()).hasSize(86);
    assertThat(layer.fields()).contains("STT_NR", "STT_NAME");
    assertThat(layer.features())
        .extracting(f -> f.text("STT_NAME"))
        .contains("Altstadt/Süd", "Mülheim", "Flittard");
    // GEOS (ogrinfo -dialect SQLite "NOT ST_IsValid(geometry)") finds exactly one invalid
    // Stadtteil: 202, a ring self-intersection.
    assertThat(layer.features())
        .filteredOn(f -> !f.geometry().isValid())
        .extracting(f -> f.text("STT_NR"))
        .containsExactly("202");
  }

  /**
   * Reference: koeln_stadtteile_wgs84.geojson, made from the same shapefile by GDAL's ogr2ogr
   * (PROJ) with 6 decimals. Every vertex of every Stadtteil must agree within half a unit of the
   * 6th decimal plus float noise.
   */
  @Test
  void cologneReprojectedByGeoToolsMatchesGdalVertexForVertex() throws Exception {
    FeatureLayer layer =
        new ShapefileSource()
            .read(SharedData.require("koeln_stadtteile/Stadtteil.shp"), LayerOptions.defaults());
    JsonNode reference =
        new ObjectMapper()
            .readTree(
                SharedData.require("koeln_stadtteile/koeln_stadtteile_wgs84.geojson").toFile());
    Map<String, JsonNode> byNr = new HashMap<>();
    reference
        .get("features")
        .forEach(f -> byNr.put(f.path("properties").path("STT_NR").asText(), f.get("geometry")));
    Reprojector toLonLat = new Reprojector(layer.crs(), CrsResolver.wgs84LonLat());
    int compared = 0;
    double worst = 0;
    for (SourceFeature f : layer.features()) {
      Geometry g = toLonLat.apply(f.geometry());
      JsonNode ref = byNr.get(f.text("STT_NR"));
      JsonNode ring =
          ref.get("type").asText().equals("Polygon")
              ? ref.get("coordinates").get(0)
              : ref.get("coordinates").get(0).get(0);
      Coordinate[] ours =
          ((org.locationtech.jts.geom.Polygon) g.getGeometryN(0))
              .getExteriorRing()
              .getCoordinates();
      assertThat(ring.size()).isEqualTo(ours.length);
      // ogr2ogr wrote RFC 7946 (counter-clockwise shells); shapefile shells are clockwise, so walk
      // the reference backwards.
      for (int i = 0; i < ours.length; i++) {
        JsonNode refPos = ring.get(ours.length - 1 - i);
        worst = Math.max(worst, Math.abs(ours[i].x - refPos.get(0).asDouble()));
        worst = Math.max(worst, Math.abs(ours[i].y - refPos.get(1).asDouble()));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(10_000);
    assertThat(worst).isLessThanOrEqualTo(5.1e-7);
  }

  @Test
  void missingPrjWithoutDeclaredCrsIsAnError(@TempDir Path dir) throws Exception {
    Path src = SharedData.require("koeln_stadtteile/Stadtteil.shp");
    for (String ext : new String[] {"shp", "shx", "dbf"}) {
      Files.copy(src.resolveSibling("Stadtteil." + ext), dir.resolve("s." + ext));
    }
    assertThatThrownBy(
            () -> new ShapefileSource().read(dir.resolve("s.shp"), LayerOptions.defaults()))
        .hasMessageContaining("s.shp")
        .hasMessageContaining("no .prj");
  }

  @Test
  void truncatedShpNamesTheFeature(@TempDir Path dir) throws Exception {
    Path src = SharedData.require("koeln_stadtteile/Stadtteil.shp");
    byte[] all = Files.readAllBytes(src);
    byte[] cut = java.util.Arrays.copyOf(all, all.length / 2);
    // keep the header's declared length, as a copy interrupted mid-way would
    Files.write(dir.resolve("s.shp"), cut);
    Files.copy(src.resolveSibling("Stadtteil.dbf"), dir.resolve("s.dbf"));
    assertThatThrownBy(
            () ->
                new ShapefileSource()
                    .read(dir.resolve("s.shp"), LayerOptions.defaults().withCrs("EPSG:25832")))
        .hasMessageContaining("s.shp")
        .hasMessageContaining("truncated");
  }

  @Test
  void vg5000GermanyReadsAllMunicipalities() throws Exception {
    FeatureLayer layer =
        new ShapefileSource()
            .read(
                SharedData.require("de_vg5000_gemeinden/VG5000_GEM.shp"), LayerOptions.defaults());
    // SOURCE.txt: 10,997 features in Germany, 396 of them in NRW (AGS 05…)
    assertThat(layer.features()).hasSize(10_997);
    assertThat(layer.features().stream().filter(f -> f.text("AGS").startsWith("05")).count())
        .isEqualTo(396);
    assertThat(layer.crs().epsg()).isEqualTo(31467);
  }
}
