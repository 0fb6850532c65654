package de.sozialraum.monitor.index.imd;

import de.sozialraum.monitor.numerics.Ranking;
import de.sozialraum.monitor.numerics.Standardisation;

/**
 * The English Indices of Deprivation's combination (docs/METHODS.md §3): each domain score is
 * ranked and exponentially transformed ({@link Standardisation#rankExponential}), the score is
 * {@code Σ wᵢ·Xᵢ} with the weights as given (the IMD 2019's sum to 0.999, and its scores are not
 * divided by that), the score is ranked with 1 = most deprived, and the decile is {@code
 * ceil(rank·10/n)}.
 */
public final class ImdIndex {

  private ImdIndex() {}

  /**
   * @param exponential transformed domain scores [domains][n] (0 … 100, high = deprived)
   * @param score weighted sum of the transformed domains [n]
   * @param rank 1 = most deprived [n] (0 where missing)
   * @param decile 1 = most deprived tenth [n] (0 where missing)
   */
  public record Result(double[][] exponential, double[] score, int[] rank, int[] decile) {}

  /**
   * @param domains domain scores [domains][n], direction-aligned (high = deprived)
   * @param weights domain weights as fractions, used as given
   * @param ties the rank tied domain scores share before the transformation
   */
  public static Result compute(
      double[][] domains, double[] weights, boolean[] include, Ranking.Ties ties) {
    int n = include.length;
    double[][] exp = new double[domains.length][];
    double[] score = new double[n];
    for (int d = 0; d < domains.length; d++) {
      exp[d] = Standardisation.rankExponential(domains[d], include, 1, ties);
      for (int i = 0; i < n; i++) {
        score[i] += weights[d] * exp[d][i];
      }
    }
    int[] rank = Ranking.ranks(score, true);
    long count = java.util.Arrays.stream(score).filter(Double::isFinite).count();
    int[] decile = new int[n];
    for (int i = 0; i < n; i++) {
      decile[i] = rank[i] == 0 ? 0 : (int) Math.ceil(rank[i] * 10.0 / count);
    }
    return new Result(exp, score, rank, decile);
  }
}
