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
        new MssPreset("mss", List.of("a", "b", "c"), List.of(), List.of(), INDICATORS)
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

  @Test
  void deliveredChangesEnterTheDynamicIndexAsTheyAreLikeComputedOnes() {
    // changes a = {1, 2, 3} (worse) and b = {3, 2, 1} (better, turned): z = {−√1.5, 0, √1.5}
    // each; their sum {−2√1.5, 0, 2√1.5} has population SD 2, so the index is {−√1.5, 0, √1.5}:
    // −1.22 < −1 → 1 positiv, 0 → 3 stabil, 1.22 > 1 → 5 negativ. Status c = {1, 2, 3} gives
    // {−√1.5, 0, √1.5} too, classes 1, 2, 3; the code is 10·status + dynamic.
    double[] a = {1, 2, 3};
    double[] b = {3, 2, 1};
    double[] c = {1, 2, 3};
    PresetResult delivered =
        new MssPreset("mss", List.of("c"), List.of(), List.of("a", "b"), INDICATORS)
            .compute(frame(2020, Map.of("a", a, "b", b, "c", c)));
    PresetResult computed =
        new MssPreset("mss", List.of("c"), List.of("a", "b"), List.of(), INDICATORS)
            .compute(frame(2020, Map.of("a_change", a, "b_change", b, "c", c)));
    double r = Math.sqrt(1.5);
    List<Object> index = values(delivered, "mss_dynamic_index");
    assertThat((double) index.get(0)).isCloseTo(-r, within(1e-12));
    assertThat((double) index.get(1)).isCloseTo(0, within(1e-12));
    assertThat((double) index.get(2)).isCloseTo(r, within(1e-12));
    assertThat(values(delivered, "mss_dynamic_class")).containsExactly(1, 3, 5);
    assertThat(values(delivered, "mss_code")).containsExactly(11, 23, 35);
    assertThat(values(delivered, "mss_z_a")).isEqualTo(values(computed, "mss_z_a_change"));
    assertThat(index).isEqualTo(values(computed, "mss_dynamic_index"));
  }

  private static List<Object> values(PresetResult r, String column) {
    return java.util.stream.IntStream.range(0, 3).mapToObj(i -> r.value(column, i)).toList();
  }
}
