package de.sozialraum.monitor.styles;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.YEAR;

import de.sozialraum.geodata.io.GeoPackageWriter;
import de.sozialraum.geodata.io.GeoPackageWriter.Field;
import de.sozialraum.geodata.model.District;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.index.IndexPresets;
import de.sozialraum.monitor.output.IndexTables;
import de.sozialraum.monitor.output.RunTables;
import de.sozialraum.monitor.stage.Stage;
import de.sozialraum.monitor.supply.CatalogueField;
import de.sozialraum.monitor.supply.Offers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.locationtech.jts.geom.Geometry;

/**
 * Step {@code gis}: the run as a GIS analyst opens it with a double click. {@code
 * gis/monitoring.gpkg} holds a district layer per year ({@code sozialraeume_<year>}, every
 * published column), the offers ({@code angebote}) and the municipalities' and county's rows
 * ({@code gemeinden_kreis}, a table); each layer's default style, the headline index's classes (the
 * offers by life phase), is in {@code layer_styles}, where QGIS finds it on opening the layer.
 * {@code gis/monitoring.qgs} opens the themes of the newest year styled and grouped ({@link
 * QgisProject}). Styles and legends are the ones {@code styles/} holds, so the map, the report and
 * the published colour columns agree.
 */
public final class WriteGisPackage implements Stage<WriteGisPackage.Input, WriteGisPackage.Result> {

  /** Above this many district rows (districts × years) the package is left out. */
  public static final long MAX_ROWS = 2_000_000;

  static final String GPKG = "gis/monitoring.gpkg";
  static final String PROJECT = "gis/monitoring.qgs";
  static final String OFFERS = "angebote";
  static final String AGGREGATES = "gemeinden_kreis";

  /**
   * @param legends the legends of every year, as the styles step made them
   */
  public record Input(RunTables tables, Map<Integer, Legends> legends) {}

  /**
   * @param files the package's files with their rows (features of all layers; layers of the
   *     project)
   * @param omitted why no package was written, if so
   */
  public record Result(Map<String, Long> files, Optional<String> omitted) {}

  private final Path staging;
  private final Instant started;

  public WriteGisPackage(Path staging, Instant started) {
    this.staging = staging;
    this.started = started;
  }

  /** The district layer of a year in the GeoPackage. */
  static String districtTable(int year) {
    return "sozialraeume_" + year;
  }

  @Override
  public Result apply(Input in) throws IOException {
    RunTables t = in.tables();
    MonitorConfig config = t.config();
    if (!config.outputs().geopackage()) {
      return new Result(Map.of(), Optional.empty());
    }
    if (!t.hasGeometry()) {
      return new Result(
          Map.of(), Optional.of(RunTables.withoutGeometry("gis/ (GeoPackage and QGIS project)")));
    }
    long rows = (long) t.layer().districts().size() * in.legends().size();
    if (rows > MAX_ROWS) {
      return new Result(
          Map.of(),
          Optional.of(
              "gis/ not written: "
                  + rows
                  + " district rows exceed the GeoPackage's limit of "
                  + MAX_ROWS
                  + " (outputs.geopackage); "
                  + IndexTables.GEOPARQUET
                  + " holds the same layer for QGIS"));
    }
    Path gpkg = staging.resolve(GPKG);
    Files.createDirectories(gpkg.getParent());
    List<QgisProject.Layer> projectLayers;
    long features;
    try (GeoPackageWriter w =
        new GeoPackageWriter(gpkg, t.layer().workingCrs(), Date.from(started))) {
      features = districts(w, t, in.legends());
      features += offers(w, t);
      aggregates(w, t);
      projectLayers = projectLayers(config, in.legends(), t.supply().present());
    }
    QgisProject.write(
        staging.resolve(PROJECT),
        config.title(),
        t.layer().workingCrs(),
        gpkg.getFileName().toString(),
        projectLayers);
    Map<String, Long> files = new LinkedHashMap<>();
    files.put(GPKG, features);
    files.put(PROJECT, (long) projectLayers.size());
    return new Result(files, Optional.empty());
  }

