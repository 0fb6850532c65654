package de.sozialraum.monitor.report;

import static de.sozialraum.monitor.schema.Columns.DELIVERED_VALIDITY;
import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.MUNICIPALITY_ID;
import static de.sozialraum.monitor.schema.Columns.MUNICIPALITY_NAME;
import static de.sozialraum.monitor.schema.Columns.POPULATION;
import static de.sozialraum.monitor.schema.Columns.VALIDITY;
import static de.sozialraum.monitor.schema.Columns.YEAR;

import de.sozialraum.geodata.crs.CrsException;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.ReportTexts;
import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndexPresets;
import de.sozialraum.monitor.indicators.Validity;
import de.sozialraum.monitor.output.PublishedRun;
import de.sozialraum.monitor.styles.ClassLegend;
import de.sozialraum.monitor.styles.Legends;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The published run arranged for the report: rows of the report year and the year before by
 * district, the county's and towns' aggregates, the legends of both years, the map frame and the
 * town boundaries.
 */
final class ReportData {

  static final int MAP_WIDTH = 640;

  final PublishedRun run;
  final MonitorConfig config;
  private final Validity validityRules;
  final Map<String, String> texts;
  final int year;
  final Integer previous;
  final int[] years;
  final List<IndexPreset> presets;
  final Map<String, IndexPreset> phases;
  final List<String> spatialVariables;
  final Legends legends;
  final Legends previousLegends;
  final Envelope extent;
  final Map<String, Geometry> townOutlines;

  /** Each district's number on the maps and in their key: 1, 2, … in the order of its id. */
  final Map<String, Integer> numbers = new LinkedHashMap<>();

  /** What the maps of the whole area carry: district numbers, town names, a scale bar. */
  final ChoroplethMap.Furniture furniture;

  /** The same without the district numbers. */
  private final ChoroplethMap.Furniture townFurniture;

  /**
   * Up to this many districts every map carries their numbers; above, only the headline index's
   * map, beside which the key stands: a city's 567 numbers on each of 30 maps cover the maps and
   * made most of the time Chromium spent printing them.
   */
  static final int NUMBERED_MAPS_AT_MOST = 100;

  /** The frame of the maps of the whole area, in which the shapes are drawn; null without. */
  final MapFrame frame;

  /**
   * Every district's and town's shape, once for the report ({@link ChoroplethMap#shapes}); null
   * without geometry.
   */
  final String shapes;

  /** The ids of the towns' outlines among the shapes. */
  final List<String> townShapes = new ArrayList<>();

  private final Map<Integer, Map<String, Map<String, Object>>> byDistrict = new HashMap<>();
  private final Map<String, Map<String, Object>> towns = new HashMap<>();
  private final Map<String, List<Map<String, Object>>> byTown = new HashMap<>();
  private final Map<Integer, Map<String, Object>> county = new HashMap<>();

