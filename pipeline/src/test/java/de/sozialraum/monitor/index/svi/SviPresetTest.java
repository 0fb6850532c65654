package de.sozialraum.monitor.index.svi;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.Unit;
import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndicatorGroups;
import de.sozialraum.monitor.index.Indicators;
import de.sozialraum.monitor.index.PresetResult;
import de.sozialraum.monitor.indicators.FrameYear;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SviPresetTest {

  private static MonitorConfig.Indicator indicator(
      String id, String direction, String domain, String... phases) {
    return new MonitorConfig.Indicator(
        id,
        id,
        List.of(id + "_n"),
        List.of(id + "_d"),
        null,
        Unit.PERCENT,
        direction,
        domain,
        List.of(phases),
        1,
        null);
  }

  private static final Indicators INDICATORS =
      new Indicators(
          List.of(
              indicator("a", "higher_is_worse", "d1", "kita"),
              indicator("b", "higher_is_better", "d1", "kita", "beruf"),
              indicator("c", "higher_is_worse", "d2", "beruf")));

  private static FrameYear frame(int year, Map<String, double[]> columns) {
    boolean[] valid = new boolean[columns.values().iterator().next().length];
    java.util.Arrays.fill(valid, true);
    return new FrameYear(year, valid, new java.util.HashMap<>(columns));
  }

  @Test
  void sviPresetClassesAreCdcQuartilesOfTheOverallRank() {
    // 5 districts: overall percentile ranks 0, 0.25, 0.5, 0.75, 1 → classes 1, 1, 2, 3, 4 (upper
    // bounds inclusive)
    IndexPreset svi =
        new SviPreset("svi", new IndicatorGroups(Map.of("t", List.of("a"))), 4, INDICATORS);
    PresetResult r = svi.compute(frame(2020, Map.of("a", new double[] {10, 20, 30, 40, 50})));
    assertThat(r.headline()).containsExactly(0, 0.25, 0.5, 0.75, 1);
    assertThat(r.headlineClass()).containsExactly(1, 1, 2, 3, 4);
    assertThat(r.value("svi_t_flags", 4)).isEqualTo(1);
    assertThat(r.value("svi_t_flags", 0)).isEqualTo(0);
  }
}
