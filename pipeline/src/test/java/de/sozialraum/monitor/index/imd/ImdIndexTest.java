package de.sozialraum.monitor.index.imd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.sozialraum.monitor.numerics.Ranking;
import org.junit.jupiter.api.Test;

class ImdIndexTest {

  @Test
  void combinesExponentiallyTransformedDomainRanksWithWeightsAndDecilesFromTheMostDeprived() {
    // 4 districts, 2 domains weighted 0.75/0.25. Domain ranks (1 = least deprived): d0 = 1,2,3,4;
    // d1 = 4,3,2,1. Exponential values by R = rank/4 (see StandardisationTest): 6.5177, 15.6468,
    // 31.0091, 100.
    double[][] domains = {{1, 2, 3, 4}, {4, 3, 2, 1}};
    ImdIndex.Result r =
        ImdIndex.compute(domains, new double[] {0.75, 0.25}, ALL4, Ranking.Ties.MIN);
    double e1 = 6.517733263680379;
    double e2 = 15.646790072602894;
    double e3 = 31.009143532807215;
    double e4 = 100;
    assertThat(r.score()[0]).isCloseTo(0.75 * e1 + 0.25 * e4, within(1e-9));
    assertThat(r.score()[3]).isCloseTo(0.75 * e4 + 0.25 * e1, within(1e-9));
    assertThat(r.score()[1]).isCloseTo(0.75 * e2 + 0.25 * e3, within(1e-9));
    // scores 29.888, 19.487, 27.169, 76.629 → rank 1 = district 3, then 0, 2, 1
    assertThat(r.rank()).containsExactly(2, 4, 3, 1);
    // deciles ceil(rank·10/4): 5, 10, 8, 3
    assertThat(r.decile()).containsExactly(5, 10, 8, 3);
  }

  @Test
  void theScoreTakesTheWeightsAsGivenNotDividedByTheirSum() {
    // the IMD 2019's seven domain weights (Technical Report, table 3.1): 22.5, 22.5, 13.5, 13.5,
    // 9.3, 9.3, 9.3 %, summing to 99.9 %. Seven domains ranked alike give every district the
    // same X in each, so its score is 0.999·X: for the most deprived (R = 1, X = 100) 99.9, where
    // dividing by the sum would publish 100
    double[] weights = {0.225, 0.225, 0.135, 0.135, 0.093, 0.093, 0.093};
    double[][] domains = new double[7][];
    java.util.Arrays.fill(domains, new double[] {1, 2, 3, 4});
    ImdIndex.Result r = ImdIndex.compute(domains, weights, ALL4, Ranking.Ties.MIN);
    assertThat(r.score()[3]).isCloseTo(99.9, within(1e-9));
    assertThat(r.score()[0]).isCloseTo(0.999 * 6.517733263680379, within(1e-9));
  }

  private static final boolean[] ALL4 = {true, true, true, true};
}
