package de.sozialraum.geodata.validity;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks a district polygon and repairs it where the repair cannot change what the district is:
 * JTS' {@link GeometryFixer} result is accepted only when it is still polygonal and its area
 * differs from the (absolute) input ring area by at most {@code maxAreaChange}. A bow-tie district
 * or a ring collapsed to a line is rejected instead, because a repaired shape would be a guess.
 */
public final class GeometryRepair {

  private final double maxAreaChange;

  /**
   * @param maxAreaChange tolerated relative change of area, e.g. 0.001 for 0.1 %
   */
  public GeometryRepair(double maxAreaChange) {
    this.maxAreaChange = maxAreaChange;
  }

  public RepairResult check(Geometry g) {
    if (g == null || g.isEmpty()) {
      return RepairResult.rejected("has no geometry");
    }
    if (!(g instanceof Polygonal)) {
      return RepairResult.rejected(
          "is a " + g.getGeometryType() + ", a district must be a Polygon or MultiPolygon");
    }
    IsValidOp op = new IsValidOp(g);
    if (op.isValid()) {
      return RepairResult.valid(asMultiPolygon(g));
    }
    TopologyValidationError error = op.getValidationError();
    String what =
        error.getMessage()
            + " at ("
            + fmt(error.getCoordinate().x)
            + " "
            + fmt(error.getCoordinate().y)
            + ")";
    Geometry fixed = GeometryFixer.fix(g);
    if (fixed.isEmpty() || !(fixed instanceof Polygonal)) {
      return RepairResult.rejected("is invalid (" + what + ") and cannot be repaired to a polygon");
    }
    double before = ringArea(g);
    double after = fixed.getArea();
    double change = before == 0 ? 1 : Math.abs(after - before) / before;
    if (change > maxAreaChange) {
      return RepairResult.rejected(
          "is invalid ("
              + what
              + "); a repair would change its area by "
              + String.format(java.util.Locale.ROOT, "%.2f", 100 * change)
              + " %, more than the "
              + String.format(java.util.Locale.ROOT, "%.2f", 100 * maxAreaChange)
              + " % allowed");
    }
    return RepairResult.repaired(
        asMultiPolygon(fixed), "was invalid (" + what + ") and was repaired");
  }

  /**
   * The area the rings enclose, counted as the user drew them (an invalid polygon's getArea may
   * cancel lobes).
   */
  private static double ringArea(Geometry g) {
    double sum = 0;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Polygon p = (Polygon) g.getGeometryN(i);
      sum +=
          Math.abs(
              org.locationtech.jts.algorithm.Area.ofRingSigned(
                  p.getExteriorRing().getCoordinates()));
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        sum -=
            Math.abs(
                org.locationtech.jts.algorithm.Area.ofRingSigned(
                    p.getInteriorRingN(h).getCoordinates()));
      }
    }
    return sum;
  }

  /**
   * Districts are published uniformly as MultiPolygons so that Parquet and GeoJSON readers see one
   * geometry type.
   */
  private static MultiPolygon asMultiPolygon(Geometry g) {
    if (g instanceof MultiPolygon mp) {
      return mp;
    }
    GeometryFactory f = g.getFactory();
    if (g instanceof Polygon p) {
      return f.createMultiPolygon(new Polygon[] {p});
    }
    Polygon[] parts = new Polygon[g.getNumGeometries()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = (Polygon) g.getGeometryN(i);
    }
    return f.createMultiPolygon(parts);
  }

  private static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, "%.2f", v);
  }
}
