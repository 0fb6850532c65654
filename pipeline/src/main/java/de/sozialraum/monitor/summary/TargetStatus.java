package de.sozialraum.monitor.summary;

/**
 * Status of a Leitbild target (docs/METHODS.md §8): the value is compared with the straight path
 * from the baseline (year, value) to the target (year, value). "reached" once the target value is
 * met, "on_track" when at or beyond the path for the year, "off_track" otherwise. The desired
 * direction is that of target minus baseline; a target equal to its baseline means "no worse than
 * now", judged by the indicator's direction.
 */
public final class TargetStatus {

  public static final String REACHED = "reached";
  public static final String ON_TRACK = "on_track";
  public static final String OFF_TRACK = "off_track";

  private TargetStatus() {}

  /** The value the straight path expects in the given year. */
  public static double expected(
      int baselineYear, double baseline, int targetYear, double target, int year) {
    if (year >= targetYear) {
      return target;
    }
    return baseline
        + (target - baseline) * (year - baselineYear) / (double) (targetYear - baselineYear);
  }

  /**
   * The status, or null where the value is missing or the year precedes the baseline.
   *
   * @param worseSign +1 where a higher value is worse, −1 where higher is better
   */
  public static String status(
      int baselineYear,
      double baseline,
      int targetYear,
      double target,
      int year,
      double value,
      int worseSign) {
    if (!Double.isFinite(value) || year < baselineYear) {
      return null;
    }
    double direction = target != baseline ? Math.signum(target - baseline) : -worseSign;
    if (direction * (value - target) >= 0) {
      return REACHED;
    }
    double path = expected(baselineYear, baseline, targetYear, target, year);
    return direction * (value - path) >= 0 ? ON_TRACK : OFF_TRACK;
  }
}
