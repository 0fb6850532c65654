package de.sozialraum.monitor.numerics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndexOrderTest {

  @Test
  void sortsByValueAndKeepsTiesInIndexOrder() {
    double[] x = {3, 1, 2, 1, -0.0, 0.0, 3};
    assertThat(IndexOrder.ascending(x, i -> true)).containsExactly(4, 5, 1, 3, 2, 0, 6);
  }

  @Test
  void leavesOutWhatIsNotKept() {
    double[] x = {3, 1, Double.NaN, 2};
    assertThat(IndexOrder.ascending(x, i -> !Double.isNaN(x[i]))).containsExactly(1, 3, 0);
    assertThat(IndexOrder.ascending(new double[0], i -> true)).isEmpty();
  }

  @Test
  void givesTheOrderOfAStableSortOfBoxedIndices() {
    SplittableRandom random = new SplittableRandom(11L);
    for (int round = 0; round < 200; round++) {
      int n = random.nextInt(1, 3000);
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        // few distinct values, so that ties are common
        x[i] = random.nextInt(0, 1 + n / 10) / 7.0;
      }
      int[] expected =
          IntStream.range(0, n)
              .filter(i -> i % 5 != 0)
              .boxed()
              .sorted(Comparator.comparingDouble(i -> x[i]))
              .mapToInt(Integer::intValue)
              .toArray();
      assertThat(IndexOrder.ascending(x, i -> i % 5 != 0)).containsExactly(expected);
    }
  }
}
