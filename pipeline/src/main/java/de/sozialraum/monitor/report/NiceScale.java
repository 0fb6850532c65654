package de.sozialraum.monitor.report;

/**
 * Axis ticks at round numbers (1, 2 or 5 times a power of ten) that cover a data range, after
 * Heckbert's "nice numbers for graph labels" (Graphics Gems, 1990): the axis starts at or below the
 * minimum and ends at or above the maximum.
 */
record NiceScale(double min, double max, double step) {

  static NiceScale of(double lo, double hi, int maxTicks) {
    if (!(hi > lo)) {
      double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
      lo -= pad;
      hi += pad;
    }
    double range = nice(hi - lo, false);
    double step = nice(range / (maxTicks - 1), true);
    return new NiceScale(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
  }

  /**
   * The ticks from min to max, rounded to the step's decimals so that 12.6 is not
   * 12.600000000000001.
   */
  double[] ticks() {
    int n = (int) Math.round((max - min) / step) + 1;
    int decimals = Math.max(0, (int) -Math.floor(Math.log10(step)));
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] =
          java.math.BigDecimal.valueOf(min + i * step)
              .setScale(decimals, java.math.RoundingMode.HALF_UP)
              .doubleValue();
    }
    return t;
  }

  private static double nice(double x, boolean round) {
    double exp = Math.floor(Math.log10(x));
    double f = x / Math.pow(10, exp);
    double nf;
    if (round) {
      nf = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
    } else {
      nf = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    }
    return nf * Math.pow(10, exp);
  }
}
