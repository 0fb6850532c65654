package de.sozialraum.monitor.numerics;

/**
 * Global empirical Bayes smoothing of rates (Marshall 1991; docs/METHODS.md §5; R spdep {@code
 * EBest}): small districts' rates are pulled towards the frame's overall rate in proportion to
 * their uncertainty, so that a district of 40 children with 3 cases does not top the ranking by
 * chance. Rates are proportions (events / population at risk).
 */
public final class EmpiricalBayes {

  private EmpiricalBayes() {}

  /**
   * @param events numerator counts
   * @param at denominators (population at risk)
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

  /**
   * Spatial (local) empirical Bayes, as R spdep's {@code EBlocal} with its default {@code geoda =
   * FALSE}: for each district its neighbourhood N(i) ∪ {i}, m_i = Σe/Σb over it, C_i = Σ_j b_j (r_j
   * − m_j)² over it (each term with the neighbour's own m_j, as spdep does), a_i = max(0, C_i/Σb −
   * m_i/b̄_i) with b̄_i the neighbourhood's mean population at risk, and EB_i = m_i + (r_i −
   * m_i)·a_i/(a_i + m_i/b_i). Districts not included are left out of every neighbourhood.
   *
   * @param neighbours per district the indices of its neighbours
   */
  public static double[] local(
      double[] events, double[] at, boolean[] include, int[][] neighbours) {
    int n = events.length;
    double[] m = new double[n];
    double[] eb = new double[n];
    java.util.Arrays.fill(eb, Double.NaN);
    for (int i = 0; i < n; i++) {
      if (usable(events, at, include, i)) {
        double e = events[i];
        double b = at[i];
        for (int j : neighbours[i]) {
          if (usable(events, at, include, j)) {
            e += events[j];
            b += at[j];
          }
        }
        m[i] = e / b;
      }
    }
    for (int i = 0; i < n; i++) {
      if (!usable(events, at, include, i)) {
        continue;
      }
      double c = at[i] * sq(events[i] / at[i] - m[i]);
      double b = at[i];
      int size = 1;
      for (int j : neighbours[i]) {
        if (usable(events, at, include, j)) {
          c += at[j] * sq(events[j] / at[j] - m[j]);
          b += at[j];
          size++;
        }
      }
      double a = Math.max(0, c / b - m[i] / (b / size));
      double r = events[i] / at[i];
      eb[i] = a == 0 ? m[i] : m[i] + (r - m[i]) * (a / (a + m[i] / at[i]));
    }
    return eb;
  }

  private static double sq(double x) {
    return x * x;
  }

  private static boolean usable(double[] e, double[] b, boolean[] include, int i) {
    return include[i] && Double.isFinite(e[i]) && Double.isFinite(b[i]) && b[i] > 0;
  }
}
