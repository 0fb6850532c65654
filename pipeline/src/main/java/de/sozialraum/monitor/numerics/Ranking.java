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
    Positions p = positions(x);
    int[] rank = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      if (p.first[i] > 0) {
        rank[i] = highestFirst ? 1 + p.finite - p.last[i] : p.first[i];
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
    Positions p = positions(x);
    int[] cls = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      cls[i] = p.first[i] == 0 ? 0 : (int) ((long) (p.first[i] - 1) * k / p.finite) + 1;
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
    Positions p = positions(x);
    double[] rank = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      int first = p.first[i];
      int last = p.last[i];
      rank[i] =
          first == 0
              ? Double.NaN
              : switch (ties) {
                case AVERAGE -> (first + last) / 2.0;
                case MIN -> first;
                case MAX -> last;
              };
    }
    return rank;
  }

  /**
   * The 1-based positions {@code first[i] … last[i]} that the finite x[i] and the values equal to
   * it take in ascending order (0 where x[i] is not finite), and how many values are finite.
   */
  private record Positions(int[] first, int[] last, int finite) {}

  private static Positions positions(double[] x) {
    int n = 0;
    long[] key = new long[x.length];
    int[] index = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      if (Double.isFinite(x[i])) {
        key[n] = unsignedOrder(x[i]);
        index[n++] = i;
      }
    }
    // the kernels rank every district of a year several times per preset: a radix sort of the keys
    // with their indices is linear, where a sorted copy and a binary search per value cost more
    // than all the arithmetic around them
    long[] keyBuffer = new long[n];
    int[] indexBuffer = new int[n];
    int[] start = new int[257];
    for (int shift = 0; shift < Long.SIZE && n > 0; shift += Byte.SIZE) {
      Arrays.fill(start, 0);
      for (int j = 0; j < n; j++) {
        start[(int) (key[j] >>> shift & 0xff) + 1]++;
      }
      if (start[(int) (key[0] >>> shift & 0xff) + 1] == n) {
        continue;
      }
      for (int b = 0; b < 256; b++) {
        start[b + 1] += start[b];
      }
      for (int j = 0; j < n; j++) {
        int at = start[(int) (key[j] >>> shift & 0xff)]++;
        keyBuffer[at] = key[j];
        indexBuffer[at] = index[j];
      }
      long[] k = key;
      key = keyBuffer;
      keyBuffer = k;
      int[] ix = index;
      index = indexBuffer;
      indexBuffer = ix;
    }
    int[] first = new int[x.length];
    int[] last = new int[x.length];
    for (int j = 0; j < n; ) {
      int end = j;
      while (end < n && key[end] == key[j]) {
        end++;
      }
      for (int q = j; q < end; q++) {
        first[index[q]] = j + 1;
        last[index[q]] = end;
      }
      j = end;
    }
    return new Positions(first, last, n);
  }

  /**
   * A key whose unsigned order is the numeric order of finite doubles, equal exactly where the
   * values are == (so -0.0 and 0.0 share one).
   */
  private static long unsignedOrder(double v) {
    long bits = Double.doubleToRawLongBits(v == 0 ? 0.0 : v);
    return bits ^ (bits >> 63 | Long.MIN_VALUE);
  }
}
