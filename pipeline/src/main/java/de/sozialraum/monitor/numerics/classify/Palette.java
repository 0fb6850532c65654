package de.sozialraum.monitor.numerics.classify;

import java.util.List;

/**
 * ColorBrewer's sequential YlOrRd scheme (Brewer, Pennsylvania State University), rated
 * colour-blind safe and print friendly for every class count it defines (3–9): light = low
 * disadvantage, dark red = high.
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

  public static final int MAX_CLASSES = 9;

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
      orderedMap("hot", "#d7191c", "cold", "#2c7bb6", "not_significant", "#f7f7f7");

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

  /** The k colours (2 ≤ k ≤ 9), lightest first. */
  public static List<String> sequential(int k) {
    if (k < 2 || k > MAX_CLASSES) {
      throw new IllegalArgumentException("a map has 2 to " + MAX_CLASSES + " classes, not " + k);
    }
    return YL_OR_RD.get(k - 2);
  }
}
