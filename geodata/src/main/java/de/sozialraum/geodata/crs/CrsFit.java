package de.sozialraum.geodata.crs;

import java.util.List;
import org.geotools.api.referencing.operation.TransformException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Whether coordinates and a CRS belong together. A projected CRS is only meant for its area of use;
 * coordinates far outside it mean a wrong declaration (lon/lat declared as UTM, a .prj from another
 * file), and a working CRS far from the data distorts areas and distances until transformed
 * geometries degenerate. Both are refused here, before anything is computed, with a suggestion of
 * what fits.
 *
 * <p>The area of use is widened by {@link #TOLERANCE_DEGREES} on every side: EPSG draws it tightly
 * around the zone (UTM 32N: 6–12° E), but German authorities hold the whole country (5.9–15.0° E)
 * in one Gauß-Krüger or UTM zone. With 7°, Germany fits UTM 32N and 33N and Gauß-Krüger zones 2–4;
 * North America in a German zone does not. Transverse Mercator's scale error 7° of longitude off
 * the central meridian at 50° N is about 0.3 %, well below anything the indicators resolve.
 */
public final class CrsFit {

  /** Degrees by which a CRS's area of use is widened before the data must lie inside it. */
  public static final double TOLERANCE_DEGREES = 7;

  private CrsFit() {}

  /**
   * Where the geometries lie in longitude and latitude: each feature's bounding box corners
   * transformed, which follows the curvature of projected grids better than the corners of the
   * layer's box (the BKG's Germany in Gauß-Krüger zone 3 spans 16.4° E at its north-east box
   * corner, 15.0° E in truth).
   *
   * @return null when there is no coordinate at all, or when the CRS is planar
   */
  public static LonLatBox extent(List<? extends Geometry> geometries, ResolvedCrs crs)
      throws CrsException {
    if (crs.isPlanar()) {
      // a plane of no known place has no longitude and latitude
      return null;
    }
    Reprojector toLonLat = new Reprojector(crs, CrsResolver.wgs84LonLat());
    Envelope lonLat = new Envelope();
    Envelope raw = new Envelope();
    for (Geometry g : geometries) {
      if (g == null || g.isEmpty()) {
        continue;
      }
      Envelope e = g.getEnvelopeInternal();
      raw.expandToInclude(e);
      for (Coordinate c :
          new Coordinate[] {
            new Coordinate(e.getMinX(), e.getMinY()),
            new Coordinate(e.getMaxX(), e.getMinY()),
            new Coordinate(e.getMinX(), e.getMaxY()),
            new Coordinate(e.getMaxX(), e.getMaxY())
          }) {
        if (crs.isGeographic()) {
          lonLat.expandToInclude(c);
          continue;
        }
        try {
          Coordinate t = toLonLat.apply(c);
          if (!Double.isFinite(t.x) || !Double.isFinite(t.y)) {
            throw new CrsException(
                "the coordinates ("
                    + raw
                    + ") cannot be placed in "
                    + crs.label()
                    + " ("
                    + crs.origin()
                    + ")");
          }
          lonLat.expandToInclude(t);
        } catch (TransformException e2) {
          throw new CrsException(
              "the coordinates ("
                  + raw
                  + ") cannot be placed in "
                  + crs.label()
                  + " ("
                  + crs.origin()
                  + "): "
                  + e2.getMessage(),
              e2);
        }
      }
    }
    return lonLat.isNull()
        ? null
        : new LonLatBox(lonLat.getMinX(), lonLat.getMinY(), lonLat.getMaxX(), lonLat.getMaxY());
  }

  /**
   * Refuses coordinates that cannot be in the declared CRS: outside the range of longitude and
   * latitude for a geographic CRS, outside the widened area of use for a projected one.
   */
  public static void checkDeclared(ResolvedCrs declared, LonLatBox data) throws CrsException {
    if (data == null) {
      return;
    }
    if (declared.isGeographic()) {
      if (data.south() < -90 || data.north() > 90 || data.west() < -180 || data.east() > 360) {
        throw new CrsException(
            "the coordinates are not longitude/latitude (x "
                + fmt(data.west())
                + " to "
                + fmt(data.east())
                + ", y "
                + fmt(data.south())
                + " to "
                + fmt(data.north())
                + ") although the CRS is "
                + declared.label()
                + " ("
                + declared.origin()
                + ")");
      }
      return;
    }
    LonLatBox area = LonLatBox.areaOfUse(declared);
    if (area != null && !area.widened(TOLERANCE_DEGREES).contains(data)) {
      throw new CrsException(
          "read as "
              + declared.label()
              + " ("
              + declared.origin()
              + ") the coordinates lie at "
              + data
              + ", outside that CRS's area of use ("
              + area
              + ", widened by "
              + fmt(TOLERANCE_DEGREES)
              + "°)");
    }
  }

  /**
   * The common readings ({@link CommonCrs}) under which the raw coordinates lie inside that CRS's
   * widened area of use; latitude-first longitude/latitude only where longitude-first does not fit.
   */
  public static List<CommonCrs.Reading> readingsThatFit(
      List<? extends Geometry> raw, ResolvedCrs declared) {
    List<CommonCrs.Reading> out = new java.util.ArrayList<>();
    for (CommonCrs.Reading r : CommonCrs.alternativesTo(declared)) {
      if (r.swapped() && out.stream().anyMatch(o -> o.crs().sameAs(r.crs()))) {
        continue;
      }
      try {
        checkDeclared(r.crs(), extent(raw.stream().map(r::apply).toList(), r.crs()));
        out.add(r);
      } catch (CrsException e) {
        // does not fit: not a suggestion
      }
    }
    return out;
  }

  /** "EPSG:25832 or EPSG:31467", the readings' labels joined for an error message. */
  public static String labels(List<CommonCrs.Reading> readings) {
    return String.join(" or ", readings.stream().map(CommonCrs.Reading::label).toList());
  }

  /**
   * Refuses a working CRS whose widened area of use does not hold the data, suggesting the UTM zone
   * of the data's centre (what {@code working_crs: auto} picks).
   */
  public static void checkWorking(ResolvedCrs working, LonLatBox data) throws CrsException {
    if (data == null || working.isGeographic()) {
      return;
    }
    LonLatBox area = LonLatBox.areaOfUse(working);
    if (area != null && !area.widened(TOLERANCE_DEGREES).contains(data)) {
      ResolvedCrs fitting = utmZoneOf(data);
      throw new CrsException(
          "the working CRS "
              + working.label()
              + " does not fit the data: they lie at "
              + data
              + ", its area of use is "
              + area
              + " (widened by "
              + fmt(TOLERANCE_DEGREES)
              + "°), and areas and distances so far outside it are distorted until "
              + "geometries degenerate; set working_crs: "
              + fitting.label()
              + " (the UTM zone of the data's centre) or working_crs: auto");
    }
  }

  /**
   * The UTM zone of the box's centre: ETRS89 (EPSG:25828–25838) in Europe, where official data use
   * it, WGS 84 north or south (EPSG:326zz, 327zz) elsewhere.
   */
  public static ResolvedCrs utmZoneOf(LonLatBox data) {
    double lon = data.centreLongitude();
    double lat = data.centreLatitude();
    int zone =
        Math.min(60, Math.max(1, (int) Math.floor((((lon + 180) % 360 + 360) % 360) / 6) + 1));
    boolean europe = lat >= 34 && lat <= 84 && zone >= 28 && zone <= 38;
    int code = europe ? 25800 + zone : (lat >= 0 ? 32600 : 32700) + zone;
    try {
      ResolvedCrs crs = CrsResolver.decode("EPSG:" + code);
      return new ResolvedCrs(
          crs.crs(), code, "UTM zone " + zone + (lat >= 0 ? "N" : "S") + " of the data's centre");
    } catch (CrsException e) {
      throw new IllegalStateException("the EPSG database lacks UTM zone " + zone, e);
    }
  }

  private static String fmt(double d) {
    return String.format(java.util.Locale.ROOT, "%.2f", d);
  }
}
