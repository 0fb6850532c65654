package de.sozialraum.monitor.numerics;

import java.util.Arrays;

/**
 * Ranks and rank-based n-tiles over the finite entries of an array; NaN entries get rank 0 / class
 * 0 (none).
 */
public final class Ranking {

  private Ranking() {}

  /**
   * Competition ranks ("1224"): ties share the smallest rank, as Excel's RANK and docs/METHODS.md
   * §2 define. With {@code highestFirst} rank 1 is the largest value (the most deprived district
   * for a deprivation index).
   */
  public static int[] ranks(double[] x, boolean highestFirst) {
    // a district's rank is 1 + the number of values beyond it; ties (by ==, so -0.0 and 0.0 tie)
    // share it
    double[] sorted = sortedFinite(x);
    int[] rank = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      if (Double.isFinite(x[i])) {
        rank[i] =
            1
                + (highestFirst
                    ? sorted.length - countBelow(sorted, x[i], true)
                    : countBelow(sorted, x[i], false));
      }
    }
    return rank;
  }

  /**
   * Rank-based n-tiles: class {@code floor((rank − 1)·k / n) + 1} with ascending ranks, ties
   * sharing the smallest rank, so each class holds n/k districts where there are no ties and tied
   * values never split across classes.
   */
  public static int[] ntiles(double[] x, int k) {
    int[] rank = ranks(x, false);
    int n = (int) Arrays.stream(x).filter(Double::isFinite).count();
    int[] cls = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      cls[i] = rank[i] == 0 ? 0 : (int) ((long) (rank[i] - 1) * k / n) + 1;
    }
    return cls;
  }

  /** Which rank tied values share. */
  public enum Ties {
    /** The mean of the positions they take, as R's {@code rank} by default ("1 2.5 2.5 4"). */
    AVERAGE,
    /** The first of their positions ("1 2 2 4"). */
    MIN,
    /** The last of their positions ("1 3 3 4"). */
    MAX
  }

  /**
   * Ascending ranks, 1 = the smallest value, ties by {@code ties}; NaN where x is not finite (and
   * the finite values ranked among themselves).
   */
  public static double[] ranks(double[] x, Ties ties) {
    double[] sorted = sortedFinite(x);
    double[] rank = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i])) {
        rank[i] = Double.NaN;
        continue;
      }
      // the tied values take positions first … last (1-based)
      int first = countBelow(sorted, x[i], false) + 1;
      int last = countBelow(sorted, x[i], true);
      rank[i] =
          switch (ties) {
            case AVERAGE -> (first + last) / 2.0;
            case MIN -> first;
            case MAX -> last;
          };
    }
    return rank;
  }

  /** The finite values of x, ascending. */
  private static double[] sortedFinite(double[] x) {
    double[] sorted = Arrays.stream(x).filter(Double::isFinite).toArray();
    Arrays.sort(sorted);
    return sorted;
  }

  /** How many sorted values are < v, or ≤ v when {@code inclusive}. */
  private static int countBelow(double[] sorted, double v, boolean inclusive) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < v || (inclusive && sorted[mid] == v)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
