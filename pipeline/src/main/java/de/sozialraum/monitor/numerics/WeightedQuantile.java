package de.sozialraum.monitor.numerics;

import java.util.Arrays;

/**
 * Quantiles of a weighted distribution, the inverse of its cumulative weight share: the p-quantile
 * is the smallest value whose cumulative weight reaches p·Σw (R's {@code quantile} type 1
 * generalised to weights). With equal weights and p = i/k it is the largest value of the i-th
 * k-tile.
 */
public final class WeightedQuantile {

  private WeightedQuantile() {}

  public static double[] of(double[] x, double[] w, boolean[] include, double... p) {
    int[] order =
        IndexOrder.ascending(
            x, i -> include[i] && Double.isFinite(x[i]) && Double.isFinite(w[i]) && w[i] > 0);
    double total = Arrays.stream(order).mapToDouble(i -> w[i]).sum();
    double[] q = new double[p.length];
    for (int j = 0; j < p.length; j++) {
      q[j] = Double.NaN;
      double cumulative = 0;
      for (int i : order) {
        cumulative += w[i];
        // relative tolerance: p·Σw computed from fractions must not miss an exact hit by one ulp
        if (cumulative >= p[j] * total * (1 - 1e-12)) {
          q[j] = x[i];
          break;
        }
      }
    }
    return q;
  }
}
