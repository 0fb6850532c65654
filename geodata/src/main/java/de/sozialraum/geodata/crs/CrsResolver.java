package de.sozialraum.geodata.crs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.referencing.CRS;

/**
 * Turns what users and files say about coordinates ("EPSG:25832", an ESRI {@code .prj}, an OGC URN,
 * {@code planar} for plane coordinates of no known CRS) into a GeoTools CRS whose axis order is
 * always x = easting/longitude, y = northing/latitude, because every format this product reads or
 * writes (GeoJSON, Shapefile, WKT, GeoParquet) stores coordinates in that order.
 */
public final class CrsResolver {

  private CrsResolver() {}

  /**
   * Decodes an authority code such as {@code EPSG:25832}, {@code urn:ogc:def:crs:EPSG::4326} or
   * {@code OGC:CRS84}.
   */
  public static ResolvedCrs decode(String code) throws CrsException {
    if (code.trim().equalsIgnoreCase(ResolvedCrs.PLANAR)) {
      return ResolvedCrs.planar("declared " + code);
    }
    String normalised = normalise(code);
    try {
      CoordinateReferenceSystem crs = CRS.decode(normalised, true);
      return new ResolvedCrs(crs, epsgCode(normalised), "declared " + code);
    } catch (FactoryException e) {
      throw new CrsException(
          "unknown coordinate reference system '" + code + "': " + e.getMessage(), e);
    }
  }

  /**
   * Reads an ESRI or OGC WKT {@code .prj}. When the WKT matches an EPSG definition the EPSG one is
   * used, because only it carries the datum shift (a bare DHDN WKT has none and would land ~100 m
   * off after reprojection). A custom definition with no EPSG equivalent (such as Cologne's UTM
   * with 2,500,000 m false easting) is used as is.
   */
  public static ResolvedCrs fromPrj(Path prj) throws CrsException {
    String wkt;
    try {
      wkt = Files.readString(prj, StandardCharsets.ISO_8859_1).trim();
    } catch (IOException e) {
      throw new CrsException(prj + ": cannot read the .prj file: " + e.getMessage(), e);
    }
    if (wkt.isEmpty()) {
      throw new CrsException(prj + ": the .prj file is empty");
    }
    Identified known = IDENTIFIED.get(wkt);
    if (known == null) {
      known = identify(prj, wkt);
      IDENTIFIED.put(wkt, known);
    }
    return known.epsg() != null
        ? new ResolvedCrs(
            known.crs(),
            known.epsg(),
            prj.getFileName() + " (identified as EPSG:" + known.epsg() + ")")
        : new ResolvedCrs(
            known.crs(), null, prj.getFileName() + " (custom definition, no EPSG equivalent)");
  }

  /** A .prj's CRS and its EPSG code (null for a custom definition). */
  private record Identified(CoordinateReferenceSystem crs, Integer epsg) {}

  /**
   * Identifications by WKT text: finding that a custom definition has no EPSG equivalent scans the
   * whole EPSG database (about 9 s for Cologne's .prj), and a run reads a layer more than once.
   */
  private static final java.util.Map<String, Identified> IDENTIFIED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Identified identify(Path prj, String wkt) throws CrsException {
    CoordinateReferenceSystem parsed;
    try {
      parsed = CRS.parseWKT(wkt);
    } catch (FactoryException e) {
      throw new CrsException(
          prj + ": not a valid WKT coordinate reference system: " + e.getMessage(), e);
    }
    try {
      Integer code = CRS.lookupEpsgCode(parsed, true);
      if (code != null) {
        return new Identified(decode("EPSG:" + code).crs(), code);
      }
    } catch (FactoryException e) {
      // No match in the EPSG database is the normal case for a custom definition; fall through.
    }
    // WKT1 in .prj files is easting/northing or lon/lat by construction, so no axis swap is needed.
    return new Identified(parsed, null);
  }

  /** OGC:CRS84, the longitude/latitude WGS 84 of RFC 7946 GeoJSON. */
  public static ResolvedCrs wgs84LonLat() {
    try {
      return decode("EPSG:4326");
    } catch (CrsException e) {
      throw new IllegalStateException("the EPSG database is not on the classpath", e);
    }
  }

  private static String normalise(String code) {
    String c = code.trim();
    String upper = c.toUpperCase(Locale.ROOT);
    if (upper.equals("OGC:CRS84")
        || upper.equals("CRS84")
        || upper.endsWith("OGC:1.3:CRS84")
        || upper.endsWith("OGC::CRS84")) {
      return "EPSG:4326";
    }
    if (upper.startsWith("URN:OGC:DEF:CRS:EPSG:")) {
      String tail = c.substring(c.lastIndexOf(':') + 1);
      return "EPSG:" + tail;
    }
    if (upper.matches("\\d+")) {
      return "EPSG:" + c;
    }
    return c;
  }

  private static Integer epsgCode(String normalised) {
    String upper = normalised.toUpperCase(Locale.ROOT);
    if (upper.startsWith("EPSG:")) {
      try {
        return Integer.valueOf(upper.substring(5));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
