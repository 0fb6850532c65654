package de.sozialraum.monitor.config;

/**
 * How a zoned table's counts are split over the social spaces ({@code tables[].zoning.weights}): by
 * the share of a zone's area, or of its residents, in each.
 */
public enum ZoneWeights {
  AREA,
  POPULATION;

  /** The configuration's spelling. */
  @Override
  public String toString() {
    return Keyed.key(this);
  }
}
