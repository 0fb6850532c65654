package de.sozialraum.monitor.config;

/**
 * How neighbours are found ({@code spatial.neighbours}): shared boundary point, shared boundary
 * segment, k nearest centroids, centroids within a distance, or a weights file.
 */
public enum Neighbourhood {
  QUEEN,
  ROOK,
  KNN,
  DISTANCE,
  /** As a weights file lists them ({@code spatial.neighbours_file}). */
  FILE,
  /** No neighbours: no spatially smoothed rates, no spatial statistics (a run without geometry). */
  NONE;

  /** Whether the districts' boundaries or centroids are needed to find them. */
  public boolean needsGeometry() {
    return this == QUEEN || this == ROOK || this == KNN || this == DISTANCE;
  }

  /** The configuration's spelling. */
  @Override
  public String toString() {
    return Keyed.key(this);
  }
}
