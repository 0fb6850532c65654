package de.sozialraum.monitor.numerics.classify;

import de.sozialraum.monitor.numerics.Ranking;
import de.sozialraum.monitor.numerics.Standardisation;
import java.util.Arrays;
import java.util.stream.DoubleStream;

/**
 * The classifications of docs/METHODS.md §4, each producing a {@link ClassScheme} from the values
 * of one comparison frame and year. Missing values are ignored for the breaks and get no class.
 */
public final class Classifiers {

  private Classifiers() {}

  /**
   * Standard-deviation bands: class edges at mean + e·SD (population SD) for the given edges in SD
   * units, e.g. {−1, 1, 1.5} for the MSS status bands.
   */
  public static ClassScheme sdBands(double[] x, double[] edgesInSd, int decimals) {
    boolean[] all = new boolean[x.length];
    Arrays.fill(all, true);
    Standardisation.Moments m = Standardisation.moments(x, all);
    double[] upper = new double[edgesInSd.length + 1];
    for (int i = 0; i < edgesInSd.length; i++) {
      upper[i] = m.mean() + edgesInSd[i] * m.sd();
    }
    upper[edgesInSd.length] = max(x);
    return ClassScheme.fromUpperBounds("sd_bands", min(x), upper, decimals);
  }

  /** Rank-based n-tiles ({@link Ranking#ntiles}); each class's upper bound is its largest value. */
  public static ClassScheme quantiles(double[] x, int k, int decimals) {
    int[] cls = Ranking.ntiles(x, k);
    double[] upper = new double[Arrays.stream(cls).max().orElse(0)];
    Arrays.fill(upper, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < x.length; i++) {
      if (cls[i] > 0) {
        upper[cls[i] - 1] = Math.max(upper[cls[i] - 1], x[i]);
      }
    }
    return ClassScheme.fromUpperBounds(
        "quantiles", min(x), Arrays.stream(upper).filter(Double::isFinite).toArray(), decimals);
  }

  /** k classes of equal width between the minimum and the maximum. */
  public static ClassScheme equalInterval(double[] x, int k, int decimals) {
    double lo = min(x);
    double hi = max(x);
    double[] upper = new double[k];
    for (int i = 0; i < k; i++) {
      upper[i] = i == k - 1 ? hi : lo + (hi - lo) * (i + 1) / k;
    }
    return ClassScheme.fromUpperBounds("equal_interval", lo, upper, decimals);
  }

  /** Exact Fisher–Jenks natural breaks ({@link FisherJenks}). */
  public static ClassScheme fisherJenks(double[] x, int k, int decimals) {
    return ClassScheme.fromUpperBounds(
        "fisher_jenks", min(x), FisherJenks.upperBounds(x, k), decimals);
  }

  /**
   * Fixed thresholds from the configuration: class i spans (t[i−1], t[i]], the last is open above.
   */
  public static ClassScheme fixed(double[] x, double[] thresholds, int decimals) {
    double[] upper = Arrays.copyOf(thresholds, thresholds.length + 1);
    upper[thresholds.length] = Math.max(max(x), thresholds[thresholds.length - 1]);
    return ClassScheme.fromUpperBounds("fixed", Math.min(min(x), thresholds[0]), upper, decimals);
  }

  private static double min(double[] x) {
    return finite(x).min().orElse(Double.NaN);
  }

  private static double max(double[] x) {
    return finite(x).max().orElse(Double.NaN);
  }

  private static DoubleStream finite(double[] x) {
    return Arrays.stream(x).filter(Double::isFinite);
  }
}
