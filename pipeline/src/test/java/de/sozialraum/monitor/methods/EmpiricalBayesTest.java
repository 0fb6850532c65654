package de.sozialraum.monitor.methods;

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
    // s² = (10·0.0625² + 100·0.0375² + 50·0.0625²)/160 = (0.0390625 + 0.140625 + 0.1953125)/160 = 0.00234375
    // b̄ = 160/3; m/b̄ = 0.004921875 > s² → φ = 0: every district gets m
    double[] eb = EmpiricalBayes.global(new double[] {2, 30, 10}, new double[] {10, 100, 50}, new boolean[] {true, true, true});
    assertThat(eb).containsExactly(0.2625, 0.2625, 0.2625);
  }

  @Test
  void keepsLargeDistrictsNearTheirOwnRateWhenRatesReallyDiffer() {
    // events {10, 500}, at risk {100, 1000}: m = 510/1100; rates 0.1 and 0.5
    double m = 510.0 / 1100;
    double s2 = (100 * (0.1 - m) * (0.1 - m) + 1000 * (0.5 - m) * (0.5 - m)) / 1100;
    double phi = s2 - m / 550;
    double w0 = phi / (phi + m / 100);
    double[] eb = EmpiricalBayes.global(new double[] {10, 500}, new double[] {100, 1000}, new boolean[] {true, true});
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
    double[] r = RReference.doubles(RReference.run("suppressMessages(library(spdep)); e <- EBest(" + RReference.vector(events) + ", "
        + RReference.vector(at) + "); cat(sprintf('%.17g', e$estmm), sep = '\\n')"));
    double[] ours = EmpiricalBayes.global(events, at, all);
    for (int i = 0; i < n; i++) {
      assertThat(ours[i]).as("district %d", i).isCloseTo(r[i], within(1e-12));
    }
  }
}
