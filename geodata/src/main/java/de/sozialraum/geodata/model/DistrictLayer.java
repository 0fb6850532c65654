package de.sozialraum.geodata.model;

import de.sozialraum.geodata.crs.ResolvedCrs;
import java.nio.file.Path;
import java.util.List;

/**
 * The districts of one geometry source, everything that was wrong with its features, and both CRSs
 * involved.
 */
public record DistrictLayer(
    Path source,
    ResolvedCrs sourceCrs,
    ResolvedCrs workingCrs,
    int featuresRead,
    List<District> districts,
    List<GeometryIssue> issues) {

  public long rejectedCount() {
    return issues.stream().filter(GeometryIssue::rejected).count();
  }
}
