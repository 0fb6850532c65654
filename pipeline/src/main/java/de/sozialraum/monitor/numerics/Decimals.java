package de.sozialraum.monitor.numerics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding of a double to k decimals as a spreadsheet sees it: the decimal the double prints as
 * ({@link Double#toString}), truncated or rounded half up, read back as the nearest double. Done
 * with double arithmetic instead of a {@link BigDecimal} per value, because the per-year indices
 * round every district's ranks and sums.
 *
 * <p>Why the arithmetic is exact: for a decimal c/10^k (c and 10^k exact doubles) the division
 * {@code c / 10^k} is correctly rounded, so it is the double nearest to that decimal. If it equals
 * v, the decimal v prints as is that one (two decimals of k digits lie 10^-k apart, far more than
 * the width of the values that round to v), so v is returned as it is. Otherwise the whole interval
 * of reals that round to v, the printed decimal included, lies on the side of c/10^k that v lies
 * on, and comparing v with the double nearest to c/10^k tells which side that is. The same holds
 * for the half-way decimals (2c+1)/(2·10^k). That needs the doubles near v to lie much closer than
 * the decimals: up to 2^40/10^k they lie 4,096 times closer; beyond, the decimal route is taken.
 */
public final class Decimals {

  private static final double[] POWERS = new double[16];

  static {
    double p = 1;
    for (int k = 0; k < POWERS.length; k++) {
      POWERS[k] = p;
      p *= 10;
    }
  }

  private Decimals() {}

  /** {@code new BigDecimal(Double.toString(v)).setScale(k, DOWN).doubleValue()}; NaN stays NaN. */
  public static double truncate(double v, int k) {
    return rounded(v, k, RoundingMode.DOWN);
  }

  /** {@code BigDecimal.valueOf(v).setScale(k, HALF_UP).doubleValue()}; NaN stays NaN. */
  public static double roundHalfUp(double v, int k) {
    return rounded(v, k, RoundingMode.HALF_UP);
  }

  /** DOWN or HALF_UP of the decimal v prints as, both symmetric about zero. */
  private static double rounded(double v, int k, RoundingMode mode) {
    if (!Double.isFinite(v)) {
      return v;
    }
    double a = Math.abs(v);
    if (k >= POWERS.length || a * POWERS[k] >= 0x1p40) {
      // BigDecimal.valueOf(v) is new BigDecimal(Double.toString(v))
      return BigDecimal.valueOf(v).setScale(k, mode).doubleValue();
    }
    double scale = POWERS[k];
    double c = below(a, scale);
    double r;
    if (Double.isNaN(c)) {
      r = a;
    } else if (mode == RoundingMode.HALF_UP && a >= (2 * c + 1) / (2 * scale)) {
      // ties (v prints as the half-way decimal) go away from zero, as HALF_UP does
      r = (c + 1) / scale;
    } else {
      r = c / scale;
    }
    // a decimal has no negative zero: -0.00001 truncates to 0.0
    return Math.copySign(r, v) + 0.0;
  }

  /**
   * The c with c/10^k < the decimal a prints as < (c+1)/10^k, or NaN when a prints as a decimal of
   * at most k digits (a ≥ 0).
   */
  private static double below(double a, double scale) {
    double c = Math.floor(a * scale);
    while (true) {
      double lo = c / scale;
      if (lo == a) {
        return Double.NaN;
      }
      if (lo > a) {
        c--;
        continue;
      }
      double hi = (c + 1) / scale;
      if (hi == a) {
        return Double.NaN;
      }
      if (hi < a) {
        c++;
        continue;
      }
      return c;
    }
  }
}
