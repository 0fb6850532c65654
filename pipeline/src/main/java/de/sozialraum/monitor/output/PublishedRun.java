package de.sozialraum.monitor.output;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.YEAR;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.geodata.crs.CrsException;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.crs.Reprojector;
import de.sozialraum.monitor.config.ConfigLoader;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.supply.CatalogueField;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.geotools.api.referencing.operation.TransformException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * A published (or staged) run read back from its own files, for the report and the QGIS styles:
 * they are made from what the run published, never from the analysis in memory, so a report rebuilt
 * later shows exactly the published figures. Tables are municipal in size (one row per district and
 * year), so they are collected.
 */
public final class PublishedRun {

  /** Quality rows kept for the report's annex; the counts come from the summary. */
  public static final int LISTED_QUALITY_ROWS = 200;

  /** An offer of the supply layer in the working CRS. */
  public record Offer(
      String id,
      String name,
      String type,
      String phase,
      String districtId,
      Coordinate point,
      Map<CatalogueField, String> catalogue) {}

  /** The first {@link #LISTED_QUALITY_ROWS} rows of a quality CSV and how many it has. */
  public record QualityRows(List<String> header, List<List<String>> rows, long total) {}

  public final Path dir;
  public final JsonNode manifest;
  public final MonitorConfig config;
  public final NavigableMap<Integer, List<Map<String, Object>>> indices;
  public final Map<String, Geometry> geometries;
  public final List<Map<String, Object>> aggregates;
  public final List<Map<String, Object>> targets;
  public final List<Map<String, Object>> moran;
  public final List<Offer> offers;
  public final JsonNode summary;
  public final JsonNode dictionary;
  public final QualityRows rejects;
  public final QualityRows warnings;

  private PublishedRun(
      Path dir,
      JsonNode manifest,
      MonitorConfig config,
      NavigableMap<Integer, List<Map<String, Object>>> indices,
      Map<String, Geometry> geometries,
      List<Map<String, Object>> aggregates,
      List<Map<String, Object>> targets,
      List<Map<String, Object>> moran,
      List<Offer> offers,
      JsonNode summary,
      JsonNode dictionary,
      QualityRows rejects,
      QualityRows warnings) {
    this.dir = dir;
    this.manifest = manifest;
    this.config = config;
    this.indices = indices;
    this.geometries = geometries;
    this.aggregates = aggregates;
    this.targets = targets;
    this.moran = moran;
    this.offers = offers;
    this.summary = summary;
    this.dictionary = dictionary;
    this.rejects = rejects;
    this.warnings = warnings;
  }

  /**
   * @throws IOException naming the run file that is missing or unreadable
   */
  public static PublishedRun read(SparkSession spark, Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode manifest = json.readTree(required(dir, "manifest.json").toFile());
    JsonNode cfg = manifest.path("config");
    if (!cfg.path("content").isObject()) {
      throw new IOException(
          dir.resolve("manifest.json")
              + ": has no config.content, so the run's configuration is unknown");
    }
    MonitorConfig config =
        ConfigLoader.ofPublished(
            cfg.get("content"),
            Path.of(cfg.path("file").asText("config.yaml")),
            cfg.path("sha256").asText());
    JsonNode summary = json.readTree(required(dir, "quality/summary.json").toFile());
    NavigableMap<Integer, List<Map<String, Object>>> indices = new TreeMap<>();
    for (Map<String, Object> r :
        rows(
            spark.read().parquet(required(dir, "indices").toString()).orderBy(YEAR, DISTRICT_ID))) {
      indices.computeIfAbsent((Integer) r.get(YEAR), y -> new ArrayList<>()).add(r);
    }
    return new PublishedRun(
        dir,
        manifest,
        config,
        Collections.unmodifiableNavigableMap(indices),
        geometries(spark, dir, config),
        rows(
            spark
                .read()
                .parquet(required(dir, "aggregates").toString())
                .orderBy("level", "unit_id", YEAR)),
        Files.isDirectory(dir.resolve("targets"))
            ? rows(
                spark.read().parquet(dir.resolve("targets").toString()).orderBy("target_id", YEAR))
            : List.of(),
        rows(
            spark
                .read()
                .parquet(required(dir, "spatial/moran").toString())
                .orderBy("variable", YEAR)),
        offers(json, dir.resolve("geojson/angebote.geojson"), workingCrs(summary, config)),
        summary,
        json.readTree(required(dir, "dictionary.json").toFile()),
        qualityRows(required(dir, "quality/rejects.csv")),
        qualityRows(required(dir, "quality/warnings.csv")));
  }

