package de.sozialraum.monitor.numerics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeightedQuantileTest {

  @Test
  void findsTheSmallestValueWhoseCumulativeWeightReachesTheShare() {
    // sorted values 1, 2, 3, 4 with weights 10, 30, 40, 20 (total 100): cumulative 10, 40, 80, 100
    double[] x = {3, 1, 4, 2};
    double[] w = {40, 10, 20, 30};
    boolean[] all = {true, true, true, true};
    assertThat(WeightedQuantile.of(x, w, all, 0.1, 0.2, 0.4, 0.41, 0.8, 0.99))
        .containsExactly(1, 2, 2, 3, 3, 4);
  }

  @Test
  void equalWeightsGiveTheLargestValueOfEachKTile() {
    double[] x = {5, 1, 4, 2, 3, 6, 8, 7, 10, 9};
    double[] w = new double[10];
    boolean[] all = new boolean[10];
    java.util.Arrays.fill(w, 1);
    java.util.Arrays.fill(all, true);
    assertThat(WeightedQuantile.of(x, w, all, 0.2, 0.4, 0.6, 0.8)).containsExactly(2, 4, 6, 8);
  }
}
