package de.sozialraum.monitor.numerics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RankingTest {

  @Test
  void tiesShareTheSmallestRankAsExcelRank() {
    // Excel RANK(x, range, 0) on {5, 3, 5, 1}: 1, 3, 1, 4
    assertThat(Ranking.ranks(new double[] {5, 3, 5, 1}, true)).containsExactly(1, 3, 1, 4);
    assertThat(Ranking.ranks(new double[] {5, Double.NaN, 1}, false)).containsExactly(2, 0, 1);
  }

  @Test
  void tiedValuesTakeTheMeanFirstOrLastOfTheirPositionsAsRsRank() {
    // R: rank(c(5, 3, 5, NA, 1), na.last = "keep", ties.method = "average" / "min" / "max")
    // gives 3.5 2 3.5 NA 1 / 3 2 3 NA 1 / 4 2 4 NA 1
    double[] x = {5, 3, 5, Double.NaN, 1};
    assertThat(Ranking.ranks(x, Ranking.Ties.AVERAGE)).containsExactly(3.5, 2, 3.5, Double.NaN, 1);
    assertThat(Ranking.ranks(x, Ranking.Ties.MIN)).containsExactly(3, 2, 3, Double.NaN, 1);
    assertThat(Ranking.ranks(x, Ranking.Ties.MAX)).containsExactly(4, 2, 4, Double.NaN, 1);
  }

  @Test
  void quintilesOfTenDistinctValuesHoldTwoEach() {
    double[] x = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    // ascending rank r → floor((r−1)·5/10)+1: ranks 1,2 → 1; 3,4 → 2; … 9,10 → 5
    assertThat(Ranking.ntiles(x, 5)).containsExactly(5, 5, 4, 4, 3, 3, 2, 2, 1, 1);
  }

  @Test
  void tiedValuesNeverSplitAcrossClasses() {
    double[] x = {1, 2, 2, 2, 5};
    // ascending ranks 1 2 2 2 5, n = 5, k = 2: floor(0·2/5)+1 = 1, floor(1·2/5)+1 = 1,
    // floor(4·2/5)+1 = 2
    assertThat(Ranking.ntiles(x, 2)).containsExactly(1, 1, 1, 1, 2);
  }

  @Test
  void positiveAndNegativeZeroTieAsTheyAreEqual() {
    // ascending: -0.0 and 0.0 both have no smaller value; descending both have 2 larger ones
    assertThat(Ranking.ranks(new double[] {0.0, 2, -0.0, 1}, false)).containsExactly(1, 4, 1, 3);
    assertThat(Ranking.ranks(new double[] {0.0, 2, -0.0, 1}, true)).containsExactly(3, 1, 3, 2);
  }

  @Test
  void ranksCountTheSmallerAndLargerValuesOnALongSeriesWithTiesAndGaps() {
    // the definitions themselves, counted pair by pair: ascending rank = 1 + #{x_j < x_i},
    // descending = 1 + #{x_j > x_i}, the last tied position = #{x_j <= x_i}; values of both signs
    // spanning many binary exponents, each repeated, with NaN and infinities left out
    java.util.Random random = new java.util.Random(20261204);
    double[] x = new double[3000];
    for (int i = 0; i < x.length; i++) {
      x[i] =
          switch (i % 10) {
            case 0 -> Double.NaN;
            case 1 -> i % 20 == 1 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            case 2 -> x[i / 2];
            case 3 -> i % 20 == 3 ? 0.0 : -0.0;
            default -> random.nextGaussian() * Math.pow(10, random.nextInt(13) - 6);
          };
    }
    int[] up = Ranking.ranks(x, false);
    int[] down = Ranking.ranks(x, true);
    double[] max = Ranking.ranks(x, Ranking.Ties.MAX);
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i])) {
        assertThat(up[i]).isZero();
        assertThat(down[i]).isZero();
        assertThat(max[i]).isNaN();
        continue;
      }
      int below = 0;
      int above = 0;
      int atMost = 0;
      for (double v : x) {
        if (Double.isFinite(v)) {
          below += v < x[i] ? 1 : 0;
          above += v > x[i] ? 1 : 0;
          atMost += v <= x[i] ? 1 : 0;
        }
      }
      assertThat(up[i]).as("ascending rank of x[%d]", i).isEqualTo(1 + below);
      assertThat(down[i]).as("descending rank of x[%d]", i).isEqualTo(1 + above);
      assertThat(max[i]).as("last tied position of x[%d]", i).isEqualTo(atMost);
    }
  }
}
