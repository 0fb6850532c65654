package de.sozialraum.monitor.methods.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.sozialraum.monitor.config.MonitorConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexPresetsTest {

  private static MonitorConfig.Indicator indicator(String id, String direction, String domain, String... phases) {
    return new MonitorConfig.Indicator(id, id, List.of(id + "_n"), List.of(id + "_d"), null, "percent", direction, domain, List.of(phases), 1,
        null);
  }

  private static final Indicators INDICATORS = new Indicators(List.of(indicator("a", "higher_is_worse", "d1", "kita"),
      indicator("b", "higher_is_better", "d1", "kita", "beruf"), indicator("c", "higher_is_worse", "d2", "beruf")));

  private static FrameYear frame(int year, Map<String, double[]> columns) {
    boolean[] valid = new boolean[columns.values().iterator().next().length];
    java.util.Arrays.fill(valid, true);
    return new FrameYear(year, valid, new java.util.HashMap<>(columns));
  }

  @Test
  void mssLifePhaseSubIndexIsTheZValueOfTheSummedZValuesOfThePhaseIndicators() {
    // phase "kita" = a (worse) and b (better). a = {1, 2, 3}: z = {−√1.5, 0, √1.5}; b = {3, 2, 1} turned: same z.
    // Sum {−2√1.5, 0, 2√1.5} has mean 0 and population SD 2, so the index is {−√1.5, 0, √1.5} again.
    IndexPreset kita = new MssPreset("mss", List.of("a", "b", "c"), List.of(), INDICATORS).restrictedTo("phase_kita", List.of("a", "b"));
    PresetResult r = kita.compute(frame(2020, Map.of("a", new double[] {1, 2, 3}, "b", new double[] {3, 2, 1}, "c", new double[] {9, 9, 9})));
    assertThat(r.headline()[0]).isCloseTo(-Math.sqrt(1.5), within(1e-12));
    assertThat(r.headline()[2]).isCloseTo(Math.sqrt(1.5), within(1e-12));
    // MSS status classes: −1.22 < −1 → 1 hoch; 0 → 2 mittel; 1.22 in (1, 1.5] → 3 niedrig
    assertThat(r.headlineClass()).containsExactly(1, 2, 3);
    assertThat(kita.requires()).containsExactly("a", "b");
  }

  @Test
  void imdPresetRanksExponentiallyTransformsAndCutsDecilesFromTheMostDeprived() {
    // one domain of one indicator: the domain score is its z-value, so ranks follow c = {1, 2, 3, 4}
    IndexPreset imd = new ImdPreset("imd", new IndicatorGroups(Map.of("d2", List.of("c"))), Map.of("d2", 1.0), INDICATORS);
    PresetResult r = imd.compute(frame(2020, Map.of("c", new double[] {1, 2, 3, 4})));
    // rank 1 = least deprived → R = rank/n = 0.25 … 1; X = −23·ln(1 − R·(1 − e^(−100/23)))
    double c = 1 - Math.exp(-100.0 / 23);
    for (int i = 0; i < 4; i++) {
      assertThat(r.headline()[i]).isCloseTo(-23 * Math.log(1 - (i + 1) / 4.0 * c), within(1e-12));
    }
    assertThat(r.headline()[3]).isCloseTo(100, within(1e-9));
    // deciles ceil(rank·10/n) with rank 1 = most deprived: district 4 → ceil(2.5) = 3, 3 → 5, 2 → ceil(7.5) = 8, 1 → 10
    assertThat(r.headlineClass()).containsExactly(10, 8, 5, 3);
  }

  @Test
  void sviPresetClassesAreCdcQuartilesOfTheOverallRank() {
    // 5 districts: overall percentile ranks 0, 0.25, 0.5, 0.75, 1 → classes 1, 1, 2, 3, 4 (upper bounds inclusive)
    IndexPreset svi = new SviPreset("svi", new IndicatorGroups(Map.of("t", List.of("a"))), 4, INDICATORS);
    PresetResult r = svi.compute(frame(2020, Map.of("a", new double[] {10, 20, 30, 40, 50})));
    assertThat(r.headline()).containsExactly(0, 0.25, 0.5, 0.75, 1);
    assertThat(r.headlineClass()).containsExactly(1, 1, 2, 3, 4);
    assertThat(r.value("svi_t_flags", 4)).isEqualTo(1);
    assertThat(r.value("svi_t_flags", 0)).isEqualTo(0);
  }

  @Test
  void pcaPresetIsFittedOnAllYearsAndScaledToZeroOneWithinEachYear() {
    int[] years = {2019, 2019, 2019, 2020, 2020, 2020};
    FrameYear pooled = frame(0, Map.of("a", new double[] {1, 2, 4, 2, 3, 5}, "b", new double[] {5, 4, 1, 4, 3, 2}));
    IndexPreset pca = new PcaPreset("pca", new IndicatorGroups(Map.of("d1", List.of("a", "b"))), Map.of("d1", "a"), 3, INDICATORS, null)
        .fitted(new PooledData(years, pooled));
    PresetResult y2020 = pca.compute(new PooledData(years, pooled).year(2020));
    // a rises and b (higher is better) falls from district to district: deprivation rises, min–max puts it on 0 … 1
    assertThat(y2020.headline()[0]).isEqualTo(0);
    assertThat(y2020.headline()[2]).isEqualTo(1);
    assertThat(y2020.headline()[1]).isBetween(0.0, 1.0);
    assertThat(y2020.headlineClass()).containsExactly(1, 2, 3);
  }

  @Test
  void coiPresetWithoutValidDistrictsInItsReferenceYearIsAnInputError() {
    IndexPreset coi = new CoiPreset("coi", new IndicatorGroups(Map.of("d1", List.of("a"))), Map.of(), 2015, "pop_kinder", 0.5, INDICATORS, null);
    PooledData data = new PooledData(new int[] {2020}, frame(0, Map.of("a", new double[] {1}, "pop_kinder", new double[] {10})));
    assertThatThrownBy(() -> coi.fitted(data)).isInstanceOf(PresetException.class).hasMessageContaining("reference year 2015");
  }

  @Test
  void lifePhasesTakeTheIndicatorsCarryingEachPhaseInChainOrder() {
    MonitorConfig.Preset mss = new MonitorConfig.Preset("mss", List.of("a", "b", "c"), List.of(), Map.of(), Map.of(), null, null, 0.5, Map.of(),
        5, 4);
    MonitorConfig config = new MonitorConfig("t", true, "EPSG:25832", null, false, null, List.of(), null,
        List.of(indicator("a", "higher_is_worse", "d1", "kita"), indicator("b", "higher_is_better", "d1", "kita", "beruf"),
            indicator("c", "higher_is_worse", "d2", "beruf")),
        null, new MonitorConfig.Index(2, Map.of("mss", mss), "mss", true), null, null, List.of(), null, null, null, null, null, null, null);
    Map<String, IndexPreset> phases = IndexPresets.lifePhases(config, IndexPresets.of(config));
    assertThat(phases.keySet()).containsExactly("kita", "beruf");
    assertThat(phases.get("beruf").requires()).containsExactly("b", "c");
  }
}
