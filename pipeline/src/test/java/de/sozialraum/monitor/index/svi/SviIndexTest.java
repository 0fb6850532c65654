package de.sozialraum.monitor.index.svi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SviIndexTest {

  @Test
  void ranksIndicatorsThemesAndOverallAndCountsFlags() {
    // 11 districts so that percentile ranks step by 0.1; theme 0 = indicators a, b; theme 1 = c
    // (higher is better)
    double[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    double[] b = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
    double[] c = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
    boolean[] all = new boolean[11];
    java.util.Arrays.fill(all, true);
    SviIndex.Result r =
        SviIndex.compute(
            new double[][] {a, b, c}, new int[] {1, 1, -1}, new int[] {0, 0, 1}, 2, all, 4);
    // a: rank i → i/10; b reversed; c "higher is better" → like a
    assertThat(r.indicatorRank()[0][10]).isEqualTo(1.0);
    assertThat(r.indicatorRank()[1][0]).isEqualTo(1.0);
    assertThat(r.indicatorRank()[2][10]).isEqualTo(1.0);
    // theme 0 sums to 1.0 everywhere (i/10 + (10−i)/10): all tied, percentile rank 0
    assertThat(r.themeSum()[0]).containsOnly(1.0);
    assertThat(r.themeRank()[0]).containsOnly(0.0);
    // flags at ≥ 0.90: district 10 has a (1.0) and c (1.0) flagged, district 9 a (0.9) and c (0.9),
    // district 0 only b
    assertThat(r.themeFlags()[0][10]).isEqualTo(1);
    assertThat(r.flags()[10]).isEqualTo(2);
    assertThat(r.flags()[9]).isEqualTo(2);
    assertThat(r.flags()[0]).isEqualTo(1);
    assertThat(r.flags()[5]).isZero();
    // overall = 1.0 + c-rank → ordered like c: percentile rank i/10
    assertThat(r.overallRank()[3]).isEqualTo(0.3);
  }

  @Test
  void ranksAreTruncatedToTheGivenDecimalsAsExcelsPercentrankInc() {
    // 4 values: ranks 0, 1/3, 2/3, 1 → PERCENTRANK.INC(…, 4) gives 0, 0.3333, 0.6666 (truncated,
    // not 0.6667), 1
    boolean[] all = {true, true, true, true};
    SviIndex.Result r =
        SviIndex.compute(new double[][] {{1, 2, 3, 4}}, new int[] {1}, new int[] {0}, 1, all, 4);
    assertThat(r.indicatorRank()[0]).containsExactly(0, 0.3333, 0.6666, 1);
    SviIndex.Result unrounded =
        SviIndex.compute(new double[][] {{1, 2, 3, 4}}, new int[] {1}, new int[] {0}, 1, all, 0);
    assertThat(unrounded.indicatorRank()[0][2]).isEqualTo(2 / 3.0);
  }

  @Test
  void aMissingIndicatorLeavesItsThemeAndTheOverallValueMissing() {
    boolean[] all = {true, true, true};
    SviIndex.Result r =
        SviIndex.compute(
            new double[][] {{1, 2, Double.NaN}, {3, 1, 2}},
            new int[] {1, 1},
            new int[] {0, 1},
            2,
            all,
            4);
    assertThat(r.themeRank()[0][2]).isNaN();
    assertThat(r.themeRank()[1][2]).isEqualTo(0.5);
    assertThat(r.overallRank()[2]).isNaN();
    assertThat(r.flags()[2]).isEqualTo(-1);
  }
}
