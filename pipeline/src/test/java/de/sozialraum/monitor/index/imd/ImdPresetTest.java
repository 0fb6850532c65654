package de.sozialraum.monitor.index.imd;

import static de.sozialraum.monitor.index.PresetFixtures.INDICATORS;
import static de.sozialraum.monitor.index.PresetFixtures.frame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndicatorGroups;
import de.sozialraum.monitor.index.PresetResult;
import de.sozialraum.monitor.numerics.Ranking;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImdPresetTest {

  @Test
  void imdPresetRanksExponentiallyTransformsAndCutsDecilesFromTheMostDeprived() {
    // one domain of one indicator: the domain score is its z-value, so ranks follow c = {1, 2, 3,
    // 4}
    IndexPreset imd =
        new ImdPreset(
            "imd",
            new IndicatorGroups(Map.of("d2", List.of("c"))),
            Map.of("d2", 1.0),
            Ranking.Ties.MIN,
            INDICATORS);
    PresetResult r = imd.compute(frame(2020, Map.of("c", new double[] {1, 2, 3, 4})));
    // rank 1 = least deprived → R = rank/n = 0.25 … 1; X = −23·ln(1 − R·(1 − e^(−100/23)))
    double c = 1 - Math.exp(-100.0 / 23);
    for (int i = 0; i < 4; i++) {
      assertThat(r.headline()[i]).isCloseTo(-23 * Math.log(1 - (i + 1) / 4.0 * c), within(1e-12));
    }
    assertThat(r.headline()[3]).isCloseTo(100, within(1e-9));
    // deciles ceil(rank·10/n) with rank 1 = most deprived: district 4 → ceil(2.5) = 3, 3 → 5, 2 →
    // ceil(7.5) = 8, 1 → 10
    assertThat(r.headlineClass()).containsExactly(10, 8, 5, 3);
  }

  @Test
  void weightsInPercentAreRefusedAtValidationWithTheHintToGiveFractions() {
    java.util.List<String> problems = new java.util.ArrayList<>();
    Map<String, List<String>> domains = Map.of("d1", List.of("a", "b"), "d2", List.of("c"));
    new ImdSettings(
            List.of("a", "b", "c"), Map.of("d1", 70.0, "d2", 30.0), Ranking.Ties.MIN, domains)
        .check("/index/presets/imd", null, problems);
    assertThat(problems)
        .containsExactly(
            "/index/presets/imd/domain_weights: the weights sum to 100.0; the score is Σ wᵢ·Xᵢ"
                + " with the weights as given, so give them as fractions that sum to 1 (30 % as"
                + " 0.3)");
    problems.clear();
    // the IMD 2019's own weights sum to 0.999
    new ImdSettings(
            List.of("a", "b", "c"), Map.of("d1", 0.7, "d2", 0.299), Ranking.Ties.MIN, domains)
        .check("/index/presets/imd", null, problems);
    assertThat(problems).isEmpty();
  }
}
