package de.sozialraum.monitor.index.svi;

import de.sozialraum.monitor.numerics.Decimals;
import de.sozialraum.monitor.numerics.Standardisation;

/**
 * The CDC/ATSDR Social Vulnerability Index scheme (docs/METHODS.md §3): each indicator's percentile
 * rank ({@link Standardisation#percentRank}, direction-aligned), per theme the sum of its
 * indicators' ranks ranked again, overall the sum of the theme sums ranked again; an indicator is
 * flagged at a percentile rank ≥ 0.90 and flags are counted per theme and in total. A theme (and
 * the overall value) needs every one of its indicators.
 *
 * <p>CDC computes the ranks with Excel's {@code PERCENTRANK.INC(array, x, 4)}, which truncates to
 * four decimals; with {@code digits > 0} every rank is truncated the same way and the sums, being
 * sums of such decimals, are rounded to them, so that districts that tie on paper tie here too
 * instead of differing in the last bit of a double.
 */
public final class SviIndex {

  public static final double FLAG_AT = 0.90;

  private SviIndex() {}

  /**
   * @param indicatorRank percentile rank per indicator [k][n]
   * @param themeSum sum of the theme's indicator ranks [themes][n]
   * @param themeRank percentile rank of the theme sum [themes][n]
   * @param overallSum sum of the theme sums [n]
   * @param overallRank percentile rank of the overall sum [n]
   * @param themeFlags flagged indicators per theme [themes][n] (−1 where the theme is missing)
   * @param flags flagged indicators in total [n] (−1 where the overall value is missing)
   */
  public record Result(
      double[][] indicatorRank,
      double[][] themeSum,
      double[][] themeRank,
      double[] overallSum,
      double[] overallRank,
      int[][] themeFlags,
      int[] flags) {}

  /**
   * @param x indicator values [k][n]
   * @param signs +1 higher is worse, −1 higher is better, per indicator
   * @param themeOf theme number (0…themes−1) per indicator
   * @param include the districts of the comparison frame that are valid
   * @param digits decimals the ranks are truncated to (CDC: 4); 0 keeps them unrounded
   */
  public static Result compute(
      double[][] x, int[] signs, int[] themeOf, int themes, boolean[] include, int digits) {
    int n = include.length;
    double[][] pr = new double[x.length][];
    for (int k = 0; k < x.length; k++) {
      pr[k] = truncated(Standardisation.percentRank(x[k], include, signs[k]), digits);
    }
    double[][] sum = new double[themes][n];
    int[][] themeFlags = new int[themes][n];
    for (int t = 0; t < themes; t++) {
      for (int i = 0; i < n; i++) {
        double s = 0;
        int f = 0;
        for (int k = 0; k < x.length; k++) {
          if (themeOf[k] == t) {
            s += pr[k][i];
            f += pr[k][i] >= FLAG_AT ? 1 : 0;
          }
        }
        sum[t][i] = rounded(s, digits);
        themeFlags[t][i] = Double.isFinite(s) ? f : -1;
      }
    }
    double[][] themeRank = new double[themes][];
    for (int t = 0; t < themes; t++) {
      themeRank[t] = truncated(Standardisation.percentRank(sum[t], include, 1), digits);
    }
    double[] overall = new double[n];
    int[] flags = new int[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      int f = 0;
      for (int t = 0; t < themes; t++) {
        s += sum[t][i];
        f += themeFlags[t][i];
      }
      overall[i] = rounded(s, digits);
      flags[i] = Double.isFinite(s) ? f : -1;
    }
    double[] overallRank = truncated(Standardisation.percentRank(overall, include, 1), digits);
    return new Result(pr, sum, themeRank, overall, overallRank, themeFlags, flags);
  }

  /**
   * Excel's significance argument: truncation of the decimal the rank prints as, not of the binary
   * value.
   */
  private static double[] truncated(double[] v, int digits) {
    if (digits > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] = Decimals.truncate(v[i], digits);
      }
    }
    return v;
  }

  private static double rounded(double v, int digits) {
    return digits > 0 ? Decimals.roundHalfUp(v, digits) : v;
  }
}
