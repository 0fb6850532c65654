package de.sozialraum.monitor.numerics.classify;

import java.util.Arrays;

/**
 * Exact Fisher–Jenks natural breaks (Fisher 1958): the partition of the sorted values into k
 * contiguous classes with the least total within-class sum of squared deviations, the optimum that
 * R classInt's "fisher" style and mapclassify's FisherJenks compute. Solved by dynamic programming
 * over the distinct values (ties never split across classes) with the divide-and-conquer speed-up
 * that the monotone optimal split allows for this cost (as in Ckmeans.1d.dp), so O(k·n·log n)
 * instead of O(k·n²) and still exact.
 */
public final class FisherJenks {

  private FisherJenks() {}

  /**
   * The upper bound (largest value) of each class, ascending; fewer than k where there are fewer
   * distinct values.
   */
  public static double[] upperBounds(double[] values, int k) {
    double[] sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    if (sorted.length == 0) {
      return new double[0];
    }
    // distinct values with their multiplicities
    double[] v = new double[sorted.length];
    double[] w = new double[sorted.length];
    int m = 0;
    for (double x : sorted) {
      if (m > 0 && v[m - 1] == x) {
        w[m - 1]++;
      } else {
        v[m] = x;
        w[m++] = 1;
      }
    }
    int classes = Math.min(k, m);
    // prefix sums of weights, weighted values and weighted squares (values centred on the median
    // for accuracy)
    double centre = v[m / 2];
    double[] sw = new double[m + 1];
    double[] swx = new double[m + 1];
    double[] swxx = new double[m + 1];
    for (int i = 0; i < m; i++) {
      double d = v[i] - centre;
      sw[i + 1] = sw[i] + w[i];
      swx[i + 1] = swx[i] + w[i] * d;
      swxx[i + 1] = swxx[i] + w[i] * d * d;
    }
    Cost cost =
        (from, to) -> {
          double n = sw[to + 1] - sw[from];
          double s = swx[to + 1] - swx[from];
          return Math.max(0, (swxx[to + 1] - swxx[from]) - s * s / n);
        };
    // best[c][j]: least cost of the first j+1 distinct values in c+1 classes; start[c][j]: first
    // index of the last class
    double[][] best = new double[classes][m];
    int[][] start = new int[classes][m];
    for (int j = 0; j < m; j++) {
      best[0][j] = cost.of(0, j);
    }
    for (int c = 1; c < classes; c++) {
      fill(best[c - 1], best[c], start[c], c, m - 1, c, m - 1, cost);
    }
    double[] upper = new double[classes];
    int end = m - 1;
    for (int c = classes - 1; c >= 0; c--) {
      upper[c] = v[end];
      end = c == 0 ? -1 : start[c][end] - 1;
    }
    return upper;
  }

  /**
   * Row c for j in [lo, hi], knowing the optimal start of the last class lies in [optLo, optHi].
   */
  private static void fill(
      double[] previous,
      double[] row,
      int[] start,
      int lo,
      int hi,
      int optLo,
      int optHi,
      Cost cost) {
    if (lo > hi) {
      return;
    }
    int j = (lo + hi) >>> 1;
    double bestCost = Double.POSITIVE_INFINITY;
    int bestStart = -1;
    for (int s = Math.max(optLo, 1); s <= Math.min(j, optHi); s++) {
      double total = previous[s - 1] + cost.of(s, j);
      if (total < bestCost) {
        bestCost = total;
        bestStart = s;
      }
    }
    row[j] = bestCost;
    start[j] = bestStart;
    fill(previous, row, start, lo, j - 1, optLo, bestStart, cost);
    fill(previous, row, start, j + 1, hi, bestStart, optHi, cost);
  }

  @FunctionalInterface
  private interface Cost {
    double of(int from, int to);
  }
}
