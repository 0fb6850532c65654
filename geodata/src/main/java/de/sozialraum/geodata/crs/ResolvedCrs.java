package de.sozialraum.geodata.crs;

import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.EngineeringCRS;
import org.geotools.api.referencing.crs.GeographicCRS;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultEngineeringCRS;

/**
 * A CRS in x/y axis order together with its EPSG code (null for a custom definition) and where it
 * came from, so that manifests and error messages can say "EPSG:25832 (declared)" or "Stadtteil.prj
 * (custom definition)". A planar CRS is a plane of unknown place and units (survey or grid
 * coordinates, a study's own system): areas and distances hold in its units, but nothing can be
 * transformed to or from it.
 */
public record ResolvedCrs(CoordinateReferenceSystem crs, Integer epsg, String origin) {

  /** How a configuration names a plane without a known CRS. */
  public static final String PLANAR = "planar";

  /** Plane coordinates of no known CRS. */
  public static ResolvedCrs planar(String origin) {
    return new ResolvedCrs(DefaultEngineeringCRS.CARTESIAN_2D, null, origin);
  }

  /** Whether the coordinates are of a plane of no known CRS. */
  public boolean isPlanar() {
    return crs instanceof EngineeringCRS;
  }

  public boolean isGeographic() {
    return crs instanceof GeographicCRS;
  }

  /** Whether both axes count metres, so that a length on the map is a length on the ground. */
  public boolean inMetres() {
    if (isPlanar() || isGeographic()) {
      return false;
    }
    var cs = crs.getCoordinateSystem();
    for (int i = 0; i < cs.getDimension(); i++) {
      // the unit's symbol: GeoTools' units (Indriya) print the metre as "m"
      if (!"m".equals(String.valueOf(cs.getAxis(i).getUnit()))) {
        return false;
      }
    }
    return true;
  }

  /** "EPSG:25832", "planar", or the CRS name for a custom definition. */
  public String label() {
    if (isPlanar()) {
      return PLANAR;
    }
    return epsg != null ? "EPSG:" + epsg : crs.getName().getCode();
  }

  /** Whether both describe the same coordinates, ignoring names and metadata. */
  public boolean sameAs(ResolvedCrs other) {
    return CRS.equalsIgnoreMetadata(crs, other.crs);
  }
}
