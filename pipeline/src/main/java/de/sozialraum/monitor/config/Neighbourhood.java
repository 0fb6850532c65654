package de.sozialraum.monitor.config;

/**
 * How neighbours are found ({@code spatial.neighbours}): shared boundary point, shared boundary
 * segment, k nearest centroids, centroids within a distance.
 */
public enum Neighbourhood {
  QUEEN,
  ROOK,
  KNN,
  DISTANCE;

  /** The configuration's spelling. */
  @Override
  public String toString() {
    return Keyed.key(this);
  }
}