  /** Every year's districts in one ordered pass over the published table. */
  private static long districts(GeoPackageWriter w, RunTables t, Map<Integer, Legends> legends)
      throws IOException {
    Map<String, Geometry> geometry = new HashMap<>();
    for (District d : t.layer().districts()) {
      geometry.put(d.id(), d.geometry());
    }
    StructType schema = t.indices().schema();
    List<Field> fields = new ArrayList<>();
    for (StructField f : schema.fields()) {
      fields.add(new Field(f.name(), type(f.dataType())));
    }
    String headline = headlineClass(t.config());
    Iterator<Row> it = t.indices().toLocalIterator();
    int yearAt = schema.fieldIndex(YEAR);
    int idAt = schema.fieldIndex(DISTRICT_ID);
    GeoPackageWriter.Layer layer = null;
    int year = 0;
    List<Integer> years = new ArrayList<>();
    long n = 0;
    try {
      while (it.hasNext()) {
        Row r = it.next();
        int y = r.getInt(yearAt);
        if (layer == null || y != year) {
          if (layer != null) {
            layer.close();
          }
          year = y;
          String table = districtTable(year);
          layer =
              w.features(
                  table,
                  t.config().title() + " " + year,
                  "Sozialräume " + year + ": Indikatoren, Indizes und Klassen der Veröffentlichung",
                  GeoPackageWriter.Shape.MULTIPOLYGON,
                  fields);
          years.add(year);
        }
        Object[] values = new Object[fields.size()];
        for (int c = 0; c < values.length; c++) {
          values[c] = r.get(c);
        }
        layer.add(geometry.get(r.getString(idAt)), values);
        n++;
      }
    } finally {
      if (layer != null) {
        layer.close();
      }
    }
    // styles go in once the features are committed: SQLite allows one writer at a time
    for (int y : years) {
      ClassLegend l = legends.get(y).of(headline);
      w.style(
          districtTable(y),
          l.title() + " " + y,
          QgisStyles.qml(l, QgisStyles.Symbol.FILL),
          l.title() + " (Klassen des Laufs)",
          true);
    }
    return n;
  }

  private static long offers(GeoPackageWriter w, RunTables t) throws IOException {
    if (!t.supply().present()) {
      return 0;
    }
    List<CatalogueField> catalogue = Offers.catalogueFields(t.config().supply());
    List<Field> fields =
        Offers.columns(catalogue).stream()
            .map(c -> new Field(c, GeoPackageWriter.Type.TEXT))
            .toList();
    long n = 0;
    try (GeoPackageWriter.Layer layer =
        w.features(
            OFFERS,
            t.config().title() + " – Angebote",
            "Angebote der Präventionskette mit Lebensphase und Sozialraum",
            GeoPackageWriter.Shape.POINT,
            fields)) {
      for (Offers.Offer o : t.supply().offers().offers()) {
        layer.add(o.point(), o.values(catalogue, t.supply().districtOf(o.id())).toArray());
        n++;
      }
    }
    ClassLegend phases = offerPhases();
    w.style(
        OFFERS,
        phases.title(),
        QgisStyles.qml(phases, QgisStyles.Symbol.MARKER),
        "Angebote nach Lebensphase",
        true);
    return n;
  }

  private static void aggregates(GeoPackageWriter w, RunTables t) throws IOException {
    StructType schema = t.aggregates().schema();
    List<Field> fields = new ArrayList<>();
    for (StructField f : schema.fields()) {
      fields.add(new Field(f.name(), type(f.dataType())));
    }
    List<Object[]> rows = new ArrayList<>();
    for (Row r : t.aggregates().orderBy("level", "unit_id", YEAR).collectAsList()) {
      Object[] v = new Object[fields.size()];
      for (int c = 0; c < v.length; c++) {
        v[c] = r.get(c);
      }
      rows.add(v);
    }
    w.attributes(
        AGGREGATES,
        t.config().title() + " – Gemeinden und Kreis",
        "Kennzahlen der Gemeinden und des Kreises je Jahr",
        fields,
        rows);
  }

