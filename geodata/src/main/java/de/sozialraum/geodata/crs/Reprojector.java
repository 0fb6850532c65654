package de.sozialraum.geodata.crs;

import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Moves geometries from one CRS to another; built once per pair because finding the transform is
 * costly.
 */
public final class Reprojector {

  private final ResolvedCrs source;
  private final ResolvedCrs target;
  private final MathTransform transform;

  public Reprojector(ResolvedCrs source, ResolvedCrs target) throws CrsException {
    this.source = source;
    this.target = target;
    if (source.isPlanar() != target.isPlanar()) {
      throw new CrsException(
          "coordinates of no known CRS (planar) cannot be transformed "
              + (source.isPlanar() ? "to " + target.label() : "from " + source.label())
              + "; every layer of planar data must be declared crs: planar, in the same plane");
    }
    try {
      // lenient: a custom .prj may lack Bursa-Wolf parameters; for WGS 84-based customs the shift
      // is zero anyway.
      this.transform = CRS.findMathTransform(source.crs(), target.crs(), true);
    } catch (FactoryException e) {
      throw new CrsException(
          "no transformation from "
              + source.label()
              + " to "
              + target.label()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  public ResolvedCrs source() {
    return source;
  }

  public ResolvedCrs target() {
    return target;
  }

  public Geometry apply(Geometry geometry) throws TransformException {
    if (transform.isIdentity()) {
      return geometry;
    }
    try {
      Geometry result = JTS.transform(geometry, transform);
      Envelope e = result.getEnvelopeInternal();
      if (!geometry.isEmpty()
          && (result.isEmpty()
              || !Double.isFinite(e.getWidth())
              || !Double.isFinite(e.getHeight()))) {
        // far outside a projection's domain the formulas return NaN or infinity instead of failing
        throw new TransformException(
            "coordinates around ("
                + geometry.getCoordinate().x
                + " "
                + geometry.getCoordinate().y
                + ") give no finite "
                + "position in "
                + target.label()
                + " from "
                + source.label());
      }
      result.setSRID(target.epsg() == null ? 0 : target.epsg());
      return result;
    } catch (IllegalArgumentException | AssertionError e) {
      throw absurd(e);
    }
  }

  public Coordinate apply(Coordinate c) throws TransformException {
    try {
      return JTS.transform(c, null, transform);
    } catch (IllegalArgumentException | AssertionError e) {
      throw absurd(e);
    }
  }

  /**
   * GeoTools fails while wording its own out-of-range warning for absurd coordinates (an angle of
   * 1e30 degrees), and with assertions enabled its geocentric step asserts on the NaN such
   * coordinates give.
   */
  private TransformException absurd(Throwable e) {
    return new TransformException(
        "coordinates far outside "
            + source.label()
            + " cannot be transformed ("
            + e.getMessage()
            + ")",
        e);
  }
}
