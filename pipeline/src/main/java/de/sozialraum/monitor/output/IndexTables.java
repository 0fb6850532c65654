package de.sozialraum.monitor.output;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static org.apache.spark.sql.functions.broadcast;

import de.sozialraum.monitor.util.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
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
    Path table = runDir.resolve("indices");
    if (!a.hasGeometry()) {
      PublishedParquet.writer(indices).partitionBy(YEAR).parquet(table.toString());
      written.put("indices/", indices.count());
      return written;
    }
    // one encoding for both tables: the rows with their geometry, written by year, make the
    // GeoParquet file as they are and the year folders without the geometry and the year
    Path parts = runDir.resolve(".indices-parts");
    PublishedParquet.writer(features(indices, a.geometries()))
        .partitionBy(PART_YEAR)
        .parquet(parts.toString());
    SortedMap<Integer, List<Path>> byYear = partsByYear(parts);
    long rows =
        GeoParquetExport.join(
            byYear.values().stream().flatMap(List::stream).toList(),
            a.layer().workingCrs(),
            a.layer().districts().stream().map(d -> d.geometry()).filter(g -> g != null).toList(),
            runDir.resolve(GEOPARQUET));
    long tableRows = 0;
    for (Map.Entry<Integer, List<Path>> year : byYear.entrySet()) {
      Path folder = table.resolve(YEAR + "=" + year.getKey());
      for (Path part : year.getValue()) {
        tableRows +=
            ParquetConcat.prune(
                part,
                folder.resolve(part.getFileName()),
                Set.of(YEAR, GeoParquetExport.GEOMETRY, GeoParquetExport.BBOX));
      }
    }
    if (tableRows != rows) {
      throw new IllegalStateException(
          "indices/ has " + tableRows + " rows and " + GEOPARQUET + " " + rows);
    }
    FileTrees.deleteRecursively(parts);
    written.put("indices/", rows);
    written.put(GEOPARQUET, rows);
    return written;
  }

  /** The column the parts are written by: the year, once more, so that the files keep theirs. */
  static final String PART_YEAR = "part_year";

  /**
   * The index rows with their district's geometry ({@link GeoParquetExport#GEOMETRY}, {@link
   * GeoParquetExport#BBOX}) and the year to write them by. The geometries go to every task, so the
   * index table keeps its partitions and their order (RunTables), and the sort by year and district
   * that the writer needs is dropped by Spark, which knows it.
   */
  static Dataset<Row> features(Dataset<Row> indices, Dataset<Row> geoms) {
    List<Column> features = new ArrayList<>();
    for (String c : indices.columns()) {
      features.add(indices.col(c));
    }
    features.add(geoms.col("geometry_wkb").as(GeoParquetExport.GEOMETRY));
    features.add(
        GeoParquetExport.bbox(
            geoms.col("g_xmin"), geoms.col("g_ymin"), geoms.col("g_xmax"), geoms.col("g_ymax")));
    features.add(indices.col(YEAR).as(PART_YEAR));
    return indices
        .join(broadcast(geoms), indices.col(DISTRICT_ID).equalTo(geoms.col("g_district")), "left")
        .select(features.toArray(new Column[0]))
        .sortWithinPartitions(PART_YEAR, DISTRICT_ID);
  }

  /** The parts of each year, in partition order (Spark names a part after its partition). */
  static SortedMap<Integer, List<Path>> partsByYear(Path parts) throws IOException {
    SortedMap<Integer, List<Path>> out = new TreeMap<>();
    String prefix = PART_YEAR + "=";
    try (Stream<Path> years = Files.list(parts)) {
      for (Path y : years.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
        try (Stream<Path> files = Files.list(y)) {
          out.put(
              Integer.parseInt(y.getFileName().toString().substring(prefix.length())),
              files.filter(f -> f.getFileName().toString().endsWith(".parquet")).sorted().toList());
        }
      }
    }
    return out;
  }
}
