package de.sozialraum.geodata.model;

import de.sozialraum.geodata.crs.ResolvedCrs;
import java.nio.file.Path;
import java.util.List;

/**
 * The districts of one geometry source, everything that was wrong with its features, and both CRSs
 * involved; or the districts of a plain list, which have neither geometry nor CRS ({@link
 * #hasGeometry()}).
 */
public record DistrictLayer(
    Path source,
    ResolvedCrs sourceCrs,
    ResolvedCrs workingCrs,
    int featuresRead,
    List<District> districts,
    List<GeometryIssue> issues) {

  /** Districts listed without geometry: no CRS, no feature rejected. */
  public static DistrictLayer listed(Path source, List<District> districts) {
    return new DistrictLayer(
        source, null, null, districts.size(), List.copyOf(districts), List.of());
  }

  public boolean hasGeometry() {
    return workingCrs != null;
  }

  public long rejectedCount() {
    return issues.stream().filter(GeometryIssue::rejected).count();
  }
}