  public String runId() {
    return manifest.path("run_id").asText();
  }

  /** The report year: the configured one, else the run's last. */
  public int reportYear() {
    Integer y = config.report().year();
    if (y != null && !indices.containsKey(y)) {
      throw new IllegalArgumentException(
          "report year " + y + " is not among the run's years " + indices.keySet());
    }
    return y != null ? y : indices.lastKey();
  }

  private static Path required(Path dir, String name) throws IOException {
    Path p = dir.resolve(name);
    if (!Files.exists(p)) {
      throw new IOException(p + ": missing; " + dir + " is not a complete published run");
    }
    return p;
  }

  private static List<Map<String, Object>> rows(Dataset<Row> table) {
    String[] names = table.columns();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row r : table.collectAsList()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int c = 0; c < names.length; c++) {
        m.put(names[c], r.get(c));
      }
      out.add(Collections.unmodifiableMap(m));
    }
    return List.copyOf(out);
  }

  /**
   * District geometries in the working CRS, from the GeoParquet file (one per district; they do not
   * change by year); none for a run without geometry.
   */
  private static Map<String, Geometry> geometries(
      SparkSession spark, Path dir, MonitorConfig config) throws IOException {
    if (!config.hasGeometry()) {
      return Map.of();
    }
    Dataset<Row> geo =
        spark
            .read()
            .format("geoparquet")
            .load(required(dir, IndexTables.GEOPARQUET).toString())
            .selectExpr(DISTRICT_ID, "ST_AsBinary(geometry) AS wkb")
            .dropDuplicates(DISTRICT_ID);
    WKBReader reader = new WKBReader();
    Map<String, Geometry> out = new TreeMap<>();
    for (Row r : geo.collectAsList()) {
      try {
        if (!r.isNullAt(1)) {
          out.put(r.getString(0), reader.read((byte[]) r.get(1)));
        }
      } catch (ParseException e) {
        throw new IOException(
            dir.resolve(IndexTables.GEOPARQUET)
                + ", district "
                + r.getString(0)
                + ": unreadable geometry: "
                + e.getMessage(),
            e);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The working CRS the run used: recorded in its quality summary (it differs from the
   * configuration's under {@code auto}).
   */
  private static String workingCrs(JsonNode summary, MonitorConfig config) {
    return summary.path("geometry").path("working_crs").asText(config.workingCrs());
  }

  private static List<Offer> offers(ObjectMapper json, Path file, String workingCrs)
      throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      Reprojector toWorking =
          new Reprojector(CrsResolver.wgs84LonLat(), CrsResolver.decode(workingCrs));
      List<Offer> out = new ArrayList<>();
      for (JsonNode f : json.readTree(file.toFile()).path("features")) {
        JsonNode p = f.path("properties");
        JsonNode c = f.path("geometry").path("coordinates");
        out.add(
            new Offer(
                p.path("angebot_id").asText(),
                p.path("name").asText(),
                p.path("typ").asText(),
                p.path("lebensphase").asText(),
                p.path(DISTRICT_ID).isNull() ? null : p.path(DISTRICT_ID).asText(),
                toWorking.apply(new Coordinate(c.get(0).asDouble(), c.get(1).asDouble())),
                catalogue(p)));
      }
      return List.copyOf(out);
    } catch (CrsException | TransformException e) {
      throw new IOException(
          file + ": cannot transform the offers to " + workingCrs + ": " + e.getMessage(), e);
    }
  }

  /** The Transferbörse's fields an offer was published with. */
  private static Map<CatalogueField, String> catalogue(JsonNode properties) {
    Map<CatalogueField, String> c = new java.util.EnumMap<>(CatalogueField.class);
    for (CatalogueField f : CatalogueField.values()) {
      JsonNode v = properties.path(f.column());
      if (v.isTextual()) {
        c.put(f, v.asText());
      }
    }
    return java.util.Collections.unmodifiableMap(c);
  }

  private static QualityRows qualityRows(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.mark(1);
      if (in.read() != '\uFEFF') {
        in.reset();
      }
      List<String> header = null;
      List<List<String>> rows = new ArrayList<>();
      long total = 0;
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setDelimiter(';').build().parse(in)) {
        if (header == null) {
          header = rec.toList();
          continue;
        }
        if (rows.size() < LISTED_QUALITY_ROWS) {
          rows.add(rec.toList());
        }
        total++;
      }
      return new QualityRows(header == null ? List.of() : header, List.copyOf(rows), total);
    }
  }
}
