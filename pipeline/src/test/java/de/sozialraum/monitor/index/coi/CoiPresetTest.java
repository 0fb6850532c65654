package de.sozialraum.monitor.index.coi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.Unit;
import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndicatorGroups;
import de.sozialraum.monitor.index.Indicators;
import de.sozialraum.monitor.index.PooledData;
import de.sozialraum.monitor.index.PresetException;
import de.sozialraum.monitor.indicators.FrameYear;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoiPresetTest {

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
  void coiPresetWithoutValidDistrictsInItsReferenceYearIsAnInputError() {
    IndexPreset coi =
        new CoiPreset(
            "coi",
            new IndicatorGroups(Map.of("d1", List.of("a"))),
            Map.of(),
            2015,
            "pop_kinder",
            0.5,
            INDICATORS,
            null);
    PooledData data =
        new PooledData(
            new int[] {2020},
            frame(0, Map.of("a", new double[] {1}, "pop_kinder", new double[] {10})));
    assertThatThrownBy(() -> coi.fitted(data))
        .isInstanceOf(PresetException.class)
        .hasMessageContaining("reference year 2015");
  }
}
