package de.sozialraum.monitor.numerics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StandardisationTest {

  @Test
  void usesPopulationStandardDeviation() {
    // {2, 4, 4, 4, 5, 5, 7, 9}: mean 5, population SD exactly 2 (sample SD would be 2.138)
    var m =
        Standardisation.moments(
            new double[] {2, 4, 4, 4, 5, 5, 7, 9},
            new boolean[] {true, true, true, true, true, true, true, true});
    assertThat(m.mean()).isEqualTo(5.0);
    assertThat(m.sd()).isEqualTo(2.0);
  }

  @Test
  void constantIndicatorYieldsNoZInsteadOfInfinity() {
    double[] z = Standardisation.z(new double[] {3, 3, 3}, new boolean[] {true, true, true}, 1);
    assertThat(z).containsOnly(Double.NaN);
  }

  @Test
  void excludedAndMissingValuesAreLeftOut() {
    double[] z =
        Standardisation.z(
            new double[] {1, 3, Double.NaN, 100}, new boolean[] {true, true, true, false}, 1);
    assertThat(z[0]).isCloseTo(-1, within(1e-15));
    assertThat(z[1]).isCloseTo(1, within(1e-15));
    assertThat(z[2]).isNaN();
    assertThat(z[3]).isNaN();
  }

  private static final boolean[] ALL4 = {true, true, true, true};

  @Test
  void weightedZUsesWeightedMeanAndWeightedPopulationSd() {
    // x {1, 2, 3}, w {1, 1, 2}: mean 9/4 = 2.25; variance (1.5625 + 0.0625 + 2·0.5625)/4 = 0.6875
    double[] z =
        Standardisation.weightedZ(
            new double[] {1, 2, 3}, new double[] {1, 1, 2}, new boolean[] {true, true, true}, 1);
    assertThat(z[0]).isCloseTo(-1.25 / Math.sqrt(0.6875), within(1e-15));
    assertThat(z[2]).isCloseTo(0.75 / Math.sqrt(0.6875), within(1e-15));
  }

  @Test
  void percentRankGivesTiesTheSmallestRankLikeExcelPercentrankInc() {
    // PERCENTRANK.INC({10,20,20,40}, x): 0, 1/3, 1/3, 1
    double[] p = Standardisation.percentRank(new double[] {10, 20, 20, 40}, ALL4, 1);
    assertThat(p).containsExactly(0, 1 / 3.0, 1 / 3.0, 1);
    // "higher is better" turns the order round
    assertThat(Standardisation.percentRank(new double[] {10, 20, 20, 40}, ALL4, -1))
        .containsExactly(1, 1 / 3.0, 1 / 3.0, 0);
  }

  @Test
  void minMaxScalesToTheUnitInterval() {
    assertThat(Standardisation.minMax(new double[] {2, 4, 6, Double.NaN}, ALL4, 1))
        .containsExactly(0, 0.5, 1, Double.NaN);
  }

  @Test
  void rankExponentialFollowsTheImdTransformation() {
    // hand calculation: e^(−100/23) = 0.0129349014; R = 0.5 → −23·ln(1 − 0.5·0.9870650986) =
    // 15.6467900726;
    // R = 0.25 → 6.5177332637; R = 1 → −23·ln(e^(−100/23)) = 100
    double[] x =
        Standardisation.rankExponential(new double[] {3, 1, 4, 2}, ALL4, 1, Ranking.Ties.MIN);
    assertThat(x[1]).isCloseTo(6.5177332637, within(1e-9));
    assertThat(x[3]).isCloseTo(15.6467900726, within(1e-9));
    assertThat(x[2]).isCloseTo(100, within(1e-9));
  }

  @Test
  void rankExponentialGivesTiedValuesTheRankTheTieRuleNames() {
    // values 1, 2, 2, 4: the tied 2s take positions 2 and 3, so R = 2/4 (min), 3/4 (max) or
    // 2.5/4 (average); X = −23·ln(1 − R·(1 − e^(−100/23))): by hand 15.6467900726,
    // 31.0091435328 and 22.0685040178
    double[] x = {1, 2, 2, 4};
    double c = 1 - Math.exp(-100.0 / 23);
    double[] min = Standardisation.rankExponential(x, ALL4, 1, Ranking.Ties.MIN);
    double[] max = Standardisation.rankExponential(x, ALL4, 1, Ranking.Ties.MAX);
    double[] average = Standardisation.rankExponential(x, ALL4, 1, Ranking.Ties.AVERAGE);
    assertThat(min[1]).isEqualTo(min[2]).isCloseTo(15.6467900726, within(1e-9));
    assertThat(max[1]).isEqualTo(max[2]).isCloseTo(31.0091435328, within(1e-9));
    assertThat(average[1])
        .isEqualTo(average[2])
        .isCloseTo(-23 * Math.log(1 - 2.5 / 4 * c), within(1e-12))
        .isCloseTo(22.0685040178, within(1e-9));
    // untied values keep their rank under every rule: 1 → R = 1/4, 4 → R = 1
    for (double[] r : new double[][] {min, max, average}) {
      assertThat(r[0]).isCloseTo(6.5177332637, within(1e-9));
      assertThat(r[3]).isCloseTo(100, within(1e-9));
    }
  }
}
