package de.sozialraum.geodata.crs;

import java.util.Locale;
import org.geotools.api.metadata.extent.GeographicBoundingBox;
import org.geotools.referencing.CRS;

/**
 * A box in longitude and latitude (degrees, WGS 84): where a CRS is meant to be used (its EPSG area
 * of use) or where a layer's features lie. Boxes do not wrap around the antimeridian; nothing this
 * product reads needs that.
 */
public record LonLatBox(double west, double south, double east, double north) {

  /** The CRS's area of use, or null where its definition states none (a custom .prj). */
  public static LonLatBox areaOfUse(ResolvedCrs crs) {
    GeographicBoundingBox b = CRS.getGeographicBoundingBox(crs.crs());
    return b == null
        ? null
        : new LonLatBox(
            b.getWestBoundLongitude(),
            b.getSouthBoundLatitude(),
            b.getEastBoundLongitude(),
            b.getNorthBoundLatitude());
  }

  /** This box grown by the given degrees on every side, latitudes kept within ±90. */
  public LonLatBox widened(double degrees) {
    return new LonLatBox(
        west - degrees,
        Math.max(-90, south - degrees),
        east + degrees,
        Math.min(90, north + degrees));
  }

  public boolean contains(LonLatBox other) {
    return other.west >= west && other.east <= east && other.south >= south && other.north <= north;
  }

  public double centreLongitude() {
    return (west + east) / 2;
  }

  public double centreLatitude() {
    return (south + north) / 2;
  }

  /** "5.87–15.04° E, 47.27–55.06° N", as error messages show it. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.2f to %.2f° E, %.2f to %.2f° N", west, east, south, north);
  }
}
