package de.sozialraum.monitor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample's layers as a study in its own plane would deliver them: every coordinate shifted by a
 * whole number of metres (exactly, in decimal), no CRS stated anywhere, the configuration saying
 * {@code crs: planar}. Areas, shared boundaries and distances are those of the sample.
 */
final class PlanarCopy {

  static final BigDecimal DX = new BigDecimal(390000);
  static final BigDecimal DY = new BigDecimal(5700000);

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final Pattern WKT_PAIR =
      Pattern.compile("(-?\\d+(?:\\.\\d+)?) (-?\\d+(?:\\.\\d+)?)");

  private PlanarCopy() {}

  /** Rewrites the configuration's layers into {@code dir} and declares each of them planar. */
  static void of(ObjectNode config, Path dir) throws IOException {
    config.remove("working_crs");
    List<ObjectNode> layers = new ArrayList<>(List.of((ObjectNode) config.get("geometry")));
    for (JsonNode t : config.path("tables")) {
      if (t.get("zoning") instanceof ObjectNode z) {
        layers.add(z);
        if (z.get("population") instanceof ObjectNode p) {
          layers.add(p);
        }
      }
    }
    if (config.get("supply") instanceof ObjectNode s) {
      layers.add(s);
    }
    for (ObjectNode layer : layers) {
      Path from = Path.of(layer.get("path").asText());
      Path to = dir.resolve(from.getFileName());
      if (from.getFileName().toString().endsWith(".geojson")) {
        ObjectNode fc = (ObjectNode) JSON.readTree(from.toFile());
        fc.remove("crs");
        shift(fc);
        JSON.writeValue(to.toFile(), fc);
      } else {
        List<String> lines = Files.readAllLines(from, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        lines.stream().skip(1).map(PlanarCopy::shiftWkt).forEach(out::add);
        Files.write(to, out, StandardCharsets.UTF_8);
      }
      layer.put("path", to.toString()).put("crs", "planar");
    }
  }

  private static void shift(JsonNode node) {
    if (node instanceof ArrayNode a && a.size() >= 2 && a.get(0).isNumber()) {
      a.set(0, JSON.getNodeFactory().numberNode(a.get(0).decimalValue().subtract(DX)));
      a.set(1, JSON.getNodeFactory().numberNode(a.get(1).decimalValue().subtract(DY)));
      return;
    }
    node.forEach(PlanarCopy::shift);
  }

  /** A line of a WKT CSV, whose WKT is its last column. */
  private static String shiftWkt(String line) {
    int wkt = line.lastIndexOf(';') + 1;
    Matcher m = WKT_PAIR.matcher(line.substring(wkt));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out,
          new BigDecimal(m.group(1)).subtract(DX).toPlainString()
              + " "
              + new BigDecimal(m.group(2)).subtract(DY).toPlainString());
    }
    return line.substring(0, wkt) + m.appendTail(out);
  }
}
