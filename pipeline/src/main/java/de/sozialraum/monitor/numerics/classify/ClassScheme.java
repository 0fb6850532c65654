package de.sozialraum.monitor.numerics.classify;

import java.io.Serializable;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A classification of one variable for maps and tables: its method and its classes with labels and
 * colours. The same scheme colours the GeoJSON properties, the report's maps and the QGIS style, so
 * they cannot disagree.
 */
public record ClassScheme(String method, List<MapClass> classes) implements Serializable {

  /**
   * Code 1…k of the class holding x, or 0 for a missing value. Intervals are right-closed, the
   * first also left-closed.
   */
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
   * Classes defined by their codes (an index's official coding), e.g. MSS status 1…4; bounds are
   * not numeric.
   */
  public static ClassScheme coded(String method, List<String> labels, List<String> colours) {
    List<MapClass> classes = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      classes.add(new MapClass(i + 1, labels.get(i), colours.get(i), Double.NaN, Double.NaN));
    }
    return new ClassScheme(method, List.copyOf(classes));
  }

  /**
   * The same classes with the colours in reverse order: for variables where a high value is
   * favourable.
   */
  public ClassScheme reversedColours() {
    List<MapClass> out = new ArrayList<>();
    int k = classes.size();
    for (MapClass c : classes) {
      out.add(
          new MapClass(
              c.code(), c.label(), classes.get(k - c.code()).colour(), c.lower(), c.upper()));
    }
    return new ClassScheme(method, List.copyOf(out));
  }

  /** Label of the class code, or null for 0 (no class). */
  public String label(int code) {
    return code == 0 ? null : get(code).label();
  }

  /** Colour of the class code; {@link Palette#NO_CLASS} for 0. */
  public String colour(int code) {
    return code == 0 ? Palette.NO_CLASS : get(code).colour();
  }

  /**
   * Classes from ascending upper bounds: class i spans (upper[i−1], upper[i]], the first starts at
   * the data's minimum and the last is open above. Labels use German number formatting ("12,3 bis
   * 15,6").
   */
  static ClassScheme fromUpperBounds(String method, double min, double[] upper, int decimals) {
    List<String> colours = Palette.sequential(Math.max(2, upper.length));
    DecimalFormat f =
        new DecimalFormat(
            decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
            DecimalFormatSymbols.getInstance(Locale.GERMANY));
    List<MapClass> classes = new ArrayList<>();
    double lower = min;
    for (int i = 0; i < upper.length; i++) {
      String label =
          i == 0
              ? "bis " + f.format(upper[i])
              : i == upper.length - 1
                  ? "über " + f.format(lower)
                  : "über " + f.format(lower) + " bis " + f.format(upper[i]);
      classes.add(
          new MapClass(
              i + 1,
              label,
              colours.get(i),
              lower,
              i == upper.length - 1 ? Double.POSITIVE_INFINITY : upper[i]));
      lower = upper[i];
    }
    return new ClassScheme(method, List.copyOf(classes));
  }
}
