package de.sozialraum.monitor.spatial;

import de.sozialraum.geodata.neighbours.SpatialWeights;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Global Moran's I with the moments of Cliff and Ord, exactly as R spdep's {@code moran.test} computes them
 * (METHODS.md §6): I = (n/S0)·zᵀWz/zᵀz with z = x − mean(x); E[I] = −1/(n−1); variance under normality and under
 * randomisation (with the sample kurtosis K); the standard deviate and its p-values; n counts the areas that have
 * neighbours (spdep's {@code adjust.n}), the mean and K use every area. A permutation test gives the pseudo-p
 * (M + 1)/(R + 1), M the number of permutations with I at least the observed.
 */
public final class GlobalMoran {

  private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

  /** One test: the statistic, its expectation and variance, the deviate, and one- and two-sided p-values. */
  public record Test(double i, double expected, double variance, double z, double pGreater, double pTwoSided) {}

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

  /** Pseudo-p of {@code permutations} random relabellings (seeded, so a run is reproducible). */
  public static double permutationP(double[] x, SpatialWeights w, int permutations, long seed) {
    SpatialWeights.Constants c = w.constants();
    double observed = statistic(x, w, c.n(), c.s0());
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] y = x.clone();
    int atLeast = 0;
    for (int p = 0; p < permutations; p++) {
      for (int a = y.length - 1; a > 0; a--) {
        int b = rnd.nextInt(a + 1);
        double t = y[a];
        y[a] = y[b];
        y[b] = t;
      }
      if (statistic(y, w, c.n(), c.s0()) >= observed) {
        atLeast++;
      }
    }
    return (atLeast + 1.0) / (permutations + 1.0);
  }

  private static Test test(double i, double ei, double variance) {
    double z = (i - ei) / Math.sqrt(variance);
    // upper tails as Φ(−z): 1 − Φ(z) would lose the digits of small p-values
    return new Test(i, ei, variance, z, NORMAL.cumulativeProbability(-z), 2 * NORMAL.cumulativeProbability(-Math.abs(z)));
  }

  static double statistic(double[] x, SpatialWeights w, int n, double s0) {
    double[] z = centred(x);
    double[] lag = w.lag(z);
    double zz = 0;
    double zlz = 0;
    for (int a = 0; a < z.length; a++) {
      zz += z[a] * z[a];
      zlz += z[a] * lag[a];
    }
    return n / s0 * zlz / zz;
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
