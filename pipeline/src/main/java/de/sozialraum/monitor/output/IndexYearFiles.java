package de.sozialraum.monitor.output;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.YEAR;

import de.sozialraum.geodata.crs.CrsException;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.crs.Reprojector;
import de.sozialraum.geodata.io.GeoJsonWriter;
import de.sozialraum.geodata.model.District;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.geotools.api.referencing.operation.TransformException;
import org.locationtech.jts.geom.Geometry;

/**
 * One spreadsheet CSV and one RFC 7946 GeoJSON (unless {@code outputs.geojson} is off) per year of
 * the index table, in a single ordered pass that streams rows from the executors ({@code
 * toLocalIterator}) instead of collecting the table.
 */
public final class IndexYearFiles implements RunOutput {

  @Override
  public String name() {
    return "year files";
  }

  @Override
  public Map<String, Long> write(RunTables a, Path runDir) throws IOException {
    Map<String, Long> written = new LinkedHashMap<>();
    Files.createDirectories(runDir.resolve("geojson"));
    Files.createDirectories(runDir.resolve("csv"));
    Dataset<Row> indices = a.indices();
    Map<String, Geometry> lonLat = a.config().outputs().geojson() ? lonLat(a) : null;
    List<String> columns = List.of(indices.columns());
    Iterator<Row> it = indices.orderBy(YEAR, DISTRICT_ID).toLocalIterator();
    YearFiles files = null;
    try {
      while (it.hasNext()) {
        Row r = it.next();
        int y = r.getAs(YEAR);
        if (files == null || y != files.year) {
          if (files != null) {
            files.close(written);
          }
          files =
              new YearFiles(
                  runDir,
                  y,
                  columns,
                  lonLat == null ? null : geoJsonMembers(a, y, a.config().synthetic()));
        }
        files.write(r, lonLat);
      }
      if (files != null) {
        files.close(written);
        files = null;
      }
    } finally {
      if (files != null) {
        files.abandon();
      }
    }
    return written;
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

  /**
   * One year's spreadsheet CSV and, unless {@code outputs.geojson} is off, its GeoJSON, filled row
   * by row.
   */
  private static final class YearFiles {
    final int year;
    private final List<String> columns;
    private final SpreadsheetCsv csv;
    private final OutputStream geoOut;
    private final GeoJsonWriter geo;
    private long rows;

    YearFiles(Path runDir, int year, List<String> columns, Map<String, Object> geoJsonMembers)
        throws IOException {
      this.year = year;
      this.columns = columns;
      this.csv = new SpreadsheetCsv(runDir.resolve(csvName()), columns);
      this.geoOut =
          geoJsonMembers == null ? null : Files.newOutputStream(runDir.resolve(geoJsonName()));
      this.geo = geoOut == null ? null : GeoJsonWriter.rfc7946(geoOut, geoJsonMembers);
    }

    void write(Row r, Map<String, Geometry> lonLat) throws IOException {
      List<Object> values = new ArrayList<>(columns.size());
      for (int c = 0; c < columns.size(); c++) {
        values.add(r.get(c));
      }
      csv.row(values);
      if (geo != null) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
          props.put(columns.get(c), values.get(c));
        }
        String id = r.getAs(DISTRICT_ID);
        geo.write(id, lonLat.get(id), props);
      }
      rows++;
    }

    void close(Map<String, Long> written) throws IOException {
      csv.close();
      written.put(csvName(), rows);
      if (geo != null) {
        geo.close();
        geoOut.close();
        written.put(geoJsonName(), rows);
      }
    }

    /** After a failure the staged run is discarded; only the file handles need giving back. */
    void abandon() throws IOException {
      try (OutputStream g = geoOut) {
        csv.close();
      }
    }

    private String csvName() {
      return "csv/indices_" + year + ".csv";
    }

    private String geoJsonName() {
      return "geojson/indices_" + year + ".geojson";
    }
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
