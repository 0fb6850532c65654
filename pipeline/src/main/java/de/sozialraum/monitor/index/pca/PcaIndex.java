package de.sozialraum.monitor.index.pca;

import de.sozialraum.monitor.numerics.Standardisation;
import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * A deprivation index in the manner of the German Index of Socioeconomic Deprivation (GISD;
 * docs/METHODS.md §3): per domain the first principal component of the z-standardised indicators,
 * pooled over all years so that loadings do not drift between years, oriented so that the named
 * anchor indicator loads positively (higher = more deprived); per year each domain score is min–max
 * scaled, the domains summed and the sum min–max scaled to [0, 1]; quintiles and deciles per year
 * are rank-based n-tiles. Eigenvectors come from Apache Commons Math.
 */
public final class PcaIndex {

  private PcaIndex() {}

  /**
   * @param loadings unit eigenvector of each domain, per indicator of the domain, in indicator
   *     order [domains][]
   * @param explained share of the domain's variance the first component explains
   */
  public record Model(
      int[][] members, double[][] loadings, double[] explained, double[] mean, double[] sd)
      implements java.io.Serializable {}

  /** Scores of all rows (district-years). */
  public record Result(double[][] domain, double[][] domainScaled, double[] score) {}

  /**
   * @param x indicator values pooled over years [k][rows], direction-aligned by {@code signs}
   * @param domainOf domain number per indicator
   * @param anchor per domain, the indicator (index into x) that must load positively
   */
  public static Model fit(
      double[][] x, int[] signs, boolean[] include, int[] domainOf, int[] anchor) {
    int domains = anchor.length;
    int[][] members = new int[domains][];
    double[][] loadings = new double[domains][];
    double[] explained = new double[domains];
    double[] mean = new double[x.length];
    double[] sd = new double[x.length];
    for (int d = 0; d < domains; d++) {
      final int dd = d;
      int[] m =
          java.util.stream.IntStream.range(0, x.length).filter(j -> domainOf[j] == dd).toArray();
      members[d] = m;
      boolean[] complete = complete(x, m, include);
      double[][] z = new double[m.length][];
      for (int a = 0; a < m.length; a++) {
        Standardisation.Moments mo = Standardisation.moments(x[m[a]], complete);
        mean[m[a]] = mo.mean();
        sd[m[a]] = mo.sd();
        z[a] = Standardisation.z(x[m[a]], complete, signs[m[a]], mo);
      }
      double[][] r = new double[m.length][m.length];
      int rows = 0;
      for (int i = 0; i < complete.length; i++) {
        if (complete[i]) {
          rows++;
          for (int a = 0; a < m.length; a++) {
            for (int b = 0; b < m.length; b++) {
              r[a][b] += z[a][i] * z[b][i];
            }
          }
        }
      }
      for (double[] row : r) {
        for (int b = 0; b < row.length; b++) {
          row[b] /= rows;
        }
      }
      EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(r));
      double[] values = eigen.getRealEigenvalues();
      int first = 0;
      for (int e = 1; e < values.length; e++) {
        if (values[e] > values[first]) {
          first = e;
        }
      }
      RealVector v = eigen.getEigenvector(first);
      int anchorPos = Arrays.stream(m).boxed().toList().indexOf(anchor[d]);
      double orient = v.getEntry(anchorPos) < 0 ? -1 : 1;
      loadings[d] = v.mapMultiply(orient / v.getNorm()).toArray();
      explained[d] = values[first] / Arrays.stream(values).sum();
    }
    return new Model(members, loadings, explained, mean, sd);
  }

  /** Domain scores for every row; the yearly scaling happens in {@link #scaleYear}. */
  public static double[][] domainScores(Model model, double[][] x, int[] signs, boolean[] include) {
    int n = include.length;
    double[][] out = new double[model.members().length][n];
    for (int d = 0; d < model.members().length; d++) {
      int[] m = model.members()[d];
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int a = 0; a < m.length; a++) {
          int j = m[a];
          double z =
              include[i] && model.sd()[j] > 0
                  ? signs[j] * (x[j][i] - model.mean()[j]) / model.sd()[j]
                  : Double.NaN;
          s += model.loadings()[d][a] * z;
        }
        out[d][i] = s;
      }
    }
    return out;
  }

  /** One year's rows: domains min–max scaled, summed, the sum min–max scaled to [0, 1]. */
  public static Result scaleYear(double[][] domain, boolean[] include) {
    int n = include.length;
    double[][] scaled = new double[domain.length][];
    double[] sum = new double[n];
    for (int d = 0; d < domain.length; d++) {
      scaled[d] = Standardisation.minMax(domain[d], include, 1);
      for (int i = 0; i < n; i++) {
        sum[i] += scaled[d][i];
      }
    }
    return new Result(domain, scaled, Standardisation.minMax(sum, include, 1));
  }

  private static boolean[] complete(double[][] x, int[] members, boolean[] include) {
    boolean[] c = include.clone();
    for (int j : members) {
      for (int i = 0; i < c.length; i++) {
        c[i] &= Double.isFinite(x[j][i]);
      }
    }
    return c;
  }
}
