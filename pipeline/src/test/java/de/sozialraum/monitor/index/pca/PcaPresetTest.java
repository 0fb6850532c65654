package de.sozialraum.monitor.index.pca;

import static de.sozialraum.monitor.index.PresetFixtures.INDICATORS;
import static de.sozialraum.monitor.index.PresetFixtures.frame;
import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndicatorGroups;
import de.sozialraum.monitor.index.PooledData;
import de.sozialraum.monitor.index.PresetResult;
import de.sozialraum.monitor.indicators.FrameYear;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PcaPresetTest {

  @Test
  void pcaPresetIsFittedOnAllYearsAndScaledToZeroOneWithinEachYear() {
    int[] years = {2019, 2019, 2019, 2020, 2020, 2020};
    FrameYear pooled =
        frame(
            0, Map.of("a", new double[] {1, 2, 4, 2, 3, 5}, "b", new double[] {5, 4, 1, 4, 3, 2}));
    IndexPreset pca =
        new PcaPreset(
                "pca",
                new IndicatorGroups(Map.of("d1", List.of("a", "b"))),
                Map.of("d1", "a"),
                3,
                INDICATORS,
                null)
            .fitted(new PooledData(years, pooled));
    PresetResult y2020 = pca.compute(new PooledData(years, pooled).year(2020));
    // a rises and b (higher is better) falls from district to district: deprivation rises, min–max
    // puts it on 0 … 1
    assertThat(y2020.headline()[0]).isEqualTo(0);
    assertThat(y2020.headline()[2]).isEqualTo(1);
    assertThat(y2020.headline()[1]).isBetween(0.0, 1.0);
    assertThat(y2020.headlineClass()).containsExactly(1, 2, 3);
  }
}