  ReportData(PublishedRun run) {
    this.run = run;
    this.config = run.config;
    this.validityRules = new Validity(config);
    this.texts = ReportTexts.with(config.report().labels());
    this.year = run.reportYear();
    this.previous = run.indices.lowerKey(year);
    this.years = run.indices.keySet().stream().mapToInt(Integer::intValue).toArray();
    this.presets = IndexPresets.of(config);
    this.phases = IndexPresets.lifePhases(config, presets);
    this.spatialVariables = IndexPresets.spatialVariables(config.spatial(), presets);
    run.indices.forEach(
        (y, rows) -> {
          Map<String, Map<String, Object>> m = new LinkedHashMap<>();
          rows.forEach(r -> m.put((String) r.get(DISTRICT_ID), r));
          byDistrict.put(y, m);
        });
    run.aggregates.forEach(
        a -> {
          if ("county".equals(a.get("level"))) {
            county.put((Integer) a.get(YEAR), a);
          } else {
            towns.put(a.get("unit_id") + "|" + a.get(YEAR), a);
          }
        });
    this.legends = Legends.of(config, year, run.indices.get(year));
    this.previousLegends =
        previous == null ? null : Legends.of(config, previous, run.indices.get(previous));
    Envelope e = new Envelope();
    run.geometries.values().forEach(g -> e.expandToInclude(g.getEnvelopeInternal()));
    this.extent = e;
    this.townOutlines = townOutlines();
    rows()
        .forEach(
            r ->
                byTown
                    .computeIfAbsent((String) r.get(MUNICIPALITY_ID), k -> new ArrayList<>())
                    .add(r));
    List<ChoroplethMap.Label> labels = new ArrayList<>();
    for (Map<String, Object> r : rows()) {
      String id = (String) r.get(DISTRICT_ID);
      numbers.put(id, numbers.size() + 1);
      Geometry g = run.geometries.get(id);
      if (g != null) {
        labels.add(
            new ChoroplethMap.Label(
                Integer.toString(numbers.get(id)), g.getInteriorPoint().getCoordinate(), false));
      }
    }
    Map<String, String> names = towns();
    townOutlines.forEach(
        (town, g) ->
            labels.add(
                new ChoroplethMap.Label(
                    names.get(town), g.getInteriorPoint().getCoordinate(), true)));
    this.furniture = new ChoroplethMap.Furniture(labels, metric(run.summary));
    this.townFurniture =
        new ChoroplethMap.Furniture(
            labels.stream().filter(ChoroplethMap.Label::town).toList(), furniture.metric());
    if (run.geometries.isEmpty()) {
      this.frame = null;
      this.shapes = null;
    } else {
      this.frame = new MapFrame(extent, MAP_WIDTH, 8);
      Map<String, Geometry> byShape = new LinkedHashMap<>();
      numbers.forEach(
          (id, n) -> {
            if (run.geometries.containsKey(id)) {
              byShape.put(shapeOf(id), run.geometries.get(id));
            }
          });
      townOutlines.forEach(
          (town, g) -> {
            String shape = "t" + (townShapes.size() + 1);
            townShapes.add(shape);
            byShape.put(shape, g);
          });
      this.shapes = ChoroplethMap.shapes(frame, byShape);
    }
  }

  /** The furniture of a map of the whole area; {@code keyMap} for the headline index's map. */
  ChoroplethMap.Furniture furniture(boolean keyMap) {
    return keyMap || rows().size() <= NUMBERED_MAPS_AT_MOST ? furniture : townFurniture;
  }

  /** The id of a district's shape: "g" and its number, an XML id whatever its own id holds. */
  String shapeOf(String district) {
    return "g" + numbers.get(district);
  }

  /**
   * Whether the working CRS counts metres (a scale bar is true only then): known by its EPSG code;
   * a custom definition, a plane of unknown units or lon/lat get no scale bar.
   */
  private static boolean metric(com.fasterxml.jackson.databind.JsonNode summary) {
    String crs = summary.path("geometry").path("working_crs").asText("");
    if (!crs.startsWith("EPSG:")) {
      return false;
    }
    try {
      return CrsResolver.decode(crs).inMetres();
    } catch (CrsException e) {
      return false;
    }
  }

  /** Rows of the report year, ordered by district id. */
  List<Map<String, Object>> rows() {
    return run.indices.get(year);
  }

  /**
   * The report year's rows of one town (null: of the districts without a town), in id order; kept
   * by town, since every profile's locator map draws its town.
   */
  List<Map<String, Object>> rowsOfTown(String town) {
    return byTown.getOrDefault(town, List.of());
  }

  Map<String, Object> row(int y, String district) {
    Map<String, Map<String, Object>> m = byDistrict.get(y);
    return m == null ? null : m.get(district);
  }

  /** The county's (unit null) or a town's aggregate row of a year, or null. */
  Map<String, Object> aggregate(String municipality, int y) {
    return municipality == null ? county.get(y) : towns.get(municipality + "|" + y);
  }

  ClassLegend legend(String column) {
    return legends.of(column);
  }

  IndexPreset headline() {
    return presets.get(0);
  }

  /**
   * The one change the report shows, with its period: from the comparison year to the report year
   * ("Veränderung zum Vorjahr 2023", "Veränderung seit 2020" when years lie between).
   */
  String changeHeading() {
    if (previous == null) {
      return text("change");
    }
    return previous == year - 1
        ? text("change") + " zum " + text("previous_year") + " " + previous
        : text("change") + " seit " + previous;
  }

