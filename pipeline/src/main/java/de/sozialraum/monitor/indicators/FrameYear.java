package de.sozialraum.monitor.indicators;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One comparison frame in one year as the presets see it: the districts in a fixed order, which of
 * them are valid (docs/METHODS.md §1), and the numeric columns they read (indicators, their
 * changes, population groups).
 */
public final class FrameYear {

  private final int year;
  private final boolean[] valid;
  private final Map<String, double[]> columns;

  public FrameYear(int year, boolean[] valid, Map<String, double[]> columns) {
    this.year = year;
    this.valid = valid;
    this.columns = columns;
  }

  public int year() {
    return year;
  }

  public int size() {
    return valid.length;
  }

  public boolean[] valid() {
    return valid.clone();
  }

  /** The column's values; all missing where the frame does not carry it. */
  public double[] column(String name) {
    double[] v = columns.get(name);
    if (v == null) {
      v = new double[valid.length];
      Arrays.fill(v, Double.NaN);
    }
    return v;
  }

  /** The columns {@code name + suffix} as rows of a matrix [k][n]. */
  public double[][] columns(List<String> names, String suffix) {
    return names.stream().map(n -> column(n + suffix)).toArray(double[][]::new);
  }

  /** Valid districts that have every listed column. */
  public boolean[] complete(List<String> names, String suffix) {
    boolean[] c = valid();
    for (String n : names) {
      double[] v = column(n + suffix);
      for (int i = 0; i < c.length; i++) {
        c[i] &= Double.isFinite(v[i]);
      }
    }
    return c;
  }

  /** The same year restricted to the given rows, e.g. one municipality. */
  public FrameYear subset(int[] rows) {
    return subset(rows, year);
  }

  /** The given rows as a frame of the given year (pooled data split by year). */
  public FrameYear subset(int[] rows, int asYear) {
    boolean[] v = new boolean[rows.length];
    Map<String, double[]> cols = new java.util.HashMap<>();
    for (int r = 0; r < rows.length; r++) {
      v[r] = valid[rows[r]];
    }
    columns.forEach(
        (name, values) ->
            cols.put(name, Arrays.stream(rows).mapToDouble(r -> values[r]).toArray()));
    return new FrameYear(asYear, v, cols);
  }
}
