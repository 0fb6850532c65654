package de.sozialraum.monitor.output;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static org.apache.spark.sql.functions.broadcast;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code indices/} (Parquet, partitioned by year) and {@code indices_geo.parquet} (one file with
 * the districts' geometries).
 */
public final class IndexTables implements RunOutput {

  /**
   * The GeoParquet file: a {@code .parquet} name, by which DuckDB, GDAL and pandas recognise it
   * without being told its format.
   */
  public static final String GEOPARQUET = "indices_geo.parquet";

  @Override
  public String name() {
    return "indices";
  }

  @Override
  public List<String> omitted(RunTables a) {
    return a.hasGeometry() ? List.of() : List.of(RunTables.withoutGeometry(GEOPARQUET));
  }

  @Override
  public Map<String, Long> write(RunTables a, Path runDir) throws IOException {
    Map<String, Long> written = new LinkedHashMap<>();
    Dataset<Row> indices = a.indices();
    indices.write().partitionBy(YEAR).parquet(runDir.resolve("indices").toString());
    long rows = indices.count();
    written.put("indices/", rows);
    if (!a.hasGeometry()) {
      return written;
    }
    Dataset<Row> geoms = a.geometries();
    // the geometries go to every task, so the index table keeps its partitions and their order
    // (RunTables): one file in (year, district) order without a shuffle, and the sort that states
    // the order is dropped by Spark, which knows it
    Dataset<Row> withGeometry =
        indices
            .join(
                broadcast(geoms), indices.col(DISTRICT_ID).equalTo(geoms.col("g_district")), "left")
            .drop("g_district")
            .sortWithinPartitions(YEAR, DISTRICT_ID);
    GeoParquetExport.write(withGeometry, a.layer().workingCrs(), runDir.resolve(GEOPARQUET));
    written.put(GEOPARQUET, rows);
    return written;
  }
}
