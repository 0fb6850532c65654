package de.sozialraum.monitor.report;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_NAME;
import static de.sozialraum.monitor.schema.Columns.MUNICIPALITY_ID;
import static de.sozialraum.monitor.schema.Columns.POPULATION;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static de.sozialraum.monitor.schema.Columns.flagOf;
import static de.sozialraum.monitor.schema.Columns.gapOf;
import static de.sozialraum.monitor.schema.Columns.phaseClassOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.index.IndexPresets;
import de.sozialraum.monitor.numerics.classify.Palette;
import de.sozialraum.monitor.output.PublishedRun;
import de.sozialraum.monitor.schema.ColumnText;
import de.sozialraum.monitor.styles.ClassLegend;
import de.sozialraum.monitor.styles.Legends;
import de.sozialraum.monitor.styles.Theme;
import de.sozialraum.monitor.styles.WriteGisPackage;
import de.sozialraum.monitor.supply.CatalogueField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;

/**
 * What the atlas shows, as one JSON object its script reads: the districts in the order of their
 * map numbers, their shapes simplified for display, and for every theme and year the published
 * class and value of each district with the legend they were classed by. Colours are the legends'
 * own, so the atlas, the report, the QGIS styles and the GeoJSON's colour columns cannot disagree.
 */
final class AtlasData {

  /** The atlas map's canvas width in pixels; the shapes keep a tenth of a pixel of it. */
  static final int WIDTH = 1000;

  /**
   * The display tolerance in pixels of that canvas: a quarter pixel still draws every corner
   * sharply at the atlas's highest zoom of eight, and halves a city's shapes.
   */
  static final double TOLERANCE_PIXELS = 0.25;

  private final ReportData d;
  private final Map<Integer, Legends> legends;
  private final ObjectMapper json = new ObjectMapper();
  private final List<String> ids;

  AtlasData(ReportData d, Map<Integer, Legends> legends) {
    this.d = d;
    this.legends = legends;
    this.ids = new ArrayList<>(d.numbers.keySet());
  }

  ObjectNode build() {
    ObjectNode root = json.createObjectNode();
    root.set("meta", meta());
    ObjectNode t = root.putObject("t");
    d.texts.forEach(
        (k, v) -> {
          if (k.startsWith("atlas_")) {
            t.put(k.substring("atlas_".length()), v);
          }
        });
    ArrayNode towns = root.putArray("towns");
    Map<String, Integer> townIndex = new LinkedHashMap<>();
    d.towns()
        .forEach(
            (id, name) -> {
              townIndex.put(id, townIndex.size());
              towns.addObject().put("id", id).put("name", name);
            });
    ArrayNode districts = root.putArray("districts");
    for (String id : ids) {
      Map<String, Object> r = d.row(d.year, id);
      ObjectNode o = districts.addObject().put("id", id).put("name", (String) r.get(DISTRICT_NAME));
      Integer town = townIndex.get((String) r.get(MUNICIPALITY_ID));
      o.put("town", town == null ? -1 : town).put("n", d.numbers.get(id));
    }
    root.set("map", map());
    root.set("themes", themes());
    root.set("indicators", indicators(townIndex));
    root.set("offers", offers());
    ArrayNode catalogue = root.putArray("catalogue");
    for (CatalogueField f : CatalogueField.values()) {
      catalogue.addArray().add(f.column()).add(f.title());
    }
    root.set("phases", phases());
    root.set("targets", targets());
    return root;
  }

  private ObjectNode meta() {
    ObjectNode m = json.createObjectNode();
    m.put("title", title(d));
    m.put("county", d.countyName());
    m.put("publisher", d.config.report().publisher());
    m.put("year", d.year);
    ArrayNode years = m.putArray("years");
    for (int y : d.years) {
      years.add(y);
    }
    m.put("source", d.mapSource());
    return m;
  }

  /** The atlas's title: the report's and "Sozialraumatlas". */
  static String title(ReportData d) {
    return d.config.report().title() + " – " + d.text("atlas_name");
  }