  /**
   * The source line under every map: publisher, year and run, the boundaries' file, and where the
   * numbers are explained.
   */
  String mapSource() {
    String by = config.report().publisher() != null ? config.report().publisher() : config.title();
    return text("map_source")
        + ": "
        + by
        + ", "
        + text("report_kind")
        + " "
        + year
        + " (Lauf "
        + run.runId()
        + "); Grenzen: "
        + summaryText("geometry", "source")
        + ". Nummern der Sozialräume: siehe „"
        + text("map_key")
        + "“ im Kapitel „"
        + text("index")
        + "“.";
  }

  /** A gap rule in words: "Bedarf … ≥ 1,0 und weniger als 45,0 Angebote (Kita) je 1.000". */
  String gapRule(MonitorConfig.Gap g) {
    return "Bedarf "
        + title(g.need())
        + " ≥ "
        + GermanNumbers.format(g.needAtLeast(), 1)
        + " und weniger als "
        + GermanNumbers.format(g.per1000Below(), 1)
        + " Angebote ("
        + IndexPresets.lifePhaseName(g.phase())
        + ") je 1.000";
  }

  private String summaryText(String section, String field) {
    return run.summary.path(section).path(field).asText("–");
  }

  /** A row's validity in German: "gültig", else "ohne Index: " and why. */
  String validity(Map<String, Object> r) {
    return Validity.VALID.equals(r.get(VALIDITY))
        ? Validity.name(Validity.VALID)
        : "ohne Index: " + invalidBecause(r);
  }

  /** Why a row is not valid, in German. */
  String invalidBecause(Map<String, Object> r) {
    return validityRules.reasonInGerman(
        (String) r.get(VALIDITY),
        (Number) r.get(POPULATION),
        r.get(DELIVERED_VALIDITY),
        (String) r.get("validity_reason"));
  }

  /** A published column as the report names it: in German, never by its id. */
  String title(String column) {
    return IndexPresets.variableTitle(config, presets, column);
  }

  String text(String key) {
    return texts.get(key);
  }

  /** The county's name: the aggregate row's unit name, else the configuration's title. */
  String countyName() {
    Map<String, Object> c = aggregate(null, year);
    return c != null && c.get("unit_name") != null ? c.get("unit_name").toString() : config.title();
  }

  /** Towns by id with their names, in id order. */
  Map<String, String> towns() {
    Map<String, String> t = new TreeMap<>();
    rows()
        .forEach(
            r -> {
              if (r.get(MUNICIPALITY_ID) != null) {
                t.put((String) r.get(MUNICIPALITY_ID), (String) r.get(MUNICIPALITY_NAME));
              }
            });
    return t;
  }

  static double number(Map<String, Object> row, String column) {
    return row != null && row.get(column) instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  /**
   * A column's values over all years for one district (or a town or the county from the aggregates:
   * kind "district").
   */
  double[] series(String kind, String unit, String column) {
    double[] v = new double[years.length];
    for (int i = 0; i < years.length; i++) {
      Map<String, Object> r =
          switch (kind) {
            case "district" -> row(years[i], unit);
            case "municipality" -> aggregate(unit, years[i]);
            default -> aggregate(null, years[i]);
          };
      v[i] = number(r, column);
    }
    return v;
  }

  private Map<String, Geometry> townOutlines() {
    Map<String, List<Geometry>> parts = new TreeMap<>();
    for (Map<String, Object> r : rows()) {
      Geometry g = run.geometries.get((String) r.get(DISTRICT_ID));
      if (g != null && r.get(MUNICIPALITY_ID) != null) {
        parts.computeIfAbsent((String) r.get(MUNICIPALITY_ID), k -> new ArrayList<>()).add(g);
      }
    }
    Map<String, Geometry> out = new TreeMap<>();
    parts.forEach((town, gs) -> out.put(town, UnaryUnionOp.union(gs)));
    return out;
  }
}
