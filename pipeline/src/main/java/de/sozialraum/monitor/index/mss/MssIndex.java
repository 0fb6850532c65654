package de.sozialraum.monitor.index.mss;

import de.sozialraum.monitor.numerics.Standardisation;

/**
 * The Berlin "Monitoring Soziale Stadtentwicklung" (MSS) gestuftes Indexverfahren, docs/METHODS.md
 * §3: the status (dynamic) index is the z-value of the sum of the z-values of the status (dynamic)
 * indicators, with equal weights; classes and the combined code use the official coding so results
 * compare one to one with published MSS tables.
 */
public final class MssIndex {

  private MssIndex() {}

  /**
   * The index for one comparison frame and year.
   *
   * @param indicators indicator values, {@code indicators[k][i]} for indicator k and district i
   * @param signs +1 for higher_is_worse, −1 for higher_is_better
   * @param valid districts taking part (valid population, not excluded); others get NaN
   * @return the standardised index; NaN where a district is invalid or misses any indicator
   */
  public static double[] index(double[][] indicators, int[] signs, boolean[] valid) {
    int n = valid.length;
    boolean[] complete = valid.clone();
    for (double[] values : indicators) {
      for (int i = 0; i < n; i++) {
        complete[i] &= Double.isFinite(values[i]);
      }
    }
    double[] sum = new double[n];
    for (int k = 0; k < indicators.length; k++) {
      double[] z = Standardisation.z(indicators[k], complete, signs[k]);
      for (int i = 0; i < n; i++) {
        sum[i] += z[i];
      }
    }
    for (int i = 0; i < n; i++) {
      if (!complete[i]) {
        sum[i] = Double.NaN;
      }
    }
    return Standardisation.z(sum, complete, 1);
  }

  /**
   * Status class: 1 hoch (x < −1), 2 mittel (−1 ≤ x ≤ 1), 3 niedrig (1 < x ≤ 1.5), 4 sehr niedrig
   * (x > 1.5); 0 = none.
   */
  public static int statusClass(double x) {
    if (!Double.isFinite(x)) {
      return 0;
    }
    if (x < -1) {
      return 1;
    }
    if (x <= 1) {
      return 2;
    }
    return x <= 1.5 ? 3 : 4;
  }

  /**
   * Dynamic class coded as published: 1 positiv (x < −1), 3 stabil (−1 ≤ x ≤ 1), 5 negativ (x > 1);
   * 0 = none.
   */
  public static int dynamicClass(double x) {
    if (!Double.isFinite(x)) {
      return 0;
    }
    if (x < -1) {
      return 1;
    }
    return x <= 1 ? 3 : 5;
  }

  /** 10·status + dynamic, e.g. 25 = "Status mittel, Dynamik negativ"; 0 where either is missing. */
  public static int combinedCode(int statusClass, int dynamicClass) {
    return statusClass == 0 || dynamicClass == 0 ? 0 : 10 * statusClass + dynamicClass;
  }

  public static String statusLabel(int c) {
    return switch (c) {
      case 1 -> "hoch";
      case 2 -> "mittel";
      case 3 -> "niedrig";
      case 4 -> "sehr niedrig";
      default -> null;
    };
  }

  public static String dynamicLabel(int c) {
    return switch (c) {
      case 1 -> "positiv";
      case 3 -> "stabil";
      case 5 -> "negativ";
      default -> null;
    };
  }
}
