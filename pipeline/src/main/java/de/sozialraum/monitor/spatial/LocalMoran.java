package de.sozialraum.monitor.spatial;

import de.sozialraum.geodata.neighbours.SpatialWeights;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Local Moran's I (LISA; Anselin 1995) as R spdep's {@code localmoran} with its defaults (conditional moments,
 * {@code mlvar}): I_i = (z_i/m2)·Σ_j w_ij z_j with m2 = Σz²/n, E[I_i] = −z_i²·W_i/((n−1)·m2), the conditional
 * variance, the deviate and its two-sided p. Inference by conditional permutation (METHODS.md §6): for each area
 * its own value is held and |N(i)| of the other n−1 values are drawn without replacement, R times; the folded
 * pseudo-p is (min(M≥, R − M≥) + 1)/(R + 1). Each area has its own random stream derived from the seed, so results
 * do not depend on how the areas are spread over threads. Islands get no statistic and the class "island".
 */
public final class LocalMoran {

  private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

  public static final String HH = "HH";
  public static final String LL = "LL";
  public static final String LH = "LH";
  public static final String HL = "HL";
  public static final String NOT_SIGNIFICANT = "not_significant";
  public static final String ISLAND = "island";

  /** Per area: I_i, E[I_i], Var[I_i], Z, analytical two-sided p, folded pseudo-p, and the class. */
  public record Result(double[] i, double[] expected, double[] variance, double[] z, double[] p, double[] pseudoP, String[] cluster) {}

  private LocalMoran() {}

  /**
   * @param alpha significance level of the pseudo-p; with {@code fdr} the Benjamini–Hochberg threshold at alpha
   */
  public static Result of(double[] x, SpatialWeights w, int permutations, long seed, double alpha, boolean fdr) {
    int n = x.length;
    double[] z = GlobalMoran.centred(x);
    double m2 = 0;
    for (double v : z) {
      m2 += v * v;
    }
    m2 /= n;
    double[] lz = w.lag(z);
    double[] ii = new double[n];
    double[] ei = new double[n];
    double[] vi = new double[n];
    double[] zi = new double[n];
    double[] p = new double[n];
    for (int a = 0; a < n; a++) {
      double[] wa = w.weightsOf(a);
      double wi = 0;
      double wi2 = 0;
      for (double v : wa) {
        wi += v;
        wi2 += v * v;
      }
      ii[a] = z[a] / m2 * lz[a];
      ei[a] = -(z[a] * z[a] * wi) / ((n - 1) * m2);
      vi[a] = (z[a] / m2) * (z[a] / m2) * (n / (n - 2.0)) * (wi2 - wi * wi / (n - 1)) * (m2 - z[a] * z[a] / (n - 1));
      zi[a] = (ii[a] - ei[a]) / Math.sqrt(vi[a]);
      p[a] = 2 * NORMAL.cumulativeProbability(-Math.abs(zi[a]));
    }
    double mm2 = m2;
    double[] pseudo = IntStream.range(0, n).parallel()
        .mapToDouble(a -> w.neighbours().cardinality(a) == 0 ? Double.NaN : pseudoP(a, z, mm2, ii[a], w, permutations, seed)).toArray();
    double threshold = fdr ? benjaminiHochberg(pseudo, alpha) : alpha;
    String[] cluster = new String[n];
    for (int a = 0; a < n; a++) {
      if (w.neighbours().cardinality(a) == 0) {
        cluster[a] = ISLAND;
        ii[a] = Double.NaN;
        ei[a] = Double.NaN;
        vi[a] = Double.NaN;
        zi[a] = Double.NaN;
        p[a] = Double.NaN;
      } else if (!(pseudo[a] <= threshold)) {
        cluster[a] = NOT_SIGNIFICANT;
      } else {
        cluster[a] = z[a] > 0 ? (lz[a] > 0 ? HH : HL) : (lz[a] > 0 ? LH : LL);
      }
    }
    return new Result(ii, ei, vi, zi, p, pseudo, cluster);
  }

  private static double pseudoP(int a, double[] z, double m2, double observed, SpatialWeights w, int permutations, long seed) {
    int n = z.length;
    double[] wa = w.weightsOf(a);
    int k = wa.length;
    SplittableRandom rnd = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (a + 1)));
    int[] drawn = new int[k];
    int atLeast = 0;
    for (int r = 0; r < permutations; r++) {
      double lag = 0;
      for (int d = 0; d < k; d++) {
        int j;
        boolean again;
        do {
          j = rnd.nextInt(n - 1);
          j = j >= a ? j + 1 : j;
          again = false;
          for (int e = 0; e < d; e++) {
            again |= drawn[e] == j;
          }
        } while (again);
        drawn[d] = j;
        lag += wa[d] * z[j];
      }
      if (z[a] / m2 * lag >= observed) {
        atLeast++;
      }
    }
    int folded = Math.min(atLeast, permutations - atLeast);
    return (folded + 1.0) / (permutations + 1.0);
  }

  /** The largest p_(k) with p_(k) ≤ k·alpha/m over the m finite p-values; 0 when none qualifies. */
  static double benjaminiHochberg(double[] p, double alpha) {
    double[] sorted = java.util.Arrays.stream(p).filter(Double::isFinite).sorted().toArray();
    double threshold = 0;
    for (int k = 1; k <= sorted.length; k++) {
      if (sorted[k - 1] <= k * alpha / sorted.length) {
        threshold = sorted[k - 1];
      }
    }
    return threshold;
  }
}
