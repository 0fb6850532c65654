package de.sozialraum.monitor.output;

import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.struct;

import de.sozialraum.geodata.crs.ProjJson;
import de.sozialraum.geodata.crs.ResolvedCrs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One GeoParquet 1.1 file with Sedona: geometry in the working CRS, stated as PROJJSON (Sedona does
 * not derive it from the SRID), and a {@code bbox} covering column so readers can filter by extent
 * without decoding WKB. Written as a single file, because QGIS opens a file, not a Spark directory
 * of parts.
 */
public final class GeoParquetExport {

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
    geo.coalesce(1)
        .write()
        .format("geoparquet")
        .option("geoparquet.version", "1.1.0")
        .option("geoparquet.crs", ProjJson.of(crs).toString())
        .option("geoparquet.covering.geometry", "bbox")
        .save(tmp.toString());
    try (Stream<Path> parts = Files.list(tmp)) {
      List<Path> files =
          parts.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList();
      if (files.size() != 1) {
        throw new IOException("expected one GeoParquet part in " + tmp + ", found " + files.size());
      }
      Files.move(files.get(0), target);
    }
    try (Stream<Path> rest = Files.walk(tmp)) {
      for (Path p : rest.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
