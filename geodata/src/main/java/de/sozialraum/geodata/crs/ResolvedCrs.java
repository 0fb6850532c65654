package de.sozialraum.geodata.crs;

import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.GeographicCRS;
import org.geotools.referencing.CRS;

/**
 * A CRS in x/y axis order together with its EPSG code (null for a custom definition) and where it
 * came from, so that manifests and error messages can say "EPSG:25832 (declared)" or "Stadtteil.prj
 * (custom definition)".
 */
public record ResolvedCrs(CoordinateReferenceSystem crs, Integer epsg, String origin) {

  public boolean isGeographic() {
    return crs instanceof GeographicCRS;
  }

  /** "EPSG:25832", or the CRS name for a custom definition. */
  public String label() {
    return epsg != null ? "EPSG:" + epsg : crs.getName().getCode();
  }

  /** Whether both describe the same coordinates, ignoring names and metadata. */
  public boolean sameAs(ResolvedCrs other) {
    return CRS.equalsIgnoreMetadata(crs, other.crs);
  }
}
