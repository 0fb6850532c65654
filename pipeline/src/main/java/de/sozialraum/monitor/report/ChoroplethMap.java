package de.sozialraum.monitor.report;

import de.sozialraum.monitor.numerics.classify.Palette;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A choropleth map as inline SVG: districts filled with their published class colour, districts
 * without a class hatched over grey (so they read as "no value", not as a light class), town
 * boundaries on top, optional points. Each district carries its name and class as a tooltip and its
 * id as {@code data-id}.
 *
 * <p>The shapes are drawn once for the whole report ({@link #shapes}) and every map refers to them
 * ({@code <use>}): a report of 550 districts has some 30 maps and a locator map per profile, and
 * their outlines written out each time made most of its size.
 */
final class ChoroplethMap {

  /**
   * @param fill the class colour, or null for a district without a class (hatched)
   */
  /**
   * @param shape the id of the district's shape in {@link #shapes}
   */
  record Area(String id, String shape, String fill, String tooltip) {}

  /** A point symbol (an offer) with its tooltip. */
  record Marker(Coordinate at, String tooltip) {}

  /** A text on the map: a district's number or, larger, a town's name. */
  record Label(String text, Coordinate at, boolean town) {}

  /**
   * What a map of the whole area carries besides its areas: labels, and with metric coordinates a
   * scale bar; a north arrow always, since the frame is north up.
   */
  record Furniture(List<Label> labels, boolean metric) {
    static final Furniture NONE = new Furniture(List.of(), false);
  }

  private ChoroplethMap() {}

  /**
   * The report's shapes in the frame of the whole area, by id, as one hidden SVG whose paths the
   * maps use: with no fill or stroke of their own, so that each use gives its own.
   */
  static String shapes(MapFrame frame, java.util.Map<String, Geometry> byId) {
    SvgWriter svg = new SvgWriter(0, 0, "geometrie", null);
    svg.open("defs");
    byId.forEach((id, g) -> svg.leaf("path", "id", id, "d", frame.path(g)));
    svg.close();
    return svg.finish();
  }

  /**
   * @param mapId unique within the report (pattern ids live in one document)
   * @param shapes the frame {@link #shapes} are drawn in
   * @param frame this map's frame: the shapes' own, or a part of it (a town) shown larger
   * @param outlines the ids of the town outlines among the shapes
   * @param highlight a district drawn with a heavy outline (the profile's own), or null
   */
  static String render(
      String mapId,
      String ariaLabel,
      MapFrame shapes,
      MapFrame frame,
      List<Area> areas,
      List<String> outlines,
      List<Marker> markers,
      String highlight,
      Furniture furniture) {
    SvgWriter svg = new SvgWriter(frame.width(), frame.height(), "karte", ariaLabel);
    double zoom = shapes.unitsPerPixel() / frame.unitsPerPixel();
    String transform = frame == shapes ? null : frame.transformFrom(shapes);
    // strokes are widths on the page: inside a zoomed group they are divided by the zoom
    svg.open(
        "g",
        "class",
        "sozialraeume",
        "transform",
        transform,
        "stroke",
        "#ffffff",
        "stroke-width",
        width(0.6, zoom),
        "fill-rule",
        "evenodd");
    Area highlighted = null;
    for (Area a : areas) {
      svg.open(
          "use",
          "href",
          "#" + a.shape(),
          "fill",
          a.fill() == null ? Palette.NO_CLASS : a.fill(),
          "data-id",
          a.id(),
          "data-hatched",
          a.fill() == null ? "true" : null);
      if (a.tooltip() != null) {
        svg.textElement("title", a.tooltip());
      }
      svg.close();
      if (a.id().equals(highlight)) {
        highlighted = a;
      }
    }
    svg.close();
    hatching(svg, mapId, frame, transform, areas);
    if (!outlines.isEmpty()) {
      svg.open(
          "g",
          "class",
          "gemeindegrenzen",
          "transform",
          transform,
          "fill",
          "none",
          "stroke",
          "#252525",
          "stroke-width",
          width(1.2, zoom),
          "stroke-linejoin",
          "round");
      outlines.forEach(o -> svg.leaf("use", "href", "#" + o));
      svg.close();
    }
    if (highlighted != null) {
      svg.leaf(
          "use",
          "href",
          "#" + highlighted.shape(),
          "transform",
          transform,
          "fill",
          "none",
          "stroke",
          "#000000",
          "stroke-width",
          width(2.5, zoom),
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
    if (furniture != Furniture.NONE) {
      labels(svg, frame, furniture.labels());
      north(svg, frame);
      if (furniture.metric()) {
        scaleBar(svg, frame);
      }
    }
    return svg.finish();
  }

  /**
   * Diagonal lines over the districts without a class, clipped to them. Chromium prints a pattern
   * fill (the obvious way) as one costly object per district: a city's report of 567 districts took
   * 94 s and 63 MB to print with patterns, 10 s and 7 MB with this clip.
   */
  private static void hatching(
      SvgWriter svg, String mapId, MapFrame frame, String transform, List<Area> areas) {
    List<Area> hatched = areas.stream().filter(a -> a.fill() == null).toList();
    if (hatched.isEmpty()) {
      return;
    }
    String clip = "schraffur-" + mapId;
    svg.open("defs").open("clipPath", "id", clip);
    hatched.forEach(a -> svg.leaf("use", "href", "#" + a.shape(), "transform", transform));
    svg.close().close();
    // lines x + y = c rising to the right as in the legend's swatch, 6 px apart across them (c in
    // steps of 6·√2), over the whole canvas
    StringBuilder d = new StringBuilder();
    double step = 6 * Math.sqrt(2);
    for (double c = step; c < frame.width() + frame.height(); c += step) {
      d.append('M')
          .append(SvgWriter.num(c))
          .append(",0L")
          .append(SvgWriter.num(c - frame.height()))
          .append(',')
          .append(SvgWriter.num(frame.height()));
    }
    svg.leaf(
        "path",
        "class",
        "schraffur",
        "clip-path",
        "url(#" + clip + ")",
        "d",
        d.toString(),
        "stroke",
        Palette.HATCH,
        "stroke-width",
        "2",
        "fill",
        "none");
  }

  /** A stroke width on the page inside a group zoomed by the given factor: "0.6", "0.15". */
  private static String width(double onPage, double zoom) {
    return java.math.BigDecimal.valueOf(Math.round(onPage / zoom * 1000), 3)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** White-haloed labels: district numbers small, town names bold above them. */
  private static void labels(SvgWriter svg, MapFrame frame, List<Label> labels) {
    if (labels.isEmpty()) {
      return;
    }
    svg.open(
        "g",
        "class",
        "beschriftung",
        "text-anchor",
        "middle",
        "fill",
        "#252525",
        "stroke",
        "#ffffff",
        "stroke-width",
        "2",
        "paint-order",
        "stroke",
        "stroke-linejoin",
        "round");
    for (boolean town : new boolean[] {false, true}) {
      for (Label l : labels) {
        if (l.town() == town) {
          svg.textElement(
              "text",
              l.text(),
              "x",
              SvgWriter.num(frame.x(l.at().x)),
              "y",
              SvgWriter.num(frame.y(l.at().y) + (town ? 4 : 2.5)),
              "font-size",
              town ? "11" : "7",
              "font-weight",
              town ? "bold" : null,
              "class",
              town ? "gemeindename" : "nummer");
        }
      }
    }
    svg.close();
  }

  /** An arrow pointing up, with "N", in the top right corner. */
  private static void north(SvgWriter svg, MapFrame frame) {
    double x = frame.width() - 18;
    double y = 10;
    svg.open("g", "class", "nordpfeil", "fill", "#252525")
        .leaf("path", "d", "M" + SvgWriter.num(x) + "," + SvgWriter.num(y) + "l6,18l-6,-5l-6,5Z")
        .textElement(
            "text",
            "N",
            "x",
            SvgWriter.num(x),
            "y",
            SvgWriter.num(y + 30),
            "font-size",
            "10",
            "text-anchor",
            "middle")
        .close();
  }

  /**
   * A bar of a round length (1, 2 or 5 times a power of ten metres) of at most a fifth of the
   * width, in two halves, at the bottom left.
   */
  private static void scaleBar(SvgWriter svg, MapFrame frame) {
    double metres = roundLength(frame.width() / 5 * frame.unitsPerPixel());
    double px = metres / frame.unitsPerPixel();
    double x = 10;
    double y = frame.height() - 12;
    svg.open("g", "class", "massstab", "font-size", "9", "fill", "#252525");
    // two halves, dark and light (outlined), as topographic maps draw them
    halfBar(svg, x, y, px / 2, "#252525", false);
    halfBar(svg, x + px / 2, y, px / 2, "#ffffff", true);
    svg.textElement("text", "0", "x", SvgWriter.num(x), "y", SvgWriter.num(y - 3));
    svg.textElement(
        "text",
        lengthLabel(metres),
        "x",
        SvgWriter.num(x + px),
        "y",
        SvgWriter.num(y - 3),
        "text-anchor",
        "end");
    svg.close();
  }

  private static void halfBar(
      SvgWriter svg, double x, double y, double width, String fill, boolean outlined) {
    svg.leaf(
        "rect",
        "x",
        SvgWriter.num(x),
        "y",
        SvgWriter.num(y),
        "width",
        SvgWriter.num(width),
        "height",
        "4",
        "fill",
        fill,
        "stroke",
        outlined ? "#252525" : null,
        "stroke-width",
        outlined ? "0.6" : null);
  }

  /** The largest of 1, 2, 5 × 10^k that is at most {@code most}. */
  static double roundLength(double most) {
    double power = Math.pow(10, Math.floor(Math.log10(most)));
    for (double f : new double[] {5, 2, 1}) {
      if (f * power <= most) {
        return f * power;
      }
    }
    return power;
  }

  /** "500 m", "2 km", "10 km": a round length is a whole number of km from 1 km on. */
  static String lengthLabel(double metres) {
    return metres >= 1000
        ? GermanNumbers.format(metres / 1000, 0) + " km"
        : GermanNumbers.format(metres, 0) + " m";
  }
}
