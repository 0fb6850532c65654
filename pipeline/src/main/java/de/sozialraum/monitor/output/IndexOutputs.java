package de.sozialraum.monitor.output;

import de.sozialraum.geodata.crs.CrsException;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.crs.Reprojector;
import de.sozialraum.geodata.io.GeoJsonWriter;
import de.sozialraum.geodata.model.District;
import de.sozialraum.monitor.supply.Offers;
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
 * Writes the index table in every published form: year-partitioned Parquet and one GeoParquet file through
 * Spark, then one spreadsheet CSV and one RFC 7946 GeoJSON (unless {@code outputs.geojson} is off) per year in a
 * single ordered pass that streams rows from the executors ({@code toLocalIterator}) instead of collecting the table.
 */
public final class IndexOutputs {

  private IndexOutputs() {}

  /** @return output path (relative to the run) → rows written */
  public static Map<String, Long> write(RunTables a, Path runDir, boolean synthetic) throws IOException {
    Map<String, Long> written = new LinkedHashMap<>();
    Dataset<Row> indices = a.indices();
    indices.write().partitionBy("year").parquet(runDir.resolve("indices").toString());
    long rows = indices.count();
    written.put("indices/", rows);

    Dataset<Row> geoms = a.geometries();
    Dataset<Row> withGeometry = indices.join(geoms, indices.col("district_id").equalTo(geoms.col("g_district")), "left")
        .drop("g_district").orderBy("year", "district_id");
    GeoParquetExport.write(withGeometry, a.layer().workingCrs(), runDir.resolve("indices.geoparquet"));
    written.put("indices.geoparquet", rows);

    Files.createDirectories(runDir.resolve("geojson"));
    Files.createDirectories(runDir.resolve("csv"));
    written.putAll(writeAggregates(a, runDir));
    Map<String, Geometry> lonLat = a.config().outputs().geojson() ? lonLat(a) : null;
    List<String> columns = List.of(indices.columns());
    Iterator<Row> it = indices.orderBy("year", "district_id").toLocalIterator();
    YearFiles files = null;
    try {
      while (it.hasNext()) {
        Row r = it.next();
        int y = r.getAs("year");
        if (files == null || y != files.year) {
          if (files != null) {
            files.close(written);
          }
          files = new YearFiles(runDir, y, columns, lonLat == null ? null : geoJsonMembers(a, y, synthetic));
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

  /** Municipality and county rows (Parquet partitioned by level) and the targets, each also as one spreadsheet CSV. */
  private static Map<String, Long> writeAggregates(RunTables a, Path runDir) throws IOException {
    Map<String, Long> out = new LinkedHashMap<>();
    Dataset<Row> agg = a.aggregates().orderBy("level", "unit_id", "year");
    agg.write().partitionBy("level").parquet(runDir.resolve("aggregates").toString());
    long n = spreadsheet(agg, runDir.resolve("csv/aggregates.csv"));
    out.put("aggregates/", n);
    out.put("csv/aggregates.csv", n);
    Files.createDirectories(runDir.resolve("spatial"));
    if (a.supply().present()) {
      out.putAll(writeOffers(a, runDir));
    }
    try (java.io.Writer gal = Files.newBufferedWriter(runDir.resolve("spatial/neighbours.gal"), java.nio.charset.StandardCharsets.UTF_8)) {
      String layer = a.layer().source().getFileName().toString().replaceFirst("\\.[^.]*$", "");
      a.neighbours().writeGal(gal, layer, a.config().geometry().idField());
    }
    out.put("spatial/neighbours.gal", (long) a.layer().districts().size());
    Dataset<Row> moran = a.moran().orderBy("variable", "year");
    moran.write().parquet(runDir.resolve("spatial/moran").toString());
    long mr = spreadsheet(moran, runDir.resolve("csv/moran.csv"));
    out.put("spatial/moran/", mr);
    out.put("csv/moran.csv", mr);
    if (!a.config().targets().isEmpty()) {
      Dataset<Row> targets = a.targets().orderBy("target_id", "year");
      targets.write().parquet(runDir.resolve("targets").toString());
      long t = spreadsheet(targets, runDir.resolve("csv/targets.csv"));
      out.put("targets/", t);
      out.put("csv/targets.csv", t);
    }
    return out;
  }

  /** The offers as their own point layer (RFC 7946, lon/lat) and as a spreadsheet, each with the district it lies in. */
  private static Map<String, Long> writeOffers(RunTables a, Path runDir) throws IOException {
    List<String> columns = List.of("angebot_id", "name", "typ", "lebensphase", "district_id");
    long n = 0;
    try (OutputStream geoOut = Files.newOutputStream(runDir.resolve("geojson/angebote.geojson"));
        SpreadsheetCsv csv = new SpreadsheetCsv(runDir.resolve("csv/angebote.csv"), columns)) {
      Map<String, Object> members = new LinkedHashMap<>();
      members.put("name", "angebote");
      members.put("title", a.config().title() + " – Angebote");
      GeoJsonWriter geo = GeoJsonWriter.rfc7946(geoOut, members);
      Reprojector toLonLat = new Reprojector(a.layer().workingCrs(), CrsResolver.wgs84LonLat());
      for (Offers.Offer o : a.supply().offers().offers()) {
        List<Object> values = java.util.Arrays.asList(o.id(), o.name(), o.type(), o.phase(), a.supply().districtOf(o.id()));
        Map<String, Object> props = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
          props.put(columns.get(c), values.get(c));
        }
        geo.write(o.id(), toLonLat.apply(o.point()), props);
        csv.row(values);
        n++;
      }
      geo.close();
    } catch (CrsException | TransformException e) {
      throw new IOException("cannot transform the offers to WGS 84 for GeoJSON: " + e.getMessage(), e);
    }
    Map<String, Long> out = new LinkedHashMap<>();
    out.put("geojson/angebote.geojson", n);
    out.put("csv/angebote.csv", n);
    return out;
  }

  private static long spreadsheet(Dataset<Row> table, Path file) throws IOException {
    List<String> columns = List.of(table.columns());
    long n = 0;
    try (SpreadsheetCsv csv = new SpreadsheetCsv(file, columns)) {
      Iterator<Row> it = table.toLocalIterator();
      while (it.hasNext()) {
        Row r = it.next();
        List<Object> values = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
          values.add(r.get(c));
        }
        csv.row(values);
        n++;
      }
    }
    return n;
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

  /** One year's spreadsheet CSV and, unless {@code outputs.geojson} is off, its GeoJSON, filled row by row. */
  private static final class YearFiles {
    final int year;
    private final List<String> columns;
    private final SpreadsheetCsv csv;
    private final OutputStream geoOut;
    private final GeoJsonWriter geo;
    private long rows;

    YearFiles(Path runDir, int year, List<String> columns, Map<String, Object> geoJsonMembers) throws IOException {
      this.year = year;
      this.columns = columns;
      this.csv = new SpreadsheetCsv(runDir.resolve(csvName()), columns);
      this.geoOut = geoJsonMembers == null ? null : Files.newOutputStream(runDir.resolve(geoJsonName()));
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
        String id = r.getAs("district_id");
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
      throw new IOException("cannot transform the districts to WGS 84 for GeoJSON: " + e.getMessage(), e);
    }
  }
}
