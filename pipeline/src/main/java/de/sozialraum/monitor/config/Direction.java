package de.sozialraum.monitor.config;

/**
 * Whether a high value of an indicator means more disadvantage ({@code indicators[].direction}).
 */
public enum Direction {
  HIGHER_IS_WORSE,
  HIGHER_IS_BETTER;

  /** The configuration's spelling. */
  @Override
  public String toString() {
    return Keyed.key(this);
  }
}
