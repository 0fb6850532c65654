package de.sozialraum.monitor.methods;

/**
 * Global empirical Bayes smoothing of rates (Marshall 1991; METHODS.md §5; R spdep {@code EBest}): small districts'
 * rates are pulled towards the frame's overall rate in proportion to their uncertainty, so that a district of 40
 * children with 3 cases does not top the ranking by chance. Rates are proportions (events / population at risk).
 */
public final class EmpiricalBayes {

  private EmpiricalBayes() {}

  /**
   * @param events  numerator counts
   * @param at      denominators (population at risk)
   * @param include districts that take part (valid, finite counts, positive denominator)
   * @return the smoothed proportion per district, NaN where not included
   */
  public static double[] global(double[] events, double[] at, boolean[] include) {
    int n = 0;
    double sumE = 0;
    double sumB = 0;
    for (int i = 0; i < events.length; i++) {
      if (usable(events, at, include, i)) {
        n++;
        sumE += events[i];
        sumB += at[i];
      }
    }
    double[] eb = new double[events.length];
    java.util.Arrays.fill(eb, Double.NaN);
    if (n == 0) {
      return eb;
    }
    double m = sumE / sumB;
    double s2 = 0;
    for (int i = 0; i < events.length; i++) {
      if (usable(events, at, include, i)) {
        double r = events[i] / at[i];
        s2 += at[i] * (r - m) * (r - m);
      }
    }
    s2 /= sumB;
    double phi = Math.max(0, s2 - m / (sumB / n));
    for (int i = 0; i < events.length; i++) {
      if (usable(events, at, include, i)) {
        double w = phi == 0 ? 0 : phi / (phi + m / at[i]);
        eb[i] = w * events[i] / at[i] + (1 - w) * m;
      }
    }
    return eb;
  }

  private static boolean usable(double[] e, double[] b, boolean[] include, int i) {
    return include[i] && Double.isFinite(e[i]) && Double.isFinite(b[i]) && b[i] > 0;
  }
}
