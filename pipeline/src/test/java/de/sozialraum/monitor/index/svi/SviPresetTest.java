package de.sozialraum.monitor.index.svi;

import static de.sozialraum.monitor.index.PresetFixtures.INDICATORS;
import static de.sozialraum.monitor.index.PresetFixtures.frame;
import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndicatorGroups;
import de.sozialraum.monitor.index.PresetResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SviPresetTest {

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
