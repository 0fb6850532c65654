package de.sozialraum.monitor.methods;

/**
 * z-standardisation as METHODS.md §2 defines it: unweighted mean and the population standard deviation
 * (divide by n), over the districts that are valid and have a value. Excluded or missing entries come back NaN.
 */
public final class Standardisation {

  private Standardisation() {}

  /** Mean and population SD of the included finite values; NaN where fewer than one (mean) or SD 0 (z). */
  public record Moments(double mean, double sd, int n) {}

  public static Moments moments(double[] x, boolean[] include) {
    int n = 0;
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      if (include[i] && Double.isFinite(x[i])) {
        sum += x[i];
        n++;
      }
    }
    if (n == 0) {
      return new Moments(Double.NaN, Double.NaN, 0);
    }
    double mean = sum / n;
    double ss = 0;
    for (int i = 0; i < x.length; i++) {
      if (include[i] && Double.isFinite(x[i])) {
        double d = x[i] - mean;
        ss += d * d;
      }
    }
    return new Moments(mean, Math.sqrt(ss / n), n);
  }

  /**
   * z-values; {@code sign} = −1 turns a "higher is better" indicator so that a high z always means a worse
   * situation. A constant indicator (SD 0) carries no information and yields NaN rather than a division by zero.
   */
  public static double[] z(double[] x, boolean[] include, int sign) {
    Moments m = moments(x, include);
    double[] z = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      z[i] = include[i] && Double.isFinite(x[i]) && m.sd() > 0 ? sign * (x[i] - m.mean()) / m.sd() : Double.NaN;
    }
    return z;
  }
}
