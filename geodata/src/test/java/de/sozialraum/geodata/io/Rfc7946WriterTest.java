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

class Rfc7946WriterTest {

  @Test
  void clockwiseShellIsWrittenCounterClockwiseAndHoleClockwiseRoundedToSevenDecimals() throws Exception {
    // Shell clockwise, hole counter-clockwise: both the wrong way round for RFC 7946 §3.1.6.
    var g = new WKTReader().read("POLYGON ((7.123456789 51.1, 7.123456789 51.3, 7.4 51.3, 7.4 51.1, 7.123456789 51.1),"
        + " (7.2 51.15, 7.3 51.15, 7.3 51.2, 7.2 51.2, 7.2 51.15))");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("name", "Mühlenviertel");
    props.put("wert", Double.NaN);
    try (Rfc7946Writer w = new Rfc7946Writer(out, Map.of("name", "test"))) {
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
}
