package de.sozialraum.monitor.spatial;

import de.sozialraum.geodata.neighbours.SpatialWeights;
import java.io.Serializable;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Local Moran's I (LISA; Anselin 1995) as R spdep's {@code localmoran} with its defaults
 * (conditional moments, {@code mlvar}): I_i = (z_i/m2)·Σ_j w_ij z_j with m2 = Σz²/n, E[I_i] =
 * −z_i²·W_i/((n−1)·m2), the conditional variance, the deviate and its two-sided p. Inference by
 * conditional permutation (docs/METHODS.md §6): for each area its own value is held and |N(i)| of
 * the other n−1 values are drawn without replacement, R times; the folded pseudo-p is (min(M≥, R −
 * M≥) + 1)/(R + 1). Each area has its own random stream derived from the seed, so results do not
 * depend on how the areas are spread over threads or Spark tasks. Islands get no statistic and the
 * class "island".
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
  public record Result(
      double[] i,
      double[] expected,
      double[] variance,
      double[] z,
      double[] p,
      double[] pseudoP,
      String[] cluster) {}

  /**
   * One area before the significance decision: the statistics (NaN for an island) and its quadrant
   * (HH, LL, LH, HL, or island), which {@link #cluster} turns into the class once the threshold of
   * the whole series is known.
   */
  public record Area(
      double i,
      double expected,
      double variance,
      double z,
      double p,
      double pseudoP,
      String quadrant) {}

  private LocalMoran() {}

  /**
   * The centred values and m2 of a series with its weights: everything an area's statistic needs.
   */
  public static final class Prepared implements Serializable {

    private final double[] z;
    private final double m2;
    private final SpatialWeights w;

    private Prepared(double[] z, double m2, SpatialWeights w) {
      this.z = z;
      this.m2 = m2;
      this.w = w;
    }

    public int size() {
      return z.length;
    }

    /**
     * Area a's statistics with {@code permutations} conditional permutations from the series' seed.
     */
    public Area area(int a, int permutations, long seed) {
      int n = z.length;
      int k = w.neighbours().cardinality(a);
      if (k == 0) {
        return new Area(
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, ISLAND);
      }
      double wa = w.weight(a);
      double wi = wa * k;
      double wi2 = wa * wa * k;
      double lag = w.lag(z, a);
      double ii = z[a] / m2 * lag;
      double ei = -(z[a] * z[a] * wi) / ((n - 1) * m2);
      double vi =
          (z[a] / m2)
              * (z[a] / m2)
              * (n / (n - 2.0))
              * (wi2 - wi * wi / (n - 1))
              * (m2 - z[a] * z[a] / (n - 1));
      double zi = (ii - ei) / Math.sqrt(vi);
      String quadrant = z[a] > 0 ? (lag > 0 ? HH : HL) : (lag > 0 ? LH : LL);
      return new Area(
          ii,
          ei,
          vi,
          zi,
          2 * NORMAL.cumulativeProbability(-Math.abs(zi)),
          pseudoP(a, k, wa, ii, permutations, seed),
          quadrant);
    }

    private double pseudoP(int a, int k, double wa, double observed, int permutations, long seed) {
      int n = z.length;
      SplittableRandom rnd = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (a + 1)));
      int[] drawn = new int[k];
      int atLeast = 0;
      for (int r = 0; r < permutations; r++) {
        double sum = 0;
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
          sum += z[j];
        }
        if (z[a] / m2 * wa * sum >= observed) {
          atLeast++;
        }
      }
      int folded = Math.min(atLeast, permutations - atLeast);
      return (folded + 1.0) / (permutations + 1.0);
    }
  }

  public static Prepared prepare(double[] x, SpatialWeights w) {
    double[] z = GlobalMoran.centred(x);
    double m2 = 0;
    for (double v : z) {
      m2 += v * v;
    }
    return new Prepared(z, m2 / z.length, w);
  }

  /**
   * The class of an area: its quadrant where the pseudo-p is at most the threshold, else not
   * significant.
   */
  public static String cluster(Area a, double threshold) {
    return ISLAND.equals(a.quadrant())
        ? ISLAND
        : a.pseudoP() <= threshold ? a.quadrant() : NOT_SIGNIFICANT;
  }

  /**
   * @param alpha significance level of the pseudo-p; with {@code fdr} the Benjamini–Hochberg
   *     threshold at alpha
   */
  public static Result of(
      double[] x, SpatialWeights w, int permutations, long seed, double alpha, boolean fdr) {
    Prepared prepared = prepare(x, w);
    int n = x.length;
    Area[] areas =
        IntStream.range(0, n)
            .parallel()
            .mapToObj(a -> prepared.area(a, permutations, seed))
            .toArray(Area[]::new);
    double threshold = alpha;
    if (fdr) {
      NavigableMap<Double, Long> counts = new TreeMap<>();
      for (Area a : areas) {
        if (Double.isFinite(a.pseudoP())) {
          counts.merge(a.pseudoP(), 1L, Long::sum);
        }
      }
      threshold = benjaminiHochberg(counts, alpha);
    }
    Result r =
        new Result(
            new double[n],
            new double[n],
            new double[n],
            new double[n],
            new double[n],
            new double[n],
            new String[n]);
    for (int a = 0; a < n; a++) {
      r.i()[a] = areas[a].i();
      r.expected()[a] = areas[a].expected();
      r.variance()[a] = areas[a].variance();
      r.z()[a] = areas[a].z();
      r.p()[a] = areas[a].p();
      r.pseudoP()[a] = areas[a].pseudoP();
      r.cluster()[a] = cluster(areas[a], threshold);
    }
    return r;
  }

  /**
   * The Benjamini–Hochberg threshold from the counts of each distinct p-value (a permutation p
   * takes at most R/2 + 1 values, so the counts stay small for a million areas): the largest p_(k)
   * with p_(k) ≤ k·alpha/m over the m p-values; 0 when none qualifies. Among tied values the last
   * rank k is the most lenient, so it decides.
   */
  public static double benjaminiHochberg(NavigableMap<Double, Long> counts, double alpha) {
    long m = counts.values().stream().mapToLong(Long::longValue).sum();
    long rank = 0;
    double threshold = 0;
    for (Map.Entry<Double, Long> e : counts.entrySet()) {
      rank += e.getValue();
      if (e.getKey() <= rank * alpha / m) {
        threshold = e.getKey();
      }
    }
    return threshold;
  }
}
