package de.sozialraum.monitor.spatial;

import de.sozialraum.geodata.neighbours.SpatialWeights;
import java.io.Serializable;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Global Moran's I with the moments of Cliff and Ord, exactly as R spdep's {@code moran.test}
 * computes them (docs/METHODS.md §6): I = (n/S0)·zᵀWz/zᵀz with z = x − mean(x); E[I] = −1/(n−1);
 * variance under normality and under randomisation (with the sample kurtosis K); the standard
 * deviate and its p-values; n counts the areas that have neighbours (spdep's {@code adjust.n}), the
 * mean and K use every area. A permutation test gives the pseudo-p (M + 1)/(R + 1), M the number of
 * permutations with I at least the observed.
 */
public final class GlobalMoran {

  private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

  /**
   * One test: the statistic, its expectation and variance, the deviate, and one- and two-sided
   * p-values.
   */
  public record Test(
      double i, double expected, double variance, double z, double pGreater, double pTwoSided) {}

  public record Result(Test normality, Test randomisation) {}

  private GlobalMoran() {}

  public static Result of(double[] x, SpatialWeights w) {
    SpatialWeights.Constants c = w.constants();
    double i = statistic(x, w, c.n(), c.s0());
    double n = c.n();
    double ei = -1 / (n - 1);
    double s02 = c.s0() * c.s0();
    double varNormal = (n * n * c.s1() - n * c.s2() + 3 * s02) / (s02 * (n * n - 1)) - ei * ei;
    double k = kurtosis(x);
    double vi = n * (c.s1() * (n * n - 3 * n + 3) - n * c.s2() + 3 * s02);
    double tmp = k * (c.s1() * (n * n - n) - 2 * n * c.s2() + 6 * s02);
    double varRandom = (vi - tmp) / ((n - 1) * (n - 2) * (n - 3) * s02) - ei * ei;
    return new Result(test(i, ei, varNormal), test(i, ei, varRandom));
  }

  /**
   * Pseudo-p of {@code permutations} random relabellings (seeded, so a run is reproducible), over
   * all cores.
   */
  public static double permutationP(double[] x, SpatialWeights w, int permutations, long seed) {
    Permutations test = permutations(x, w);
    int blocks = (permutations + Permutations.BLOCK - 1) / Permutations.BLOCK;
    long atLeast =
        IntStream.range(0, blocks)
            .parallel()
            .mapToLong(
                b ->
                    test.atLeast(
                        b * Permutations.BLOCK,
                        Math.min(permutations, (b + 1) * Permutations.BLOCK),
                        seed))
            .sum();
    return Permutations.pseudoP(atLeast, permutations);
  }

  public static Permutations permutations(double[] x, SpatialWeights w) {
    double[] z = centred(x);
    return new Permutations(z, w, w.quadraticForm(z));
  }

  /**
   * The permutation test split into ranges that threads or Spark tasks count independently:
   * permutation r has its own random stream derived from the seed, so the count does not depend on
   * the split. Relabelling keeps n, S0 and zᵀz, so I is compared through zᵀWz alone.
   */
  public static final class Permutations implements Serializable {

    /** Permutations one task counts at a time. */
    public static final int BLOCK = 32;

    private final double[] z;
    private final SpatialWeights w;
    private final double observed;

    private Permutations(double[] z, SpatialWeights w, double observed) {
      this.z = z;
      this.w = w;
      this.observed = observed;
    }

    /** How many of the permutations from … to − 1 reach at least the observed statistic. */
    public long atLeast(int from, int to, long seed) {
      double[] y = new double[z.length];
      long count = 0;
      for (int r = from; r < to; r++) {
        System.arraycopy(z, 0, y, 0, z.length);
        SplittableRandom rnd = new SplittableRandom(seed ^ (0xBF58476D1CE4E5B9L * (r + 1)));
        for (int a = y.length - 1; a > 0; a--) {
          int b = rnd.nextInt(a + 1);
          double t = y[a];
          y[a] = y[b];
          y[b] = t;
        }
        if (w.quadraticForm(y) >= observed) {
          count++;
        }
      }
      return count;
    }

    /** (M + 1)/(R + 1). */
    public static double pseudoP(long atLeast, int permutations) {
      return (atLeast + 1.0) / (permutations + 1.0);
    }
  }

  private static Test test(double i, double ei, double variance) {
    double z = (i - ei) / Math.sqrt(variance);
    // upper tails as Φ(−z): 1 − Φ(z) would lose the digits of small p-values
    return new Test(
        i,
        ei,
        variance,
        z,
        NORMAL.cumulativeProbability(-z),
        2 * NORMAL.cumulativeProbability(-Math.abs(z)));
  }

  static double statistic(double[] x, SpatialWeights w, int n, double s0) {
    double[] z = centred(x);
    double zz = 0;
    for (double v : z) {
      zz += v * v;
    }
    return n / s0 * w.quadraticForm(z) / zz;
  }

  static double[] centred(double[] x) {
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= x.length;
    double[] z = new double[x.length];
    for (int a = 0; a < x.length; a++) {
      z[a] = x[a] - mean;
    }
    return z;
  }

  private static double kurtosis(double[] x) {
    double[] z = centred(x);
    double z2 = 0;
    double z4 = 0;
    for (double v : z) {
      z2 += v * v;
      z4 += v * v * v * v;
    }
    return x.length * z4 / (z2 * z2);
  }
}
