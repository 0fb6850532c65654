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
  FILE;

  /** The configuration's spelling. */
  @Override
  public String toString() {
    return Keyed.key(this);
  }
}
