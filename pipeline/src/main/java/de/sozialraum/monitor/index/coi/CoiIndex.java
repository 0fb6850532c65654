package de.sozialraum.monitor.index.coi;

import de.sozialraum.monitor.numerics.Standardisation;
import de.sozialraum.monitor.numerics.WeightedQuantile;
import java.io.Serializable;

/**
 * A weighted composite in the manner of the Child Opportunity Index 2.0 (docs/METHODS.md §3),
 * fitted on a reference year and applied to every year so that scores are comparable over time:
 * indicators winsorised at the weighted 1st/99th percentile and z-standardised with weighted
 * moments of the reference year (weights = the target group's population, e.g. children), domain
 * scores as weighted means of the available z-values (weights renormalised, missing below a minimum
 * available weight share), the overall score as the weighted mean of the domain scores, and levels
 * 1…5 at the quintiles of the reference year's child-weighted score distribution, so each level
 * holds a fifth of the children rather than of the districts.
 */
public final class CoiIndex {

  public static final double WINSOR_LOW = 0.01;
  public static final double WINSOR_HIGH = 0.99;

  private CoiIndex() {}

  /** Everything fitted on the reference year. */
  public record Model(double[] low, double[] high, double[] mean, double[] sd, double[] levelCuts)
      implements Serializable {}

  /** The published parts of one year. */
  public record Result(double[][] z, double[][] domain, double[] score, int[] level) {}

  /**
   * @param x reference-year indicator values [k][n]
   * @param signs per indicator, +1 higher is worse
   * @param weights target-group population per district (the reference year's)
   * @param domainOf domain number per indicator
   * @param indicatorWeight weight of each indicator within its domain
   * @param domainWeight weight of each domain in the overall score
   */
  public static Model fit(
      double[][] x,
      int[] signs,
      double[] weights,
      boolean[] include,
      int[] domainOf,
      double[] indicatorWeight,
      double[] domainWeight,
      double minShare) {
    int k = x.length;
    double[] low = new double[k];
    double[] high = new double[k];
    double[] mean = new double[k];
    double[] sd = new double[k];
    for (int j = 0; j < k; j++) {
      double[] q = WeightedQuantile.of(x[j], weights, include, WINSOR_LOW, WINSOR_HIGH);
      low[j] = q[0];
      high[j] = q[1];
      Standardisation.Moments m =
          Standardisation.weightedMoments(winsorise(x[j], low[j], high[j]), weights, include);
      mean[j] = m.mean();
      sd[j] = m.sd();
    }
    Model partial = new Model(low, high, mean, sd, new double[0]);
    double[] score =
        apply(partial, x, signs, include, domainOf, indicatorWeight, domainWeight, minShare)
            .score();
    double[] cuts = WeightedQuantile.of(score, weights, include, 0.2, 0.4, 0.6, 0.8);
    return new Model(low, high, mean, sd, cuts);
  }

  public static Result apply(
      Model model,
      double[][] x,
      int[] signs,
      boolean[] include,
      int[] domainOf,
      double[] indicatorWeight,
      double[] domainWeight,
      double minShare) {
    int k = x.length;
    int n = include.length;
    double[][] z = new double[k][];
    for (int j = 0; j < k; j++) {
      z[j] =
          Standardisation.z(
              winsorise(x[j], model.low()[j], model.high()[j]),
              include,
              signs[j],
              new Standardisation.Moments(model.mean()[j], model.sd()[j], n));
    }
    int domains = domainWeight.length;
    double[][] domain = new double[domains][n];
    double[] score = new double[n];
    int[] level = new int[n];
    for (int i = 0; i < n; i++) {
      double overall = 0;
      double overallWeight = 0;
      for (int d = 0; d < domains; d++) {
        double sum = 0;
        double used = 0;
        double all = 0;
        for (int j = 0; j < k; j++) {
          if (domainOf[j] == d) {
            all += indicatorWeight[j];
            if (Double.isFinite(z[j][i])) {
              sum += indicatorWeight[j] * z[j][i];
              used += indicatorWeight[j];
            }
          }
        }
        domain[d][i] = include[i] && used > 0 && used >= minShare * all ? sum / used : Double.NaN;
        overall += domainWeight[d] * domain[d][i];
        overallWeight += domainWeight[d];
      }
      score[i] = overall / overallWeight;
      level[i] = Double.isFinite(score[i]) ? level(score[i], model.levelCuts()) : 0;
    }
    return new Result(z, domain, score, level);
  }

  private static int level(double score, double[] cuts) {
    int l = 1;
    for (double c : cuts) {
      if (score > c) {
        l++;
      }
    }
    return l;
  }

  static double[] winsorise(double[] x, double low, double high) {
    double[] w = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      w[i] = Double.isFinite(x[i]) ? Math.min(high, Math.max(low, x[i])) : x[i];
    }
    return w;
  }
}
