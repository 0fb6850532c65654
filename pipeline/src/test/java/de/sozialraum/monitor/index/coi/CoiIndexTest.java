package de.sozialraum.monitor.index.coi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CoiIndexTest {

  private static final int[] ONE_DOMAIN = {0, 0};
  private static final double[] EQUAL = {1, 1};

  @Test
  void winsorisesAtTheWeightedFirstAndNinetyNinthPercentile() {
    // 100 districts with value i (0…99), one child each: the weighted 1st percentile is 0
    // (cumulative 1 ≥ 1),
    // the 99th is 98 (cumulative 99 ≥ 99), so 99 is pulled down to 98
    double[] x = new double[100];
    Arrays.setAll(x, i -> i);
    double[] w = new double[100];
    Arrays.fill(w, 1);
    boolean[] all = new boolean[100];
    Arrays.fill(all, true);
    CoiIndex.Model m =
        CoiIndex.fit(
            new double[][] {x},
            new int[] {1},
            w,
            all,
            new int[] {0},
            new double[] {1},
            new double[] {1},
            0.5);
    assertThat(m.low()[0]).isEqualTo(0);
    assertThat(m.high()[0]).isEqualTo(98);
    // mean of 0…98 plus 98 = (4851 + 98)/100 = 49.49
    assertThat(m.mean()[0]).isCloseTo(49.49, within(1e-12));
  }

  @Test
  void domainScoreRenormalisesOverAvailableIndicatorsAndRespectsTheMinimumShare() {
    // reference year: indicator a {0, 2}, b {0, 4}, equal child weights: means 1 and 2, SDs 1 and 2
    // → z = ±1
    double[][] ref = {{0, 2}, {0, 4}};
    double[] w = {1, 1};
    boolean[] both = {true, true};
    CoiIndex.Model m =
        CoiIndex.fit(
            ref, new int[] {1, 1}, w, both, ONE_DOMAIN, new double[] {3, 1}, new double[] {1}, 0.5);
    // a later year: district 0 has both (a = 2 → z 1, b = 0 → z −1): (3·1 + 1·(−1))/4 = 0.5;
    // district 1 lacks b: share 3/4 ≥ 0.5 → a alone, z(a = 0) = −1
    double[][] year = {{2, 0}, {0, Double.NaN}};
    CoiIndex.Result r =
        CoiIndex.apply(
            m,
            year,
            new int[] {1, 1},
            both,
            ONE_DOMAIN,
            new double[] {3, 1},
            new double[] {1},
            0.5);
    assertThat(r.domain()[0][0]).isCloseTo(0.5, within(1e-12));
    assertThat(r.domain()[0][1]).isCloseTo(-1, within(1e-12));
    // with a minimum share of 0.8 district 1 (3/4 available) gets no score
    CoiIndex.Result strict =
        CoiIndex.apply(
            m,
            year,
            new int[] {1, 1},
            both,
            ONE_DOMAIN,
            new double[] {3, 1},
            new double[] {1},
            0.8);
    assertThat(strict.score()[1]).isNaN();
    assertThat(strict.level()[1]).isZero();
  }

  @Test
  void levelsHoldAFifthOfTheChildrenNotOfTheDistricts() {
    // 10 districts with scores rising with x; children: the first two districts hold 60 % of all
    // children
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    double[] children = {300, 300, 50, 50, 50, 50, 50, 50, 50, 50};
    boolean[] all = new boolean[10];
    Arrays.fill(all, true);
    CoiIndex.Model m =
        CoiIndex.fit(
            new double[][] {x},
            new int[] {1},
            children,
            all,
            new int[] {0},
            new double[] {1},
            new double[] {1},
            0.5);
    CoiIndex.Result r =
        CoiIndex.apply(
            m,
            new double[][] {x},
            new int[] {1},
            all,
            new int[] {0},
            new double[] {1},
            new double[] {1},
            0.5);
    // cumulative child shares: 0.3, 0.6, 0.65, 0.7, …, 1.0 → cuts at the 1st (≥0.2), 2nd (≥0.4,
    // ≥0.6) and 6th (≥0.8)
    // district: levels 1 | 2 | 4 4 4 4 | 5 5 5 5 (level 3 is empty: one district holds 30 % of the
    // children)
    assertThat(r.level()).containsExactly(1, 2, 4, 4, 4, 4, 5, 5, 5, 5);
  }
}
