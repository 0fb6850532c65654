package de.sozialraum.geodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.io.LayerOptions;
import de.sozialraum.geodata.model.District;
import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.geodata.model.GeometryIssue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistrictLayerLoaderTest {

  private static final DistrictLayerLoader.Fields FIELDS =
      new DistrictLayerLoader.Fields("id", "name", "gem", null);

  private static String feature(String id, String ring) {
    String idProp = id == null ? "" : "\"id\":\"" + id + "\",";
    return "{\"type\":\"Feature\",\"properties\":{"
        + idProp
        + "\"name\":\"N"
        + id
        + "\",\"gem\":\"G\"},"
        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":["
        + ring
        + "]}}";
  }

  private static String square(double x, double y) {
    return String.format(
        java.util.Locale.ROOT,
        "[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]",
        x,
        y,
        x + 1000,
        y,
        x + 1000,
        y + 1000,
        x,
        y + 1000,
        x,
        y);
  }

  private static Path collection(Path dir, String... features) throws Exception {
    return Files.writeString(
        dir.resolve("bezirke.geojson"),
        "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\","
            + "\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::25832\"}},\"features\":["
            + String.join(",", features)
            + "]}");
  }

  @Test
  void everyFeatureIsEitherADistrictOrARejectNamingIt(@TempDir Path dir) throws Exception {
    Path f =
        collection(
            dir,
            feature("1", square(400000, 5700000)),
            feature("2", square(401000, 5700000)),
            feature("2", square(402000, 5700000)),
            feature(null, square(403000, 5700000)),
            feature(
                "5",
                "[[400000,5701000],[401000,5702000],[401000,5701000],[400000,5702000],[400000,5701000]]"));
    DistrictLayer layer =
        new DistrictLayerLoader(CrsResolver.decode("EPSG:25832"), 0.001)
            .load(f, null, LayerOptions.defaults(), FIELDS);
    assertThat(layer.featuresRead()).isEqualTo(5);
    assertThat(layer.districts()).extracting(District::id).containsExactly("1");
    assertThat(layer.issues())
        .extracting(GeometryIssue::location)
        .containsExactlyInAnyOrder(
            "bezirke.geojson, feature 2",
            "bezirke.geojson, feature 3",
            "bezirke.geojson, feature 4",
            "bezirke.geojson, feature 5");
    assertThat(layer.issues()).allMatch(GeometryIssue::rejected);
    assertThat(
            layer.issues().stream()
                .filter(i -> "2".equals(i.featureId()))
                .map(GeometryIssue::problem))
        .allMatch(p -> p.contains("not unique"));
    assertThat(layer.districts().get(0).geometry().getArea()).isCloseTo(1_000_000, within(1e-6));
  }

  @Test
  void lonLatDataDeclaredAsUtmIsStoppedBeforeAnythingIsPublished(@TempDir Path dir)
      throws Exception {
    Path f =
        collection(dir, feature("1", "[[7.5,51.5],[7.6,51.5],[7.6,51.6],[7.5,51.6],[7.5,51.5]]"));
    assertThatThrownBy(
            () ->
                new DistrictLayerLoader(CrsResolver.decode("EPSG:25832"), 0.001)
                    .load(f, null, LayerOptions.defaults(), FIELDS))
        .hasMessageContaining("bezirke.geojson")
        .hasMessageContaining("outside that CRS's area of use")
        .hasMessageContaining("it looks like EPSG:4326");
  }

  /**
   * The BKG ships Germany in Gauß-Krüger zone 3 (5.9–15.0° E in a zone of 7.5–10.5° E): it is taken
   * as it is.
   */
  @Test
  void germanyWideKreiseAndGemeindenInGaussKruegerZone3LoadUnchanged() throws Exception {
    for (String file : new String[] {"VG5000_KRS.shp", "VG5000_GEM.shp"}) {
      Path shp = SharedData.require("de_vg5000_gemeinden/" + file);
      var fields = new DistrictLayerLoader.Fields("AGS", "GEN", null, null);
      DistrictLayer asShipped =
          new DistrictLayerLoader(CrsResolver.decode("EPSG:31467"), 0.001)
              .load(shp, null, LayerOptions.defaults(), fields);
      // SOURCE.txt: 401 Kreise, 10,997 Gemeinden; ids repeat where a Gemeinde has several parts
      // (rejected, named)
      assertThat(asShipped.featuresRead()).isEqualTo(file.contains("KRS") ? 401 : 10_997);
      assertThat(asShipped.sourceCrs().epsg()).isEqualTo(31467);
      for (String working :
          file.contains("KRS")
              ? new String[] {"EPSG:25832", "EPSG:25833"}
              : new String[] {"EPSG:25832"}) {
        DistrictLayer moved =
            new DistrictLayerLoader(CrsResolver.decode(working), 0.001)
                .load(shp, null, LayerOptions.defaults(), fields);
        assertThat(moved.districts()).hasSameSizeAs(asShipped.districts());
      }
    }
  }

  @Test
  void aWorkingCrsFarFromTheDataIsRefusedWithTheUtmZoneOfTheirCentre(@TempDir Path dir)
      throws Exception {
    // Kansas, lon/lat: around 97° W, 38.5° N, UTM zone 14N (EPSG:32614 covers 102–96° W)
    Path f =
        Files.writeString(
            dir.resolve("counties.geojson"),
            "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("1", "[[-97.5,38.2],[-97.0,38.2],[-97.0,38.8],[-97.5,38.8],[-97.5,38.2]]")
                + "]}");
    assertThatThrownBy(
            () ->
                new DistrictLayerLoader(CrsResolver.decode("EPSG:25832"), 0.001)
                    .load(f, null, LayerOptions.defaults(), FIELDS))
        .hasMessageContaining("counties.geojson")
        .hasMessageContaining("working CRS EPSG:25832 does not fit the data")
        .hasMessageContaining("working_crs: EPSG:32614")
        .hasMessageContaining("working_crs: auto");
    DistrictLayer auto =
        new DistrictLayerLoader(null, 0.001).load(f, null, LayerOptions.defaults(), FIELDS);
    assertThat(auto.workingCrs().epsg()).isEqualTo(32614);
    assertThat(auto.districts().get(0).geometry().getArea())
        .isBetween(0.9 * 44e3 * 67e3, 1.1 * 44e3 * 67e3);
  }

  @Test
  void planarDataStayInTheirPlaneAndNeverMeetAnotherCrs(@TempDir Path dir) throws Exception {
    // a study's own grid: small numbers that would fit no CRS's area of use as metres
    Path f =
        Files.writeString(
            dir.resolve("grid.geojson"),
            "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("1", square(0, 0))
                + ","
                + feature("2", square(1000, 0))
                + "]}");
    LayerOptions planar = LayerOptions.defaults().withCrs("planar");
    DistrictLayer layer =
        new DistrictLayerLoader(CrsResolver.decode("planar"), 0.001).load(f, null, planar, FIELDS);
    assertThat(layer.workingCrs().isPlanar()).isTrue();
    assertThat(layer.workingCrs().label()).isEqualTo("planar");
    // areas in the plane's units, untouched: 1000 × 1000
    assertThat(layer.districts().get(0).geometry().getArea()).isEqualTo(1e6);
    assertThat(
            new DistrictLayerLoader(null, 0.001)
                .load(f, null, planar, FIELDS)
                .workingCrs()
                .isPlanar())
        .as("auto keeps the plane")
        .isTrue();
    assertThatThrownBy(
            () ->
                new DistrictLayerLoader(CrsResolver.decode("EPSG:25832"), 0.001)
                    .load(f, null, planar, FIELDS))
        .hasMessageContaining("grid.geojson")
        .hasMessageContaining("cannot be transformed to the working CRS EPSG:25832")
        .hasMessageContaining("set working_crs: planar");
    assertThatThrownBy(
            () ->
                new de.sozialraum.geodata.crs.Reprojector(
                    CrsResolver.decode("EPSG:25832"), CrsResolver.decode("planar")))
        .hasMessageContaining(
            "coordinates of no known CRS (planar) cannot be transformed from EPSG:25832");
  }

  @Test
  void autoPicksTheEtrs89UtmZoneForCologne() throws Exception {
    DistrictLayer layer =
        new DistrictLayerLoader(null, 0.001)
            .load(
                SharedData.require("koeln_stadtteile/Stadtteil.shp"),
                null,
                LayerOptions.defaults(),
                new DistrictLayerLoader.Fields("STT_NR", "STT_NAME", null, null));
    assertThat(layer.workingCrs().epsg()).isEqualTo(25832);
  }

  @Test
  void missingIdFieldIsNamedWithTheFieldsThatExist(@TempDir Path dir) throws Exception {
    Path f = collection(dir, feature("1", square(400000, 5700000)));
    var fields = new DistrictLayerLoader.Fields("sozialraum_id", "name", null, null);
    assertThatThrownBy(
            () ->
                new DistrictLayerLoader(CrsResolver.decode("EPSG:25832"), 0.001)
                    .load(f, null, LayerOptions.defaults(), fields))
        .hasMessageContaining("'sozialraum_id' does not exist")
        .hasMessageContaining("[id, name, gem]");
  }

  @Test
  void cologneLandsInCologneInTheWorkingCrs() throws Exception {
    DistrictLayer layer =
        new DistrictLayerLoader(CrsResolver.decode("EPSG:25832"), 0.001)
            .load(
                SharedData.require("koeln_stadtteile/Stadtteil.shp"),
                null,
                LayerOptions.defaults(),
                new DistrictLayerLoader.Fields("STT_NR", "STT_NAME", null, null));
    assertThat(layer.districts()).hasSize(86);
    // Stadtteil 202 has a ring self-intersection (GEOS agrees); it is repaired, kept and reported,
    // not rejected.
    assertThat(layer.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.featureId()).isEqualTo("202");
              assertThat(i.rejected()).isFalse();
              assertThat(i.problem()).contains("Self-intersection").contains("repaired");
            });
    // Cologne's custom false easting (2,500,000) is gone: EPSG:25832 eastings around Cologne lie
    // near 340–370 km.
    var env = new org.locationtech.jts.geom.Envelope();
    layer.districts().forEach(d -> env.expandToInclude(d.geometry().getEnvelopeInternal()));
    assertThat(env.getMinX()).isBetween(330_000.0, 350_000.0);
    assertThat(env.getMaxX()).isBetween(360_000.0, 380_000.0);
    // Shapefile SHAPE_AREA of Flittard is 7,735,915.476 m²; UTM scale differs between the two CRSs
    // only by false easting.
    District flittard =
        layer.districts().stream().filter(d -> d.id().equals("909")).findFirst().orElseThrow();
    assertThat(flittard.geometry().getArea()).isCloseTo(7_735_915.476, within(1.0));
  }
}
