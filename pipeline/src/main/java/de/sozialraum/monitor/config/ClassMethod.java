package de.sozialraum.monitor.config;

/** How a variable is cut into map classes ({@code classification.*.method}, docs/METHODS.md §4). */
public enum ClassMethod {
  QUANTILES,
  EQUAL_INTERVAL,
  FISHER_JENKS,
  FIXED,
  SD_BANDS;

  /** The configuration's spelling. */
  @Override
  public String toString() {
    return Keyed.key(this);
  }
}
