package de.sozialraum.monitor.output;

import static org.apache.spark.sql.functions.struct;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.geodata.crs.ProjJson;
import de.sozialraum.geodata.crs.ResolvedCrs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * One GeoParquet 1.1 file: geometry as WKB in the working CRS, stated as PROJJSON, and a {@code
 * bbox} covering column so readers can filter by extent without decoding WKB. The rows are encoded
 * by Spark's own Parquet writer, every partition by its own task, with the geometry as the WKB
 * bytes and the envelope each district already has: a district's geometry is not decoded once per
 * year and row, as a geometry-typed writer does. The parts are joined row group by row group into
 * the single file QGIS opens ({@link ParquetConcat}), and the {@code geo} metadata that makes the
 * file GeoParquet is written into its footer, from the geometries themselves.
 */
public final class GeoParquetExport {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The geometry column: WKB. */
  public static final String GEOMETRY = "geometry";

  /** The covering column: a struct of xmin, ymin, xmax, ymax (GeoParquet 1.1 "covering"). */
  public static final String BBOX = "bbox";

  private static final List<String> BOUNDS = List.of("xmin", "ymin", "xmax", "ymax");

  private GeoParquetExport() {}

  /**
   * The {@link #BBOX} column from four double columns of an envelope: a struct that is never null
   * (its fields are, where a row has no geometry).
   */
  public static Column bbox(Column xmin, Column ymin, Column xmax, Column ymax) {
    return struct(xmin.as("xmin"), ymin.as("ymin"), xmax.as("xmax"), ymax.as("ymax")).as(BBOX);
  }

  /**
   * The GeoParquet file from Parquet parts that Spark's writer encoded, in the order of their rows:
   * their row groups joined as they are, the {@code geo} metadata added.
   *
   * @param parts files whose rows carry {@link #GEOMETRY} (WKB) and {@link #BBOX} ({@link #bbox})
   * @param geometries the geometries the rows carry: the extent and geometry types the metadata
   *     states
   * @return the rows written
   */
  public static long join(
      List<Path> parts, ResolvedCrs crs, Collection<? extends Geometry> geometries, Path target)
      throws IOException {
    return ParquetConcat.write(parts, target, Map.of("geo", metadata(crs, geometries)));
  }

  /**
   * GeoParquet 1.1's {@code geo} metadata: the geometry types in the order they first occur, the
   * extent, the CRS (null for a plane of no known CRS: absent would mean longitude and latitude)
   * and the covering.
   */
  static String metadata(ResolvedCrs crs, Collection<? extends Geometry> geometries) {
    Set<String> types = new LinkedHashSet<>();
    Envelope extent = new Envelope();
    for (Geometry g : geometries) {
      types.add(g.getGeometryType());
      extent.expandToInclude(g.getEnvelopeInternal());
    }
    ObjectNode column = JSON.createObjectNode();
    column.put("encoding", "WKB");
    ArrayNode typeList = column.putArray("geometry_types");
    types.forEach(typeList::add);
    if (!extent.isNull()) {
      column
          .putArray("bbox")
          .add(extent.getMinX())
          .add(extent.getMinY())
          .add(extent.getMaxX())
          .add(extent.getMaxY());
    }
    if (crs.isPlanar()) {
      column.putNull("crs");
    } else {
      column.set("crs", ProjJson.of(crs));
    }
    ObjectNode covering = column.putObject("covering").putObject(BBOX);
    BOUNDS.forEach(b -> covering.putArray(b).add(BBOX).add(b));
    ObjectNode geo = JSON.createObjectNode();
    geo.put("version", "1.1.0");
    geo.put("primary_column", GEOMETRY);
    geo.putObject("columns").set(GEOMETRY, column);
    try {
      return JSON.writeValueAsString(geo);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
