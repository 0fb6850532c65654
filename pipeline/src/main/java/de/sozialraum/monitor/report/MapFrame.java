package de.sozialraum.monitor.report;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Maps working-CRS coordinates (metres, north up) onto an SVG canvas of a given width: one scale
 * for both axes, so the map keeps its shape, y flipped because SVG counts downwards, and a margin
 * all round.
 */
final class MapFrame {

  private final Envelope extent;
  private final double scale;
  private final double margin;
  private final double width;
  private final double height;

  MapFrame(Envelope extent, double width, double margin) {
    if (extent.isNull() || extent.getWidth() <= 0 && extent.getHeight() <= 0) {
      throw new IllegalArgumentException("a map needs an extent with an area, not " + extent);
    }
    this.extent = extent;
    this.margin = margin;
    this.width = width;
    this.scale = (width - 2 * margin) / Math.max(extent.getWidth(), extent.getHeight() * 1e-9);
    this.height = extent.getHeight() * scale + 2 * margin;
  }

  double width() {
    return width;
  }

  double height() {
    return height;
  }

  /**
   * The SVG transform that draws what is drawn in {@code other} (the same coordinates on another
   * canvas) in this frame: a scale and a shift, since both keep north up and one scale for x and y.
   */
  String transformFrom(MapFrame other) {
    double k = scale / other.scale;
    // x' = margin + (x − minX)·s, with x from X = m + (x − minX₀)·s₀ of the other frame
    double ex = margin + (other.extent.getMinX() - extent.getMinX()) * scale - other.margin * k;
    double ey = margin + (extent.getMaxY() - other.extent.getMaxY()) * scale - other.margin * k;
    return "matrix("
        + coefficient(k)
        + " 0 0 "
        + coefficient(k)
        + " "
        + SvgWriter.num(ex)
        + " "
        + SvgWriter.num(ey)
        + ")";
  }

  private static String coefficient(double k) {
    return java.math.BigDecimal.valueOf(k)
        .round(new java.math.MathContext(6))
        .stripTrailingZeros()
        .toPlainString();
  }

  /** How many working-CRS units (metres) one pixel of the canvas spans. */
  double unitsPerPixel() {
    return 1 / scale;
  }

  double x(double x) {
    return margin + (x - extent.getMinX()) * scale;
  }

  double y(double y) {
    return margin + (extent.getMaxY() - y) * scale;
  }

  /**
   * SVG path data of a polygonal geometry: every ring closed, holes included (drawn with fill-rule
   * evenodd).
   */
  String path(Geometry g) {
    StringBuilder d = new StringBuilder();
    for (int p = 0; p < g.getNumGeometries(); p++) {
      if (g.getGeometryN(p) instanceof Polygon poly) {
        ring(poly.getExteriorRing(), d);
        for (int h = 0; h < poly.getNumInteriorRing(); h++) {
          ring(poly.getInteriorRingN(h), d);
        }
      }
    }
    return d.toString();
  }

  /**
   * Vertices that round to the same tenth of a pixel as the one before are left out; Z closes the
   * ring.
   */
  private void ring(LineString ring, StringBuilder d) {
    String last = null;
    int written = 0;
    Coordinate[] coordinates = ring.getCoordinates();
    for (int i = 0; i < coordinates.length - 1; i++) {
      Coordinate c = coordinates[i];
      String xy = SvgWriter.num(x(c.x)) + "," + SvgWriter.num(y(c.y));
      if (!xy.equals(last)) {
        d.append(written == 0 ? "M" : "L").append(xy);
        last = xy;
        written++;
      }
    }
    if (written > 0) {
      d.append('Z');
    }
  }
}