  /**
   * The districts' and towns' shapes as SVG path data on a {@link #WIDTH}-pixel canvas. Districts
   * are simplified as one coverage, so neighbours keep their shared edges (no slivers, no gaps);
   * towns are the union of their simplified districts. The published geometries are untouched.
   */
  private ObjectNode map() {
    ObjectNode m = json.createObjectNode();
    MapFrame frame = new MapFrame(d.extent, WIDTH, 8);
    m.put("width", frame.width()).put("height", frame.height());
    m.put("unitsPerPixel", frame.unitsPerPixel()).put("metric", d.furniture.metric());
    m.put("noClassColour", Palette.NO_CLASS);
    List<String> shaped = ids.stream().filter(d.run.geometries::containsKey).toList();
    Geometry[] coverage = shaped.stream().map(d.run.geometries::get).toArray(Geometry[]::new);
    Geometry[] simple;
    boolean simplified = true;
    try {
      simple = CoverageSimplifier.simplify(coverage, TOLERANCE_PIXELS * frame.unitsPerPixel());
    } catch (RuntimeException e) {
      // an overlapping delivery is no coverage: then the atlas draws the shapes as published
      simple = coverage;
      simplified = false;
    }
    m.put("simplified", simplified);
    Map<String, Geometry> byId = new LinkedHashMap<>();
    for (int i = 0; i < shaped.size(); i++) {
      byId.put(shaped.get(i), simple[i]);
    }
    ArrayNode paths = m.putArray("districts");
    Map<String, List<Geometry>> townParts = new LinkedHashMap<>();
    for (String id : ids) {
      Geometry g = byId.get(id);
      paths.add(g == null ? "" : frame.path(g));
      Object town = d.row(d.year, id).get(MUNICIPALITY_ID);
      if (g != null && town != null) {
        townParts.computeIfAbsent((String) town, k -> new ArrayList<>()).add(g);
      }
    }
    ArrayNode towns = m.putArray("towns");
    List<String> townIds = new ArrayList<>(d.towns().keySet());
    d.towns()
        .forEach(
            (town, name) -> {
              List<Geometry> parts = townParts.get(town);
              if (parts != null) {
                Geometry outline = CoverageUnion.union(parts.toArray(Geometry[]::new));
                var at = d.townOutlines.get(town).getInteriorPoint().getCoordinate();
                towns
                    .addObject()
                    .put("town", townIds.indexOf(town))
                    .put("d", frame.path(outline))
                    .put("x", round(frame.x(at.x), 1))
                    .put("y", round(frame.y(at.y), 1));
              }
            });
    ArrayNode labels = m.putArray("labels");
    for (String id : ids) {
      Geometry g = d.run.geometries.get(id);
      if (g == null) {
        labels.addNull();
      } else {
        var at = g.getInteriorPoint().getCoordinate();
        labels.addArray().add(round(frame.x(at.x), 1)).add(round(frame.y(at.y), 1));
      }
    }
    ArrayNode offers = m.putArray("offers");
    for (PublishedRun.Offer o : d.run.offers) {
      offers.addArray().add(round(frame.x(o.point().x), 1)).add(round(frame.y(o.point().y), 1));
    }
    return m;
  }

  /**
   * Every theme with, per year, its legend (label, colour), each district's class as the index of
   * its legend entry (−1: none) and the value it was classed by.
   */
  private ArrayNode themes() {
    ArrayNode out = json.createArrayNode();
    Legends newest = legends.get(d.year);
    Map<String, MonitorConfig.Gap> gaps = new LinkedHashMap<>();
    if (d.config.supply() != null) {
      d.config.supply().gaps().forEach(g -> gaps.put(gapOf(g.id()), g));
    }
    for (Theme theme : Theme.of(d.config, newest)) {
      ClassLegend current = theme.legend();
      ObjectNode o = out.addObject();
      o.put("id", current.column()).put("group", theme.group());
      o.put("title", current.title()).put("noClass", current.noClass());
      String value = current.valueColumn();
      if (value != null) {
        o.put("value", value).put("valueTitle", d.title(value)).put("unit", unitOf(value));
      }
      MonitorConfig.Gap gap = gaps.get(current.column());
      if (gap != null) {
        o.put("rule", d.gapRule(gap));
      }
      ObjectNode byYear = o.putObject("years");
      for (int y : d.years) {
        ClassLegend l = legends.get(y) == null ? null : legends.get(y).of(current.column());
        if (l == null) {
          continue;
        }
        ObjectNode year = byYear.putObject(Integer.toString(y));
        ArrayNode legend = year.putArray("legend");
        l.entries().forEach(e -> legend.addArray().add(e.label()).add(e.colour()));
        if (gap != null) {
          ClassLegend.Entry flagged = l.entryOf(Boolean.TRUE);
          year.put("gap", flagged == null ? -2 : l.entries().indexOf(flagged));
        }
        ArrayNode classes = year.putArray("cls");
        ArrayNode values = year.putArray("val");
        for (String id : ids) {
          Map<String, Object> r = d.row(y, id);
          ClassLegend.Entry e = r == null ? null : l.entryOf(r.get(current.column()));
          classes.add(e == null ? -1 : l.entries().indexOf(e));
          if (value != null) {
            addNumber(values, r == null ? null : r.get(value));
          }
        }
      }
    }
    return out;
  }

