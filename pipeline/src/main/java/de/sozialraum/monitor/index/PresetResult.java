package de.sozialraum.monitor.index;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a preset computed for one frame-year: its published columns by name (double[] with NaN =
 * none, int[] codes with 0 = none, Integer[] counts with null = none, or String[]) and its
 * headline, the score that ranks districts (higher = more disadvantaged) with its class.
 */
public final class PresetResult {

  private final Map<String, Object> columns = new LinkedHashMap<>();
  private final double[] headline;
  private final int[] headlineClass;

  public PresetResult(double[] headline, int[] headlineClass) {
    this.headline = headline;
    this.headlineClass = headlineClass;
  }

  public PresetResult put(String column, Object values) {
    columns.put(column, values);
    return this;
  }

  /**
   * The value of a column for district i, as Spark stores it: null for NaN, for class 0 and for
   * missing text.
   */
  public Object value(String column, int i) {
    Object v = columns.get(column);
    if (v instanceof double[] d) {
      return Double.isFinite(d[i]) ? d[i] : null;
    }
    if (v instanceof int[] c) {
      return c[i] == 0 ? null : c[i];
    }
    if (v instanceof Object[] o) {
      return o[i];
    }
    throw new IllegalStateException("preset computed no column '" + column + "'");
  }

  public double[] headline() {
    return headline;
  }

  public int[] headlineClass() {
    return headlineClass;
  }
}
