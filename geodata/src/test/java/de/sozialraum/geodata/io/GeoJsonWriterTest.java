package de.sozialraum.geodata.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.io.WKTReader;

class GeoJsonWriterTest {

  @Test
  void clockwiseShellIsWrittenCounterClockwiseAndHoleClockwiseRoundedToSevenDecimals()
      throws Exception {
    // Shell clockwise, hole counter-clockwise: both the wrong way round for RFC 7946 §3.1.6.
    var g =
        new WKTReader()
            .read(
                "POLYGON ((7.123456789 51.1, 7.123456789 51.3, 7.4 51.3, 7.4 51.1, 7.123456789 51.1),"
                    + " (7.2 51.15, 7.3 51.15, 7.3 51.2, 7.2 51.2, 7.2 51.15))");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("name", "Mühlenviertel");
    props.put("wert", Double.NaN);
    try (GeoJsonWriter w = GeoJsonWriter.rfc7946(out, Map.of("name", "test"))) {
      w.write("1", g, props);
    }
    JsonNode fc = new ObjectMapper().readTree(out.toByteArray());
    assertThat(fc.has("crs")).isFalse();
    JsonNode rings = fc.at("/features/0/geometry/coordinates");
    assertThat(Orientation.isCCW(coords(rings.get(0)))).isTrue();
    assertThat(Orientation.isCCW(coords(rings.get(1)))).isFalse();
    assertThat(rings.get(0).get(0).get(0).asText()).isEqualTo("7.1234568");
    assertThat(fc.at("/features/0/properties/wert").isNull()).isTrue();
    assertThat(fc.at("/features/0/properties/name").asText()).isEqualTo("Mühlenviertel");
  }

  private static Coordinate[] coords(JsonNode ring) {
    Coordinate[] cs = new Coordinate[ring.size()];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
    }
    return cs;
  }

  @Test
  void projectedFormNamesItsCrsAndReadsBackThroughGeoJsonSource(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("p.geojson");
    try (var out = java.nio.file.Files.newOutputStream(file);
        GeoJsonWriter w = GeoJsonWriter.projected(out, 25832, Map.of())) {
      w.write(
          null,
          new WKTReader()
              .read(
                  "POLYGON ((400000.123 5700000, 401000 5700000, 401000 5701000, 400000.123 5700000))"),
          Map.of("id", "1"));
    }
    var layer = new GeoJsonSource().read(file, LayerOptions.defaults());
    assertThat(layer.crs().epsg()).isEqualTo(25832);
    assertThat(layer.features().get(0).geometry().getEnvelopeInternal().getMinX())
        .isEqualTo(400000.12);
  }
}
