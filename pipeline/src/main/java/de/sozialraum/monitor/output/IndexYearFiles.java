package de.sozialraum.monitor.output;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.YEAR;

import de.sozialraum.geodata.crs.CrsException;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.crs.Reprojector;
import de.sozialraum.geodata.io.GeoJsonWriter;
import de.sozialraum.geodata.model.District;
import de.sozialraum.monitor.util.FileTrees;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.geotools.api.referencing.operation.TransformException;
import org.locationtech.jts.geom.Geometry;

/**
 * One spreadsheet CSV and one RFC 7946 GeoJSON (unless {@code outputs.geojson} is off) per year of
 * the index table, never collecting the table. The CSV lines are formatted and written by the
 * executors in parallel and joined behind each year's header; the GeoJSON streams from the
 * executors in one ordered pass ({@code toLocalIterator}), its features built on the driver, which
 * holds the geometries. A year has a row per district; when that is more than a worksheet holds
 * ({@link SpreadsheetCsv#MAX_ROWS}), no year's CSV is written, and the manifest says so, as a
 * spreadsheet would silently cut the rest off.
 */
public final class IndexYearFiles implements RunOutput {

  @Override
  public String name() {
    return "year files";
  }

  @Override
  public List<String> omitted(RunTables a) {
    List<String> out = new java.util.ArrayList<>();
    if (!a.hasGeometry() && a.config().outputs().geojson()) {
      out.add(RunTables.withoutGeometry("geojson/indices_<year>.geojson"));
    } else if (a.layer().workingCrs().isPlanar() && a.config().outputs().geojson()) {
      out.add(
          PLANAR_GEOJSON.formatted(
              "geojson/indices_<year>.geojson",
              "the districts' geometry is in "
                  + IndexTables.GEOPARQUET
                  + ", whose CRS is stated as unknown"));
    }
    long rows = rowsPerYear(a);
    if (fitsASheet(rows)) {
      return out;
    }
    out.add(
        "csv/indices_<year>.csv not written: a year has "
            + rows
            + " districts, and a spreadsheet holds "
            + (SpreadsheetCsv.MAX_ROWS - 1)
            + " rows below its header; the same table is in indices/ (Parquet, one folder per"
            + " year) and "
            + IndexTables.GEOPARQUET);
    return out;
  }

  /**
   * Why planar data have no GeoJSON: RFC 7946 coordinates are longitude and latitude, which a plane
   * of no known CRS cannot be transformed to.
   */
  static final String PLANAR_GEOJSON =
      "%s not written: the districts are in a plane of no known CRS (crs: planar), and GeoJSON"
          + " holds longitude and latitude (RFC 7946); %s";

  /** Every district in every published year (the join step's rule). */
  private static long rowsPerYear(RunTables a) {
    return a.layer().districts().size();
  }

  static boolean fitsASheet(long rows) {
    return rows + 1 <= SpreadsheetCsv.MAX_ROWS;
  }

  @Override
  public Map<String, Long> write(RunTables a, Path runDir) throws IOException {
    // the table's partitions are in (year, district) order (RunTables): the sort states what the
    // files need and costs nothing
    Dataset<Row> ordered = a.indices().sortWithinPartitions(YEAR, DISTRICT_ID);
    Map<Integer, Long> csvRows = fitsASheet(rowsPerYear(a)) ? writeCsv(ordered, runDir) : Map.of();
    Map<Integer, Long> geoJsonRows =
        a.config().outputs().geojson() && a.hasGeometry() && !a.layer().workingCrs().isPlanar()
            ? writeGeoJson(a, ordered, runDir)
            : Map.of();
    java.util.SortedSet<Integer> years = new java.util.TreeSet<>(csvRows.keySet());
    years.addAll(geoJsonRows.keySet());
    Map<String, Long> written = new LinkedHashMap<>();
    for (int y : years) {
      if (csvRows.containsKey(y)) {
        written.put(csvName(y), csvRows.get(y));
      }
      if (geoJsonRows.containsKey(y)) {
        written.put(geoJsonName(y), geoJsonRows.get(y));
      }
    }
    return written;
  }

  /**
   * The lines are formatted and written by the executors, one part per partition and year, in
   * parallel; the driver puts a year's parts behind its header, byte for byte, in partition order,
   * which is district order.
   */
  private static Map<Integer, Long> writeCsv(Dataset<Row> ordered, Path runDir) throws IOException {
    Path parts = Files.createDirectories(runDir.resolve("csv")).resolve(".lines");
    Map<Integer, Long> rows = SpreadsheetCsv.writeParts(ordered, YEAR, parts);
    List<String> columns = List.of(ordered.columns());
    for (Map.Entry<Integer, Long> year : rows.entrySet()) {
      if (!fitsASheet(year.getValue())) {
        throw new IllegalStateException(
            csvName(year.getKey()) + " has more rows than its year has districts");
      }
      try (SpreadsheetCsv csv =
          new SpreadsheetCsv(runDir.resolve(csvName(year.getKey())), columns)) {
        for (Path part : SpreadsheetCsv.parts(parts, year.getKey())) {
          csv.appendLines(part);
        }
      }
    }
    FileTrees.deleteRecursively(parts);
    return rows;
  }

  private static Map<Integer, Long> writeGeoJson(RunTables a, Dataset<Row> ordered, Path runDir)
      throws IOException {
    Files.createDirectories(runDir.resolve("geojson"));
    Map<String, Geometry> lonLat = lonLat(a);
    List<String> columns = List.of(ordered.columns());
    Map<Integer, Long> rows = new TreeMap<>();
    Iterator<Row> it = ordered.toLocalIterator();
    OutputStream out = null;
    GeoJsonWriter geo = null;
    int year = 0;
    try {
      while (it.hasNext()) {
        Row r = it.next();
        int y = r.getAs(YEAR);
        if (geo == null || y != year) {
          if (geo != null) {
            geo.close();
            out.close();
          }
          year = y;
          out = Files.newOutputStream(runDir.resolve(geoJsonName(year)));
          geo = GeoJsonWriter.rfc7946(out, geoJsonMembers(a, year, a.config().synthetic()));
        }
        Map<String, Object> props = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
          props.put(columns.get(c), r.get(c));
        }
        String id = r.getAs(DISTRICT_ID);
        geo.write(id, lonLat.get(id), props);
        rows.merge(year, 1L, Long::sum);
      }
      if (geo != null) {
        geo.close();
      }
    } finally {
      if (out != null) {
        out.close();
      }
    }
    return rows;
  }

  private static Map<String, Object> geoJsonMembers(RunTables a, int year, boolean synthetic) {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("name", "indices_" + year);
    members.put("title", a.config().title() + " " + year);
    if (synthetic) {
      members.put("hinweis", "SYNTHETISCHE BEISPIELDATEN – keine amtlichen Zahlen");
    }
    return members;
  }

  private static String csvName(int year) {
    return "csv/indices_" + year + ".csv";
  }

  private static String geoJsonName(int year) {
    return "geojson/indices_" + year + ".geojson";
  }

  private static Map<String, Geometry> lonLat(RunTables a) throws IOException {
    try {
      Reprojector toLonLat = new Reprojector(a.layer().workingCrs(), CrsResolver.wgs84LonLat());
      Map<String, Geometry> out = new HashMap<>();
      for (District d : a.layer().districts()) {
        out.put(d.id(), toLonLat.apply(d.geometry()));
      }
      return out;
    } catch (CrsException | TransformException e) {
      throw new IOException(
          "cannot transform the districts to WGS 84 for GeoJSON: " + e.getMessage(), e);
    }
  }
}
