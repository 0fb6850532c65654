package de.sozialraum.monitor.methods.classify;

import java.io.Serializable;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A classification of one variable for maps and tables: its method and its classes with labels and colours. The
 * same scheme colours the GeoJSON properties, the report's maps and the QGIS style, so they cannot disagree.
 */
public record ClassScheme(String method, List<MapClass> classes) implements Serializable {

  /** Code 1…k of the class holding x, or 0 for a missing value. Intervals are right-closed, the first also left-closed. */
  public int classify(double x) {
    if (!Double.isFinite(x)) {
      return 0;
    }
    for (MapClass c : classes) {
      if (x <= c.upper()) {
        return c.code();
      }
    }
    return classes.get(classes.size() - 1).code();
  }

  public int[] classify(double[] x) {
    return Arrays.stream(x).mapToInt(this::classify).toArray();
  }

  public MapClass get(int code) {
    return classes.get(code - 1);
  }

  /**
   * Classes from ascending upper bounds: class i spans (upper[i−1], upper[i]], the first starts at the data's
   * minimum and the last is open above. Labels use German number formatting ("12,3 bis 15,6").
   */
  static ClassScheme fromUpperBounds(String method, double min, double[] upper, int decimals) {
    List<String> colours = Palette.sequential(Math.max(2, upper.length));
    DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.GERMANY));
    List<MapClass> classes = new ArrayList<>();
    double lower = min;
    for (int i = 0; i < upper.length; i++) {
      String label = i == 0 ? "bis " + f.format(upper[i]) : i == upper.length - 1 ? "über " + f.format(lower) : "über " + f.format(lower) + " bis " + f.format(upper[i]);
      classes.add(new MapClass(i + 1, label, colours.get(i), lower, i == upper.length - 1 ? Double.POSITIVE_INFINITY : upper[i]));
      lower = upper[i];
    }
    return new ClassScheme(method, List.copyOf(classes));
  }
}
