package de.sozialraum.monitor.numerics;

import java.util.Arrays;
import java.util.Comparator;

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
    Integer[] order = finiteOrder(x, highestFirst);
    int[] rank = new int[x.length];
    for (int pos = 0; pos < order.length; pos++) {
      int i = order[pos];
      boolean tieWithPrevious = pos > 0 && x[order[pos - 1]] == x[i];
      rank[i] = tieWithPrevious ? rank[order[pos - 1]] : pos + 1;
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

  private static Integer[] finiteOrder(double[] x, boolean highestFirst) {
    Comparator<Integer> byValue = Comparator.comparingDouble(i -> x[i]);
    return java.util.stream.IntStream.range(0, x.length)
        .filter(i -> Double.isFinite(x[i]))
        .boxed()
        .sorted(highestFirst ? byValue.reversed() : byValue)
        .toArray(Integer[]::new);
  }
}
