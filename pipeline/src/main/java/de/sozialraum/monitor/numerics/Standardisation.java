package de.sozialraum.monitor.numerics;

/**
 * The standardisations of docs/METHODS.md §2 over the districts that are included and have a value;
 * excluded or missing entries come back NaN. {@code sign} = −1 turns a "higher is better" indicator
 * so that a high standardised value always means a worse situation.
 */
public final class Standardisation {

  private Standardisation() {}

  /**
   * Mean and population SD of the included finite values; NaN where fewer than one (mean) or SD 0
   * (z).
   */
  public record Moments(double mean, double sd, int n) {}

  public static Moments moments(double[] x, boolean[] include) {
    int n = 0;
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      if (include[i] && Double.isFinite(x[i])) {
        sum += x[i];
        n++;
      }
    }
    if (n == 0) {
      return new Moments(Double.NaN, Double.NaN, 0);
    }
    double mean = sum / n;
    double ss = 0;
    for (int i = 0; i < x.length; i++) {
      if (include[i] && Double.isFinite(x[i])) {
        double d = x[i] - mean;
        ss += d * d;
      }
    }
    return new Moments(mean, Math.sqrt(ss / n), n);
  }

  /**
   * z with the unweighted mean and the population SD (divide by n). A constant indicator (SD 0)
   * carries no information and yields NaN rather than a division by zero.
   */
  public static double[] z(double[] x, boolean[] include, int sign) {
    return z(x, include, sign, moments(x, include));
  }

  /**
   * Weighted mean and weighted population SD ({@code sqrt(Σw(x−m)²/Σw)}) of the included finite
   * values.
   */
  public static Moments weightedMoments(double[] x, double[] w, boolean[] include) {
    double sw = 0;
    double swx = 0;
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (counts(x, w, include, i)) {
        sw += w[i];
        swx += w[i] * x[i];
        n++;
      }
    }
    if (sw <= 0) {
      return new Moments(Double.NaN, Double.NaN, 0);
    }
    double mean = swx / sw;
    double ss = 0;
    for (int i = 0; i < x.length; i++) {
      if (counts(x, w, include, i)) {
        ss += w[i] * (x[i] - mean) * (x[i] - mean);
      }
    }
    return new Moments(mean, Math.sqrt(ss / sw), n);
  }

  private static boolean counts(double[] x, double[] w, boolean[] include, int i) {
    return include[i] && Double.isFinite(x[i]) && Double.isFinite(w[i]) && w[i] >= 0;
  }

  /** z against given moments (a reference year's, or weighted ones). */
  public static double[] z(double[] x, boolean[] include, int sign, Moments m) {
    double[] z = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      z[i] =
          include[i] && Double.isFinite(x[i]) && m.sd() > 0
              ? sign * (x[i] - m.mean()) / m.sd()
              : Double.NaN;
    }
    return z;
  }

  /**
   * Population-weighted z: weighted mean and weighted population SD (docs/METHODS.md §2, optional
   * variant).
   */
  public static double[] weightedZ(double[] x, double[] w, boolean[] include, int sign) {
    return z(x, include, sign, weightedMoments(x, w, include));
  }

  /**
   * {@code (rank − 1)/(n − 1)} with ascending ranks where ties share the smallest rank: Excel's
   * PERCENTRANK.INC and the CDC SVI's percentile ranking. Direction-aligned first, so 1 is the most
   * disadvantaged.
   */
  public static double[] percentRank(double[] x, boolean[] include, int sign) {
    double[] aligned = aligned(x, include, sign);
    int[] rank = Ranking.ranks(aligned, false);
    long n = java.util.Arrays.stream(aligned).filter(Double::isFinite).count();
    double[] p = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      p[i] = rank[i] == 0 ? Double.NaN : n == 1 ? 0 : (rank[i] - 1) / (double) (n - 1);
    }
    return p;
  }

  /** {@code (x − min)/(max − min)} after direction alignment; NaN where all values are equal. */
  public static double[] minMax(double[] x, boolean[] include, int sign) {
    double[] a = aligned(x, include, sign);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : a) {
      if (Double.isFinite(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = Double.isFinite(a[i]) && max > min ? (a[i] - min) / (max - min) : Double.NaN;
    }
    return out;
  }

  /**
   * The English Indices of Deprivation's exponential transformation: rank 1 = least deprived, R =
   * rank/n, then {@code X = −23·ln(1 − R·(1 − e^(−100/23)))}, which stretches the deprived end to
   * 0…100 so that a very deprived domain is not cancelled by a less deprived one. Tied values share
   * the rank {@code ties} gives them: {@code MIN} puts them at the less deprived end of their
   * positions, {@code MAX} at the more deprived end, {@code AVERAGE} in the middle.
   */
  public static double[] rankExponential(
      double[] x, boolean[] include, int sign, Ranking.Ties ties) {
    double[] a = aligned(x, include, sign);
    double[] rank = Ranking.ranks(a, ties);
    long n = java.util.Arrays.stream(a).filter(Double::isFinite).count();
    double c = 1 - Math.exp(-100.0 / 23.0);
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = Double.isNaN(rank[i]) ? Double.NaN : -23 * Math.log(1 - (rank[i] / n) * c);
    }
    return out;
  }

  private static double[] aligned(double[] x, boolean[] include, int sign) {
    double[] a = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      a[i] = include[i] && Double.isFinite(x[i]) ? sign * x[i] : Double.NaN;
    }
    return a;
  }
}
