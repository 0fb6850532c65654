package de.sozialraum.monitor.output;

import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.struct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.geodata.crs.ProjJson;
import de.sozialraum.geodata.crs.ResolvedCrs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One GeoParquet 1.1 file with Sedona: geometry in the working CRS, stated as PROJJSON (Sedona does
 * not derive it from the SRID), and a {@code bbox} covering column so readers can filter by extent
 * without decoding WKB. Published as a single file, because QGIS opens a file, not a Spark
 * directory of parts: every partition is encoded by its own task, and the parts are then joined row
 * group by row group ({@link ParquetConcat}), their extents and geometry types combined.
 */
public final class GeoParquetExport {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GeoParquetExport() {}

  /**
   * @param withWkb rows carrying a {@code geometry_wkb} binary column
   */
  public static void write(Dataset<Row> withWkb, ResolvedCrs crs, Path target) throws IOException {
    Dataset<Row> geo =
        withWkb
            .withColumn(
                "geometry",
                expr(
                    "ST_SetSRID(ST_GeomFromWKB(geometry_wkb), "
                        + (crs.epsg() == null ? 0 : crs.epsg())
                        + ")"))
            .drop("geometry_wkb")
            .withColumn(
                "bbox",
                struct(
                    expr("ST_XMin(geometry)").as("xmin"),
                    expr("ST_YMin(geometry)").as("ymin"),
                    expr("ST_XMax(geometry)").as("xmax"),
                    expr("ST_YMax(geometry)").as("ymax")));
    Path tmp = target.resolveSibling(".tmp-" + target.getFileName());
    geo.write()
        .format("geoparquet")
        .option("geoparquet.version", "1.1.0")
        // a plane of no known CRS is said as such (crs: null), never as a CRS it is not
        .option("geoparquet.crs", crs.isPlanar() ? "null" : ProjJson.of(crs).toString())
        .option("geoparquet.covering.geometry", "bbox")
        .save(tmp.toString());
    try (Stream<Path> parts = Files.list(tmp)) {
      // Spark names a part after its partition: by name is in the rows' order
      List<Path> files =
          parts.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
      if (files.size() == 1) {
        Files.move(files.get(0), target);
      } else {
        ParquetConcat.write(files, target, Map.of("geo", GeoParquetExport::combined));
      }
    }
    try (Stream<Path> rest = Files.walk(tmp)) {
      for (Path p : rest.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * The {@code geo} metadata of two parts as one: every geometry column's extent the union of both,
   * its geometry types those of either.
   */
  static String combined(String first, String next) {
    try {
      ObjectNode a = (ObjectNode) JSON.readTree(first);
      JsonNode b = JSON.readTree(next);
      Iterator<Map.Entry<String, JsonNode>> columns = a.path("columns").fields();
      while (columns.hasNext()) {
        Map.Entry<String, JsonNode> c = columns.next();
        ObjectNode column = (ObjectNode) c.getValue();
        JsonNode other = b.path("columns").path(c.getKey());
        JsonNode box = column.path("bbox");
        JsonNode otherBox = other.path("bbox");
        if (box.size() == 4 && otherBox.size() == 4) {
          ArrayNode union = column.putArray("bbox");
          for (int i = 0; i < 4; i++) {
            double x = box.get(i).asDouble();
            double y = otherBox.get(i).asDouble();
            union.add(i < 2 ? Math.min(x, y) : Math.max(x, y));
          }
        }
        Set<String> types = new LinkedHashSet<>();
        column.path("geometry_types").forEach(t -> types.add(t.asText()));
        other.path("geometry_types").forEach(t -> types.add(t.asText()));
        ArrayNode typeList = column.putArray("geometry_types");
        types.forEach(typeList::add);
      }
      return JSON.writeValueAsString(a);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Sedona wrote 'geo' metadata that is not JSON", e);
    }
  }
}