  /** The unit symbol of an indicator column; none for index values. */
  private String unitOf(String column) {
    for (MonitorConfig.Indicator i : d.config.indicators()) {
      if (i.id().equals(column)) {
        return i.unit().symbol();
      }
    }
    return "";
  }

  /**
   * The profile's figures: each indicator's value per district and year with why it is withheld,
   * and the towns' and county's values; the districts' population.
   */
  private ObjectNode indicators(Map<String, Integer> townIndex) {
    ObjectNode out = json.createObjectNode();
    ArrayNode list = out.putArray("list");
    for (MonitorConfig.Indicator ind : d.config.indicators()) {
      ObjectNode o = list.addObject();
      o.put("id", ind.id()).put("title", d.title(ind.id())).put("unit", ind.unit().symbol());
      ObjectNode years = o.putObject("years");
      for (int y : d.years) {
        ObjectNode year = years.putObject(Integer.toString(y));
        ArrayNode values = year.putArray("val");
        ArrayNode withheld = year.putArray("withheld");
        for (String id : ids) {
          Map<String, Object> r = d.row(y, id);
          addNumber(values, r == null ? null : r.get(ind.id()));
          withheld.add(r == null ? null : ColumnText.withheld((String) r.get(flagOf(ind.id()))));
        }
        ArrayNode towns = year.putArray("towns");
        townIndex.keySet().forEach(town -> addNumber(towns, value(d.aggregate(town, y), ind.id())));
        addNumber(year.putArray("county"), value(d.aggregate(null, y), ind.id()));
      }
    }
    ObjectNode population = out.putObject("population");
    for (int y : d.years) {
      ArrayNode p = population.putArray(Integer.toString(y));
      for (String id : ids) {
        addNumber(p, value(d.row(y, id), POPULATION));
      }
    }
    return out;
  }

  private static Object value(Map<String, Object> row, String column) {
    return row == null ? null : row.get(column);
  }

  /**
   * The offers with their district (index, −1 outside every district), life phase, type and the
   * Transferbörse's catalogue fields that the supply layer delivers.
   */
  private ArrayNode offers() {
    ArrayNode out = json.createArrayNode();
    Map<String, Integer> index = new LinkedHashMap<>();
    ids.forEach(id -> index.put(id, index.size()));
    for (PublishedRun.Offer o : d.run.offers) {
      ObjectNode n = out.addObject();
      n.put("id", o.id()).put("name", o.name()).put("type", o.type()).put("phase", o.phase());
      n.put("district", o.districtId() == null ? -1 : index.getOrDefault(o.districtId(), -1));
      for (CatalogueField f : CatalogueField.values()) {
        String v = o.catalogue().get(f);
        if (v != null) {
          n.put(f.column(), v);
        }
      }
    }
    return out;
  }

  /** The life phases in the chain's order, with their names and the offers' colours. */
  private ArrayNode phases() {
    ArrayNode out = json.createArrayNode();
    ClassLegend offerPhases = WriteGisPackage.offerPhases();
    for (String phase : IndexPresets.LIFE_PHASES) {
      out.addObject()
          .put("id", phase)
          .put("name", IndexPresets.lifePhaseName(phase))
          .put("colour", offerPhases.colourOf(phase))
          .put("theme", d.phases.containsKey(phase) ? phaseClassOf(phase) : null);
    }
    return out;
  }

  /** The targets' status per year: label, scope and unit, value, expected value and status. */
  private ArrayNode targets() {
    ArrayNode out = json.createArrayNode();
    for (Map<String, Object> t : d.run.targets) {
      out.addObject()
          .put("label", (String) t.get("label"))
          .put("scope", (String) t.get("scope"))
          .put("unit", (String) t.get("unit_id"))
          .put("year", ((Number) t.get(YEAR)).intValue())
          .put("status", Chapters.targetStatus((String) t.get("status")))
          .put("value", number(t.get("value")))
          .put("target", number(t.get("target")));
    }
    return out;
  }

  private static Double number(Object v) {
    return v instanceof Number n && !Double.isNaN(n.doubleValue()) ? n.doubleValue() : null;
  }

  /**
   * A value for display, to six significant digits (the atlas shows at most two decimals and the
   * published tables keep every digit); null for no value.
   */
  private static void addNumber(ArrayNode a, Object v) {
    Double x = number(v);
    if (x == null) {
      a.addNull();
    } else if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      a.add(x.longValue());
    } else {
      a.add(new java.math.BigDecimal(x).round(new java.math.MathContext(6)).doubleValue());
    }
  }

  private static double round(double v, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(v * f) / f;
  }
}
