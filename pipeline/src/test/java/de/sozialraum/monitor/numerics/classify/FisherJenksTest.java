package de.sozialraum.monitor.numerics.classify;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.monitor.RReference;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FisherJenksTest {

  @Test
  void separatesObviousGroupsAtTheirLargestValues() {
    // by hand: {1,2,3} {10,11,12} {20} has within-class SSD 2 + 2 + 0 = 4; any other 3-partition is
    // worse
    assertThat(FisherJenks.upperBounds(new double[] {12, 1, 20, 3, 11, 2, 10}, 3))
        .containsExactly(3, 12, 20);
  }

  @Test
  void neverSplitsTiedValuesAndReturnsFewerClassesThanDistinctValues() {
    assertThat(FisherJenks.upperBounds(new double[] {5, 5, 5, 7, 7}, 4)).containsExactly(5, 7);
    assertThat(FisherJenks.upperBounds(new double[] {Double.NaN, 4, 4}, 2)).containsExactly(4);
  }

  @Test
  void partitionEqualsRClassIntFisherOnSkewedDataWithTies() throws Exception {
    RReference.assumeInstalled("classInt");
    SplittableRandom rnd = new SplittableRandom(20261123);
    // skewed like child-poverty rates, rounded to 0.1 so that ties occur; classInt's fisher style
    // is exact below
    // its largeN (3000) threshold
    double[] x = new double[800];
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.round(Math.exp(rnd.nextGaussian() * 0.6 + 2.5) * 10) / 10.0;
    }
    for (int k : new int[] {3, 5, 7}) {
      List<String> r =
          RReference.run(
              "suppressMessages(library(classInt)); x <- "
                  + RReference.vector(x)
                  + "; ci <- classIntervals(x, n = "
                  + k
                  + ", style = 'fisher'); cat(findCols(ci), sep = '\\n')");
      int[] expected = r.stream().mapToInt(Integer::parseInt).toArray();
      int[] ours = Classifiers.fisherJenks(x, k, 1).classify(x);
      assertThat(ours).as("k = %d", k).containsExactly(expected);
    }
  }

  @Test
  void largeInputsStayExactAgainstTheQuadraticDynamicProgramme() {
    SplittableRandom rnd = new SplittableRandom(7);
    double[] x = new double[400];
    Arrays.setAll(x, i -> rnd.nextDouble() * (i % 3 == 0 ? 10 : 100));
    double[] fast = FisherJenks.upperBounds(x, 6);
    assertThat(ssd(x, fast)).isEqualTo(ssd(x, quadratic(x, 6)));
  }

  /** Total within-class SSD of a classification by upper bounds. */
  private static double ssd(double[] x, double[] upper) {
    double total = 0;
    double lower = Double.NEGATIVE_INFINITY;
    for (double u : upper) {
      final double lo = lower;
      double[] members = Arrays.stream(x).filter(v -> v > lo && v <= u).toArray();
      double mean = Arrays.stream(members).average().orElse(0);
      total += Arrays.stream(members).map(v -> (v - mean) * (v - mean)).sum();
      lower = u;
    }
    return Math.round(total * 1e6) / 1e6;
  }

  /** Fisher's original O(k·n²) recursion over all split points, as the independent check. */
  private static double[] quadratic(double[] values, int k) {
    double[] v = Arrays.stream(values).sorted().toArray();
    int n = v.length;
    double[][] cost = new double[k][n];
    int[][] start = new int[k][n];
    for (int j = 0; j < n; j++) {
      cost[0][j] = ssdRange(v, 0, j);
    }
    for (int c = 1; c < k; c++) {
      for (int j = c; j < n; j++) {
        cost[c][j] = Double.POSITIVE_INFINITY;
        for (int s = c; s <= j; s++) {
          double t = cost[c - 1][s - 1] + ssdRange(v, s, j);
          if (t < cost[c][j]) {
            cost[c][j] = t;
            start[c][j] = s;
          }
        }
      }
    }
    double[] upper = new double[k];
    int end = n - 1;
    for (int c = k - 1; c >= 0; c--) {
      upper[c] = v[end];
      end = c == 0 ? -1 : start[c][end] - 1;
    }
    return upper;
  }

  private static double ssdRange(double[] v, int from, int to) {
    double mean = 0;
    for (int i = from; i <= to; i++) {
      mean += v[i];
    }
    mean /= to - from + 1;
    double s = 0;
    for (int i = from; i <= to; i++) {
      s += (v[i] - mean) * (v[i] - mean);
    }
    return s;
  }
}
