package de.sozialraum.geodata.validity;

import org.locationtech.jts.geom.MultiPolygon;

/** The outcome of a validity check: the geometry to use (null when rejected) and what was wrong. */
public record RepairResult(Status status, MultiPolygon geometry, String problem) {

  public enum Status {
    VALID,
    REPAIRED,
    REJECTED
  }

  static RepairResult valid(MultiPolygon g) {
    return new RepairResult(Status.VALID, g, null);
  }

  static RepairResult repaired(MultiPolygon g, String problem) {
    return new RepairResult(Status.REPAIRED, g, problem);
  }

  static RepairResult rejected(String problem) {
    return new RepairResult(Status.REJECTED, null, problem);
  }
}
