package de.sozialraum.monitor.index.mss;

import static de.sozialraum.monitor.index.PresetFixtures.INDICATORS;
import static de.sozialraum.monitor.index.PresetFixtures.frame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.PresetResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MssPresetTest {

  @Test
  void mssLifePhaseSubIndexIsTheZValueOfTheSummedZValuesOfThePhaseIndicators() {
    // phase "kita" = a (worse) and b (better). a = {1, 2, 3}: z = {−√1.5, 0, √1.5}; b = {3, 2, 1}
    // turned: same z.
    // Sum {−2√1.5, 0, 2√1.5} has mean 0 and population SD 2, so the index is {−√1.5, 0, √1.5}
    // again.
    IndexPreset kita =
        new MssPreset("mss", List.of("a", "b", "c"), List.of(), INDICATORS)
            .restrictedTo("phase_kita", List.of("a", "b"));
    PresetResult r =
        kita.compute(
            frame(
                2020,
                Map.of(
                    "a",
                    new double[] {1, 2, 3},
                    "b",
                    new double[] {3, 2, 1},
                    "c",
                    new double[] {9, 9, 9})));
    assertThat(r.headline()[0]).isCloseTo(-Math.sqrt(1.5), within(1e-12));
    assertThat(r.headline()[2]).isCloseTo(Math.sqrt(1.5), within(1e-12));
    // MSS status classes: −1.22 < −1 → 1 hoch; 0 → 2 mittel; 1.22 in (1, 1.5] → 3 niedrig
    assertThat(r.headlineClass()).containsExactly(1, 2, 3);
    assertThat(kita.requires()).containsExactly("a", "b");
  }
}
