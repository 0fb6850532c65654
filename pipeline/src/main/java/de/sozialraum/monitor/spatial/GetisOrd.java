package de.sozialraum.monitor.spatial;

import de.sozialraum.geodata.neighbours.NeighbourList;
import de.sozialraum.geodata.neighbours.SpatialWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Getis–Ord local statistics as z-values (Ord &amp; Getis 1995), exactly as R spdep's {@code localG}: Gi over the
 * neighbours without the area itself (mean and variance of the other n−1 values), Gi* with the area included in
 * its own neighbourhood (weights of {@code include.self}, mean and variance of all n values). Hot spots are
 * z ≥ the normal quantile of 1 − alpha/2, cold spots z ≤ its negative.
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

  /** Gi* z-values; {@code w} is the neighbourhood without self, the area is added with the same weighting style. */
  public static double[] giStar(double[] x, SpatialWeights w) {
    int n = x.length;
    SpatialWeights self = withSelf(w);
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= n;
    double s2 = 0;
    for (double v : x) {
      s2 += (v - mean) * (v - mean);
    }
    s2 /= n;
    double[] lx = self.lag(x);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double[] m = moments(self.weightsOf(i));
      double vg = s2 * ((n * m[1] - m[0] * m[0]) / (n - 1));
      out[i] = (lx[i] - m[0] * mean) / Math.sqrt(vg);
    }
    return out;
  }

  /** Hot, cold or not significant at the two-sided level alpha. */
  public static String[] classes(double[] z, double alpha) {
    double q = new org.apache.commons.math3.distribution.NormalDistribution(0, 1).inverseCumulativeProbability(1 - alpha / 2);
    String[] out = new String[z.length];
    for (int i = 0; i < z.length; i++) {
      out[i] = !Double.isFinite(z[i]) ? NOT_SIGNIFICANT : z[i] >= q ? HOT : z[i] <= -q ? COLD : NOT_SIGNIFICANT;
    }
    return out;
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

  private static SpatialWeights withSelf(SpatialWeights w) {
    List<TreeSet<Integer>> adj = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      TreeSet<Integer> s = new TreeSet<>();
      for (int j : w.neighboursOf(i)) {
        s.add(j);
      }
      adj.add(s);
    }
    return new SpatialWeights(NeighbourList.withSelf(adj), w.style());
  }
}
