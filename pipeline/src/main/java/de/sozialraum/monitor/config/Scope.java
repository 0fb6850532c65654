package de.sozialraum.monitor.config;

/**
 * What a target is set for ({@code targets[].scope}): one district, one municipality or the county.
 */
public enum Scope {
  DISTRICT,
  MUNICIPALITY,
  COUNTY;

  /** The configuration's spelling. */
  @Override
  public String toString() {
    return Keyed.key(this);
  }
}
