package de.sozialraum.monitor.numerics;

import java.util.function.IntPredicate;

/**
 * The indices of an array sorted by their values, ties in index order: the order a stable sort of
 * boxed indices gives, by a merge sort on primitive arrays, since the kernels sort every district
 * of a year for each quantile and index.
 */
public final class IndexOrder {

  private IndexOrder() {}

  /** The indices i with {@code keep(i)}, by {@link Double#compare} of x[i] ascending, then i. */
  public static int[] ascending(double[] x, IntPredicate keep) {
    int n = 0;
    int[] order = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      if (keep.test(i)) {
        order[n++] = i;
      }
    }
    order = java.util.Arrays.copyOf(order, n);
    int[] buffer = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int from = 0; from < n - width; from += 2 * width) {
        merge(x, order, buffer, from, from + width, Math.min(from + 2 * width, n));
      }
    }
    return order;
  }

  private static void merge(double[] x, int[] a, int[] buffer, int from, int mid, int to) {
    if (Double.compare(x[a[mid - 1]], x[a[mid]]) <= 0) {
      return;
    }
    System.arraycopy(a, from, buffer, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && Double.compare(x[buffer[i]], x[buffer[j]]) <= 0)) {
        a[k] = buffer[i++];
      } else {
        a[k] = buffer[j++];
      }
    }
  }
}
