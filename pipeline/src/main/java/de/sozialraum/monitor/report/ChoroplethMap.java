package de.sozialraum.monitor.report;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A choropleth map as inline SVG: districts filled with their published class colour, districts
 * without a class hatched over grey (so they read as "no value", not as a light class), town
 * boundaries on top, optional points. Each district carries its name and class as a tooltip and its
 * id as {@code data-id}.
 */
final class ChoroplethMap {

  /**
   * @param fill the class colour, or null for a district without a class (hatched)
   */
  record Area(String id, Geometry geometry, String fill, String tooltip) {}

  /** A point symbol (an offer) with its tooltip. */
  record Marker(Coordinate at, String tooltip) {}

  private ChoroplethMap() {}

  /**
   * @param mapId unique within the report (pattern ids live in one document)
   * @param highlight a district drawn with a heavy outline (the profile's own), or null
   */
  static String render(
      String mapId,
      String ariaLabel,
      MapFrame frame,
      List<Area> areas,
      List<Geometry> outlines,
      List<Marker> markers,
      String highlight) {
    SvgWriter svg = new SvgWriter(frame.width(), frame.height(), "karte", ariaLabel);
    String hatch = "schraffur-" + mapId;
    svg.open("defs")
        .open(
            "pattern",
            "id",
            hatch,
            "patternUnits",
            "userSpaceOnUse",
            "width",
            "6",
            "height",
            "6",
            "patternTransform",
            "rotate(45)")
        .leaf(
            "rect",
            "width",
            "6",
            "height",
            "6",
            "fill",
            de.sozialraum.monitor.numerics.classify.Palette.NO_CLASS)
        .leaf(
            "line",
            "x1",
            "0",
            "y1",
            "0",
            "x2",
            "0",
            "y2",
            "6",
            "stroke",
            de.sozialraum.monitor.numerics.classify.Palette.HATCH,
            "stroke-width",
            "2")
        .close()
        .close();
    svg.open(
        "g",
        "class",
        "sozialraeume",
        "stroke",
        "#ffffff",
        "stroke-width",
        "0.6",
        "fill-rule",
        "evenodd");
    Area highlighted = null;
    for (Area a : areas) {
      svg.open(
          "path",
          "d",
          frame.path(a.geometry()),
          "fill",
          a.fill() == null ? "url(#" + hatch + ")" : a.fill(),
          "data-id",
          a.id(),
          "data-hatched",
          a.fill() == null ? "true" : null);
      svg.textElement("title", a.tooltip());
      svg.close();
      if (a.id().equals(highlight)) {
        highlighted = a;
      }
    }
    svg.close();
    if (!outlines.isEmpty()) {
      svg.open(
          "g",
          "class",
          "gemeindegrenzen",
          "fill",
          "none",
          "stroke",
          "#252525",
          "stroke-width",
          "1.2",
          "stroke-linejoin",
          "round");
      outlines.forEach(o -> svg.leaf("path", "d", frame.path(o)));
      svg.close();
    }
    if (highlighted != null) {
      svg.leaf(
          "path",
          "d",
          frame.path(highlighted.geometry()),
          "fill",
          "none",
          "stroke",
          "#000000",
          "stroke-width",
          "2.5",
          "class",
          "hervorgehoben");
    }
    if (!markers.isEmpty()) {
      svg.open(
          "g", "class", "angebote", "fill", "#542788", "stroke", "#ffffff", "stroke-width", "0.8");
      for (Marker m : markers) {
        svg.open(
                "circle",
                "cx",
                SvgWriter.num(frame.x(m.at().x)),
                "cy",
                SvgWriter.num(frame.y(m.at().y)),
                "r",
                "3")
            .textElement("title", m.tooltip())
            .close();
      }
      svg.close();
    }
    return svg.finish();
  }
}
