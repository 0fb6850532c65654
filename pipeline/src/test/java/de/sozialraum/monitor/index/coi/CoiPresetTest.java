package de.sozialraum.monitor.index.coi;

import static de.sozialraum.monitor.index.PresetFixtures.INDICATORS;
import static de.sozialraum.monitor.index.PresetFixtures.frame;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndicatorGroups;
import de.sozialraum.monitor.index.PooledData;
import de.sozialraum.monitor.index.PresetException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoiPresetTest {

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
