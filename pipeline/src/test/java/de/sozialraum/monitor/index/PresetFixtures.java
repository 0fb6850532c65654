package de.sozialraum.monitor.index;

import de.sozialraum.monitor.config.Direction;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.Unit;
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

  public static FrameYear frame(int year, Map<String, double[]> columns) {
    boolean[] valid = new boolean[columns.values().iterator().next().length];
    Arrays.fill(valid, true);
    return new FrameYear(year, valid, new HashMap<>(columns));
  }
}
