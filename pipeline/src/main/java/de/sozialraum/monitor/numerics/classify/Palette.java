package de.sozialraum.monitor.numerics.classify;

import java.util.List;

/**
 * ColorBrewer's sequential YlOrRd scheme (Brewer, Pennsylvania State University), rated
 * colour-blind safe and print friendly for every class count it defines (3–9): light = low
 * disadvantage, dark red = high. Deciles, ventiles and every count up to {@link #MAX_CLASSES} take
 * k colours spaced evenly along the 9-class ramp, interpolated in CIELAB: its lightness falls
 * monotonically from the first colour to the last, which is what keeps a sequential scheme legible
 * without hue discrimination.
 */
public final class Palette {

  private static final List<List<String>> YL_OR_RD =
      List.of(
          List.of("#ffeda0", "#f03b20"),
          List.of("#ffeda0", "#feb24c", "#f03b20"),
          List.of("#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c"),
          List.of("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"),
          List.of("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"),
          List.of("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"),
          List.of(
              "#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c",
              "#b10026"),
          List.of(
              "#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c",
              "#bd0026", "#800026"));

  /**
   * ColorBrewer's diverging RdYlBu with 10 classes (colour-blind safe), red first: for deciles
   * coded 1 = most deprived, as the English IMD publishes them.
   */
  public static final List<String> DECILES =
      List.of(
          "#a50026", "#d73027", "#f46d43", "#fdae61", "#fee090", "#e0f3f8", "#abd9e9", "#74add1",
          "#4575b4", "#313695");

  /**
   * Colour for districts without a class (invalid, suppressed, missing): neutral grey, hatched in
   * the report.
   */
  public static final String NO_CLASS = "#bdbdbd";

  /** The hatching drawn over {@link #NO_CLASS} in report maps and QGIS styles. */
  public static final String HATCH = "#636363";

  /**
   * Okabe and Ito's colours for categories without an order (the offers' life phases): told apart
   * with every common colour-vision deficiency (Okabe and Ito 2008, "Color Universal Design").
   */
  public static final List<String> QUALITATIVE =
      List.of("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7");

  /** The most classes a map takes (ventiles); ColorBrewer defines 3 to 9. */
  public static final int MAX_CLASSES = 20;

  /**
   * LISA quadrants as GeoDa colours them (red high-high, blue low-low, their light tints for the
   * outliers); the pairs stay apart for the common colour-vision deficiencies because they differ
   * in lightness as well as hue.
   */
  public static final java.util.Map<String, String> LISA =
      orderedMap(
          "HH",
          "#d7191c",
          "HL",
          "#fdae61",
          "LH",
          "#abd9e9",
          "LL",
          "#2c7bb6",
          "not_significant",
          "#f7f7f7",
          "island",
          "#ffffff");

  /** Gi* hot and cold spots in the LISA colours. */
  public static final java.util.Map<String, String> HOTSPOT =
      orderedMap(
          "hot", "#d7191c", "cold", "#2c7bb6", "not_significant", "#f7f7f7", "island", "#ffffff");

  /**
   * Supply gaps: ColorBrewer PuOr's dark orange for a gap, near white for none (distinct from the
   * YlOrRd indices).
   */
  public static final java.util.Map<Boolean, String> GAP =
      orderedMap(true, "#e66101", false, "#f7f7f7");

  private Palette() {}

  @SuppressWarnings("unchecked")
  private static <K> java.util.Map<K, String> orderedMap(Object... keyColour) {
    java.util.Map<K, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyColour.length; i += 2) {
      m.put((K) keyColour[i], (String) keyColour[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The k colours (2 ≤ k ≤ {@link #MAX_CLASSES}), lightest first. */
  public static List<String> sequential(int k) {
    if (k < 2 || k > MAX_CLASSES) {
      throw new IllegalArgumentException("a map has 2 to " + MAX_CLASSES + " classes, not " + k);
    }
    if (k <= YL_OR_RD.size() + 1) {
      return YL_OR_RD.get(k - 2);
    }
    List<String> out = new java.util.ArrayList<>();
    for (int c = 0; c < k; c++) {
      // class c sits at c/(k−1) of the way along the ramp, t on its anchors' scale 0 … 8
      double t = (double) c * (RAMP_LAB.length - 1) / (k - 1);
      int a = Math.min((int) Math.floor(t), RAMP_LAB.length - 2);
      double f = t - a;
      double[] mixed = new double[3];
      for (int i = 0; i < 3; i++) {
        mixed[i] = RAMP_LAB[a][i] + f * (RAMP_LAB[a + 1][i] - RAMP_LAB[a][i]);
      }
      out.add(hex(mixed));
    }
    return List.copyOf(out);
  }

  // sRGB (IEC 61966-2-1) ↔ CIE L*a*b* under D65, as Lindbloom's reference formulas give them

  private static final double[] D65 = {0.95047, 1.0, 1.08883};

  /** The 9-class ramp in CIELAB, the anchors that more classes are interpolated between. */
  private static final double[][] RAMP_LAB =
      YL_OR_RD.get(YL_OR_RD.size() - 1).stream().map(Palette::lab).toArray(double[][]::new);

  /** L*, a*, b* of an sRGB colour "#rrggbb". */
  static double[] lab(String hex) {
    double[] rgb = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      rgb[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    double[] xyz = {
      0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2],
      0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2],
      0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2]
    };
    double[] f = new double[3];
    for (int i = 0; i < 3; i++) {
      double r = xyz[i] / D65[i];
      f[i] = r > 216.0 / 24389 ? Math.cbrt(r) : (24389.0 / 27 * r + 16) / 116;
    }
    return new double[] {116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])};
  }

  /** The sRGB colour "#rrggbb" nearest to L*, a*, b* (each channel clipped to 0…255). */
  static String hex(double[] lab) {
    double fy = (lab[0] + 16) / 116;
    double[] f = {fy + lab[1] / 500, fy, fy - lab[2] / 200};
    double[] xyz = new double[3];
    for (int i = 0; i < 3; i++) {
      double cube = f[i] * f[i] * f[i];
      double r =
          i == 1
              ? (lab[0] > 8 ? cube : lab[0] * 27 / 24389)
              : (cube > 216.0 / 24389 ? cube : (116 * f[i] - 16) * 27 / 24389);
      xyz[i] = r * D65[i];
    }
    double[] linear = {
      3.2404542 * xyz[0] - 1.5371385 * xyz[1] - 0.4985314 * xyz[2],
      -0.9692660 * xyz[0] + 1.8760108 * xyz[1] + 0.0415560 * xyz[2],
      0.0556434 * xyz[0] - 0.2040259 * xyz[1] + 1.0572252 * xyz[2]
    };
    StringBuilder out = new StringBuilder("#");
    for (double v : linear) {
      double c = v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
      int byteValue = (int) Math.round(Math.max(0, Math.min(1, c)) * 255);
      out.append(String.format(java.util.Locale.ROOT, "%02x", byteValue));
    }
    return out.toString();
  }
}
