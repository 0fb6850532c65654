package de.sozialraum.monitor.report;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.DISTRICT_NAME;
import static de.sozialraum.monitor.schema.Columns.MUNICIPALITY_ID;
import static de.sozialraum.monitor.schema.Columns.MUNICIPALITY_NAME;

import de.sozialraum.monitor.report.ReportModel.Figure;
import de.sozialraum.monitor.report.ReportModel.LegendRow;
import de.sozialraum.monitor.styles.ClassLegend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Class maps of the report year drawn from a legend, so map, legend and GeoJSON colours are one and
 * the same.
 */
final class Figures {

  private Figures() {}

  static Figure classMap(
      ReportData d,
      String id,
      String title,
      String caption,
      ClassLegend legend,
      List<ChoroplethMap.Marker> markers) {
    List<ChoroplethMap.Area> areas = new ArrayList<>();
    long[] counts = new long[legend.entries().size()];
    long none = 0;
    boolean mapped = !d.run.geometries.isEmpty();
    for (Map<String, Object> r : d.rows()) {
      Geometry g = d.run.geometries.get((String) r.get(DISTRICT_ID));
      if (g == null && mapped) {
        continue;
      }
      ClassLegend.Entry e = legend.entryOf(r.get(legend.column()));
      if (e == null) {
        none++;
      } else {
        counts[legend.entries().indexOf(e)]++;
      }
      if (g != null) {
        areas.add(
            new ChoroplethMap.Area(
                (String) r.get(DISTRICT_ID),
                d.shapeOf((String) r.get(DISTRICT_ID)),
                e == null ? null : e.colour(),
                tooltip(r, legend, e)));
      }
    }
    List<LegendRow> rows = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      ClassLegend.Entry e = legend.entries().get(i);
      rows.add(new LegendRow(e.colour(), e.label(), counts[i], false));
    }
    rows.add(
        new LegendRow(
            de.sozialraum.monitor.numerics.classify.Palette.NO_CLASS,
            legend.noClass(),
            none,
            true));
    if (!mapped) {
      // without boundaries the figure is its legend: how many districts each class holds
      return new Figure(id, "karte", title, caption, null, rows);
    }
    String svg =
        ChoroplethMap.render(
            id,
            title + " " + d.year,
            d.frame,
            d.frame,
            areas,
            d.townShapes,
            markers,
            null,
            d.furniture(id.equals(keyMapId(d))));
    return new Figure(id, "karte", title, caption, svg, rows);
  }

  /** The id of the map beside which the key of district numbers stands: the headline index's. */
  static String keyMapId(ReportData d) {
    return "karte-" + d.headline().classColumn();
  }

  /**
   * A small map of the district's town with the district outlined, for its profile; null without
   * geometry.
   */
  static String locator(ReportData d, Map<String, Object> row, ClassLegend legend) {
    if (d.run.geometries.isEmpty()) {
      return null;
    }
    String town = (String) row.get(MUNICIPALITY_ID);
    List<ChoroplethMap.Area> areas = new ArrayList<>();
    Envelope e = new Envelope();
    for (Map<String, Object> r : d.rowsOfTown(town)) {
      Geometry g = d.run.geometries.get((String) r.get(DISTRICT_ID));
      if (g != null) {
        ClassLegend.Entry entry = legend.entryOf(r.get(legend.column()));
        areas.add(
            new ChoroplethMap.Area(
                (String) r.get(DISTRICT_ID),
                d.shapeOf((String) r.get(DISTRICT_ID)),
                entry == null ? null : entry.colour(),
                // the profile names its district; the town's others need no tooltip each
                null));
        e.expandToInclude(g.getEnvelopeInternal());
      }
    }
    return ChoroplethMap.render(
        "lage-" + row.get(DISTRICT_ID),
        "Lage von " + row.get(DISTRICT_NAME),
        d.frame,
        new MapFrame(e, 210, 4),
        areas,
        List.of(),
        List.of(),
        (String) row.get(DISTRICT_ID),
        ChoroplethMap.Furniture.NONE);
  }

  private static String tooltip(Map<String, Object> r, ClassLegend legend, ClassLegend.Entry e) {
    String value =
        legend.valueColumn() == null
            ? ""
            : " (" + GermanNumbers.format(r.get(legend.valueColumn()), 2) + ")";
    return r.get(DISTRICT_NAME)
        + ", "
        + r.get(MUNICIPALITY_NAME)
        + ": "
        + (e == null ? legend.noClass() : e.label() + value);
  }
}
