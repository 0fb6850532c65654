package de.sozialraum.monitor.spatial;

import de.sozialraum.geodata.neighbours.SpatialWeights;
import java.io.Serializable;
import java.util.stream.IntStream;

/**
 * Getis–Ord local statistics as z-values (Ord &amp; Getis 1995), exactly as R spdep's {@code
 * localG}: Gi over the neighbours without the area itself (mean and variance of the other n−1
 * values), Gi* with the area included in its own neighbourhood (weights of {@code include.self},
 * mean and variance of all n values). Hot spots are z ≥ the normal quantile of 1 − alpha/2, cold
 * spots z ≤ its negative.
 */
public final class GetisOrd {

  public static final String HOT = "hot";
  public static final String COLD = "cold";
  public static final String NOT_SIGNIFICANT = "not_significant";

  private GetisOrd() {}

  /** Gi z-values. */
  public static double[] gi(double[] x, SpatialWeights w) {
    int n = x.length;
    double sum = 0;
    double sum2 = 0;
    for (double v : x) {
      sum += v;
      sum2 += v * v;
    }
    double[] lx = w.lag(x);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double xibar = (sum - x[i]) / (n - 1);
      double si2 = (sum2 - x[i] * x[i]) / (n - 1) - xibar * xibar;
      double[] m = moments(w.weightsOf(i));
      double vg = si2 * (((n - 1) * m[1] - m[0] * m[0]) / (n - 2));
      out[i] = (lx[i] - m[0] * xibar) / Math.sqrt(vg);
    }
    return out;
  }

  /**
   * Gi* z-values; {@code w} is the neighbourhood without self, the area is added with the same
   * weighting style.
   */
  public static double[] giStar(double[] x, SpatialWeights w) {
    Star star = star(x, w);
    return IntStream.range(0, x.length).mapToDouble(star::z).toArray();
  }

  public static Star star(double[] x, SpatialWeights w) {
    int n = x.length;
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= n;
    double s2 = 0;
    for (double v : x) {
      s2 += (v - mean) * (v - mean);
    }
    return new Star(x, w, mean, s2 / n);
  }

  /** Gi* of single areas, for Spark tasks that each take a range of a series. */
  public static final class Star implements Serializable {

    private final double[] x;
    private final SpatialWeights w;
    private final double mean;
    private final double s2;

    private Star(double[] x, SpatialWeights w, double mean, double s2) {
      this.x = x;
      this.w = w;
      this.mean = mean;
      this.s2 = s2;
    }

    /** Gi* of area i: its k neighbours and itself, each weighted 1/(k + 1) (style W) or 1 (B). */
    public double z(int i) {
      int n = x.length;
      int k = w.neighbours().cardinality(i) + 1;
      double weight = w.style() == SpatialWeights.Style.W ? 1.0 / k : 1.0;
      double lag = weight * (w.neighbourSum(x, i) + x[i]);
      double m0 = weight * k;
      double m1 = weight * weight * k;
      double vg = s2 * ((n * m1 - m0 * m0) / (n - 1));
      return (lag - m0 * mean) / Math.sqrt(vg);
    }
  }

  /** The normal quantile of 1 − alpha/2. */
  public static double criticalValue(double alpha) {
    return new org.apache.commons.math3.distribution.NormalDistribution(0, 1)
        .inverseCumulativeProbability(1 - alpha / 2);
  }

  /** Hot, cold or not significant for the critical value q of {@link #criticalValue}. */
  public static String classOf(double z, double q) {
    return !Double.isFinite(z) ? NOT_SIGNIFICANT : z >= q ? HOT : z <= -q ? COLD : NOT_SIGNIFICANT;
  }

  /** {Σ w, Σ w²} of one row. */
  private static double[] moments(double[] row) {
    double s = 0;
    double s2 = 0;
    for (double v : row) {
      s += v;
      s2 += v * v;
    }
    return new double[] {s, s2};
  }
}
