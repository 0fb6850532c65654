package de.sozialraum.monitor.config;

/**
 * How a table is laid out ({@code tables[].layout}): one column per variable, or one row per
 * variable with its name and value.
 */
public enum Layout {
  WIDE,
  LONG;

  /** The configuration's spelling. */
  @Override
  public String toString() {
    return Keyed.key(this);
  }
}
