package de.sozialraum.monitor.index;

import de.sozialraum.monitor.config.Direction;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.PresetSettings;
import de.sozialraum.monitor.config.Unit;
import de.sozialraum.monitor.index.coi.CoiSettings;
import de.sozialraum.monitor.index.imd.ImdSettings;
import de.sozialraum.monitor.index.mss.MssSettings;
import de.sozialraum.monitor.index.pca.PcaSettings;
import de.sozialraum.monitor.index.svi.SviSettings;
import de.sozialraum.monitor.indicators.FrameYear;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The three indicators the preset tests share: a (higher is worse, domain d1, Kita), b (higher is
 * better, d1, Kita and Beruf) and c (higher is worse, d2, Beruf), and a frame of them in which
 * every district is valid.
 */
public final class PresetFixtures {

  public static final Indicators INDICATORS =
      new Indicators(
          List.of(
              indicator("a", "higher_is_worse", "d1", "kita"),
              indicator("b", "higher_is_better", "d1", "kita", "beruf"),
              indicator("c", "higher_is_worse", "d2", "beruf")));

  private PresetFixtures() {}

  public static MonitorConfig.Indicator indicator(
      String id, String direction, String domain, String... phases) {
    return new MonitorConfig.Indicator(
        id,
        id,
        List.of(id + "_n"),
        List.of(id + "_d"),
        null,
        Unit.PERCENT,
        Direction.valueOf(direction.toUpperCase(java.util.Locale.ROOT)),
        domain,
        List.of(phases),
        1,
        null);
  }

  /**
   * Settings of the registered method {@code name} over a, b and c in the domains d1 (a, b) and d2
   * (c): reference year 2020, weight group {@code kinder}, anchors a and c.
   *
   * @param dynamic the dynamic indicators, for a method that has them
   */
  public static PresetSettings settings(String name, List<String> dynamic) {
    List<String> abc = List.of("a", "b", "c");
    Map<String, List<String>> domains = Map.of("d1", List.of("a", "b"), "d2", List.of("c"));
    return switch (name) {
      case "mss" -> new MssSettings(abc, dynamic, List.of());
      case "svi" -> new SviSettings(domains, 4);
      case "coi" -> new CoiSettings(abc, 2020, "kinder", Map.of(), 0.5, domains);
      case "imd" ->
          new ImdSettings(
              abc,
              Map.of("d1", 0.5, "d2", 0.5),
              de.sozialraum.monitor.numerics.Ranking.Ties.MIN,
              domains);
      case "pca" -> new PcaSettings(abc, Map.of("d1", "a", "d2", "c"), 5, domains);
      default -> throw new IllegalArgumentException("no settings fixture for preset " + name);
    };
  }

  public static FrameYear frame(int year, Map<String, double[]> columns) {
    boolean[] valid = new boolean[columns.values().iterator().next().length];
    Arrays.fill(valid, true);
    return new FrameYear(year, valid, new HashMap<>(columns));
  }
}