  /** The offers' legend: their life phases in the chain's order, colour-blind-safe colours. */
  public static ClassLegend offerPhases() {
    List<ClassLegend.Entry> entries = new ArrayList<>();
    List<String> phases = IndexPresets.LIFE_PHASES;
    for (int i = 0; i < phases.size(); i++) {
      entries.add(
          new ClassLegend.Entry(
              phases.get(i),
              IndexPresets.lifePhaseName(phases.get(i)),
              de.sozialraum.monitor.numerics.classify.Palette.QUALITATIVE.get(i)));
    }
    return new ClassLegend(
        "lebensphase", null, "Angebote nach Lebensphase", entries, "ohne Lebensphase", false);
  }

  /** The class column of the first configured preset, the run's headline index. */
  static String headlineClass(MonitorConfig config) {
    return IndexPresets.of(config).get(0).classColumn();
  }

  /**
   * The project's themes for the newest year: every preset's classes (and the headline of each
   * earlier year, hidden), the life phases, the indicators, the offers and the spatial clusters.
   */
  static List<QgisProject.Layer> projectLayers(
      MonitorConfig config, Map<Integer, Legends> legends, boolean offers) {
    TreeMap<Integer, Legends> years = new TreeMap<>(legends);
    int newest = years.lastKey();
    Legends l = years.get(newest);
    List<QgisProject.Layer> out = new ArrayList<>();
    List<Theme> themes = Theme.of(config, l);
    String table = districtTable(newest);
    boolean first = true;
    for (Theme t : Theme.inGroup(themes, Theme.INDEX)) {
      theme(out, t, table, newest, first);
      first = false;
    }
    for (int y : years.descendingKeySet()) {
      if (y != newest) {
        ClassLegend headline = years.get(y).of(headlineClass(config));
        if (headline != null) {
          theme(out, new Theme(Theme.INDEX, headline), districtTable(y), y, false);
        }
      }
    }
    for (String group : List.of(Theme.PHASES, Theme.INDICATORS)) {
      for (Theme t : Theme.inGroup(themes, group)) {
        theme(out, t, table, newest, false);
      }
    }
    if (offers) {
      out.add(
          new QgisProject.Layer(
              "Angebote",
              OFFERS,
              "Angebote nach Lebensphase",
              offerPhases(),
              QgisStyles.Symbol.MARKER,
              true));
    }
    for (Theme t : Theme.inGroup(themes, Theme.CLUSTERS)) {
      theme(out, t, table, newest, false);
    }
    return out;
  }

  private static void theme(
      List<QgisProject.Layer> out, Theme t, String table, int year, boolean visible) {
    out.add(
        new QgisProject.Layer(
            t.group(),
            table,
            t.legend().title() + " " + year,
            t.legend(),
            QgisStyles.Symbol.FILL,
            visible));
  }

  private static GeoPackageWriter.Type type(DataType t) {
    if (t.equals(DataTypes.StringType)) {
      return GeoPackageWriter.Type.TEXT;
    }
    if (t.equals(DataTypes.DoubleType) || t.equals(DataTypes.FloatType)) {
      return GeoPackageWriter.Type.REAL;
    }
    if (t.equals(DataTypes.IntegerType)
        || t.equals(DataTypes.LongType)
        || t.equals(DataTypes.BooleanType)
        || t.equals(DataTypes.ShortType)) {
      return GeoPackageWriter.Type.INTEGER;
    }
    throw new IllegalStateException("no GeoPackage type for a published column of type " + t);
  }

  @Override
  public String done(Result r) {
    return r.files().isEmpty()
        ? "GIS-Paket: keines"
        : "GIS-Paket geschrieben: " + r.files().get(GPKG) + " Objekte";
  }
}
