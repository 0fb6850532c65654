package de.sozialraum.monitor.numerics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.sozialraum.monitor.RReference;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EmpiricalBayesTest {

  @Test
  void shrinksSmallDistrictsTowardsTheOverallRateByHand() {
    // events {2, 30, 10}, at risk {10, 100, 50}: m = 42/160 = 0.2625; rates 0.2, 0.3, 0.2
    // s² = (10·0.0625² + 100·0.0375² + 50·0.0625²)/160 = (0.0390625 + 0.140625 + 0.1953125)/160 =
    // 0.00234375
    // b̄ = 160/3; m/b̄ = 0.004921875 > s² → φ = 0: every district gets m
    double[] eb =
        EmpiricalBayes.global(
            new double[] {2, 30, 10}, new double[] {10, 100, 50}, new boolean[] {true, true, true});
    assertThat(eb).containsExactly(0.2625, 0.2625, 0.2625);
  }

  @Test
  void keepsLargeDistrictsNearTheirOwnRateWhenRatesReallyDiffer() {
    // events {10, 500}, at risk {100, 1000}: m = 510/1100; rates 0.1 and 0.5
    double m = 510.0 / 1100;
    double s2 = (100 * (0.1 - m) * (0.1 - m) + 1000 * (0.5 - m) * (0.5 - m)) / 1100;
    double phi = s2 - m / 550;
    double w0 = phi / (phi + m / 100);
    double[] eb =
        EmpiricalBayes.global(
            new double[] {10, 500}, new double[] {100, 1000}, new boolean[] {true, true});
    assertThat(eb[0]).isCloseTo(w0 * 0.1 + (1 - w0) * m, within(1e-15));
    assertThat(eb[0]).isBetween(0.1, m);
  }

  @Test
  void equalsSpdepEBest() throws Exception {
    RReference.assumeInstalled("spdep");
    SplittableRandom rnd = new SplittableRandom(3);
    int n = 120;
    double[] at = new double[n];
    double[] events = new double[n];
    for (int i = 0; i < n; i++) {
      at[i] = 20 + rnd.nextInt(2000);
      double p = 0.05 + 0.25 * rnd.nextDouble();
      events[i] = Math.floor(at[i] * p);
    }
    boolean[] all = new boolean[n];
    Arrays.fill(all, true);
    double[] r =
        RReference.doubles(
            RReference.run(
                "suppressMessages(library(spdep)); e <- EBest("
                    + RReference.vector(events)
                    + ", "
                    + RReference.vector(at)
                    + "); cat(sprintf('%.17g', e$estmm), sep = '\\n')"));
    double[] ours = EmpiricalBayes.global(events, at, all);
    for (int i = 0; i < n; i++) {
      assertThat(ours[i]).as("district %d", i).isCloseTo(r[i], within(1e-12));
    }
  }

  @Test
  void localEstimateUsesTheNeighbourhoodWithItselfByHand() {
    // a chain 0 – 1 – 2; events {1, 4, 9}, at risk {10, 20, 30}; rates 0.1, 0.2, 0.3
    // m0 = 5/30, m1 = 14/60, m2 = 13/50 (neighbourhoods {0,1}, {0,1,2}, {1,2})
    double m0 = 5 / 30.0;
    double m1 = 14 / 60.0;
    double m2 = 13 / 50.0;
    // district 1: C = 10(0.1 − m0)² + 20(0.2 − m1)² + 30(0.3 − m2)², b = 60, b̄ = 20
    double c1 =
        10 * (0.1 - m0) * (0.1 - m0) + 20 * (0.2 - m1) * (0.2 - m1) + 30 * (0.3 - m2) * (0.3 - m2);
    double a1 = Math.max(0, c1 / 60 - m1 / 20);
    double expected1 = a1 == 0 ? m1 : m1 + (0.2 - m1) * a1 / (a1 + m1 / 20);
    double[] eb =
        EmpiricalBayes.local(
            new double[] {1, 4, 9},
            new double[] {10, 20, 30},
            new boolean[] {true, true, true},
            new int[][] {{1}, {0, 2}, {1}});
    assertThat(eb[1]).isCloseTo(expected1, within(1e-15));
  }

  @Test
  void localEstimateEqualsSpdepEBlocalOnAGrid() throws Exception {
    RReference.assumeInstalled("spdep");
    // a 12 × 10 rook grid as spdep's cell2nb builds it, numbered row by row, with random counts
    int rows = 12;
    int cols = 10;
    int n = rows * cols;
    int[][] nb = new int[n][];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        java.util.List<Integer> l = new java.util.ArrayList<>();
        if (r > 0) {
          l.add((r - 1) * cols + c);
        }
        if (c > 0) {
          l.add(r * cols + c - 1);
        }
        if (c < cols - 1) {
          l.add(r * cols + c + 1);
        }
        if (r < rows - 1) {
          l.add((r + 1) * cols + c);
        }
        nb[r * cols + c] = l.stream().mapToInt(Integer::intValue).toArray();
      }
    }
    SplittableRandom rnd = new SplittableRandom(11);
    double[] at = new double[n];
    double[] events = new double[n];
    for (int i = 0; i < n; i++) {
      at[i] = 30 + rnd.nextInt(900);
      events[i] = Math.floor(at[i] * (0.05 + 0.3 * rnd.nextDouble()));
    }
    boolean[] all = new boolean[n];
    Arrays.fill(all, true);
    double[] r =
        RReference.doubles(
            RReference.run(
                "suppressMessages(library(spdep)); nb <- cell2nb("
                    + rows
                    + ", "
                    + cols
                    + ", type = 'rook'); e <- EBlocal("
                    + RReference.vector(events)
                    + ", "
                    + RReference.vector(at)
                    + ", nb); cat(sprintf('%.17g', e$est), sep = '\\n')"));
    double[] ours = EmpiricalBayes.local(events, at, all, nb);
    for (int i = 0; i < n; i++) {
      assertThat(ours[i]).as("cell %d", i).isCloseTo(r[i], within(1e-12));
    }
  }
}
