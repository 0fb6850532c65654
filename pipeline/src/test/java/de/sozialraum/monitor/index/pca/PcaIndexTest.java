package de.sozialraum.monitor.index.pca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.sozialraum.monitor.RReference;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PcaIndexTest {

  @Test
  void perfectlyCorrelatedIndicatorsLoadEquallyAndExplainAllVariance() {
    // b = 2a: the correlation matrix is all ones, first eigenvector (1, 1)/√2 with eigenvalue 2 of
    // trace 2
    double[][] x = {{1, 2, 3}, {2, 4, 6}};
    PcaIndex.Model m =
        PcaIndex.fit(
            x, new int[] {1, 1}, new boolean[] {true, true, true}, new int[] {0, 0}, new int[] {0});
    assertThat(m.loadings()[0][0]).isCloseTo(Math.sqrt(0.5), within(1e-12));
    assertThat(m.loadings()[0][1]).isCloseTo(Math.sqrt(0.5), within(1e-12));
    assertThat(m.explained()[0]).isCloseTo(1, within(1e-12));
  }

  @Test
  void theAnchorIndicatorFixesTheSignAndHigherIsBetterIndicatorsLoadAgainstIt() {
    double[][] x = {{1, 2, 3}, {2, 4, 6}};
    // b declared "higher is better": aligned it is −2a, so it loads negatively against the anchor a
    PcaIndex.Model m =
        PcaIndex.fit(
            x,
            new int[] {1, -1},
            new boolean[] {true, true, true},
            new int[] {0, 0},
            new int[] {0});
    assertThat(m.loadings()[0][0]).isCloseTo(Math.sqrt(0.5), within(1e-12));
    assertThat(m.loadings()[0][1]).isCloseTo(-Math.sqrt(0.5), within(1e-12));
    // anchored on b instead, b loads positively
    PcaIndex.Model onB =
        PcaIndex.fit(
            x,
            new int[] {1, -1},
            new boolean[] {true, true, true},
            new int[] {0, 0},
            new int[] {1});
    assertThat(onB.loadings()[0][1]).isCloseTo(Math.sqrt(0.5), within(1e-12));
  }

  @Test
  void yearlyScalingMinMaxesDomainsThenTheirSum() {
    // d0 {0, 1, 2} → {0, .5, 1}; d1 {2, 2, 0} → {1, 1, 0}; sums {1, 1.5, 1} → {0, 1, 0}
    PcaIndex.Result r =
        PcaIndex.scaleYear(new double[][] {{0, 1, 2}, {2, 2, 0}}, new boolean[] {true, true, true});
    assertThat(r.score()).containsExactly(0, 1, 0);
  }

  @Test
  void loadingsAndExplainedVarianceEqualRPrcompOnCorrelatedIndicators() throws Exception {
    RReference.assumeInstalled();
    SplittableRandom rnd = new SplittableRandom(42);
    int n = 300;
    double[][] x = new double[3][n];
    for (int i = 0; i < n; i++) {
      double latent = rnd.nextGaussian();
      x[0][i] = 20 + 5 * latent + 2 * rnd.nextGaussian();
      x[1][i] = 8 + 1.5 * latent + rnd.nextGaussian();
      x[2][i] = 50 - 4 * latent + 3 * rnd.nextGaussian();
    }
    boolean[] all = new boolean[n];
    Arrays.fill(all, true);
    PcaIndex.Model m =
        PcaIndex.fit(x, new int[] {1, 1, 1}, all, new int[] {0, 0, 0}, new int[] {0});
    // prcomp scales with the sample SD; eigenvectors of the correlation matrix do not depend on
    // that choice
    double[] r =
        RReference.doubles(
            RReference.run(
                "x <- cbind("
                    + RReference.vector(x[0])
                    + ", "
                    + RReference.vector(x[1])
                    + ", "
                    + RReference.vector(x[2])
                    + "); p <- prcomp(x, scale. = TRUE); v <- p$rotation[, 1] * sign(p$rotation[1, 1]); "
                    + "cat(sprintf('%.17g', c(v, p$sdev[1]^2 / sum(p$sdev^2))), sep = '\\n')"));
    for (int j = 0; j < 3; j++) {
      assertThat(m.loadings()[0][j]).isCloseTo(r[j], within(1e-9));
    }
    assertThat(m.explained()[0]).isCloseTo(r[3], within(1e-9));
  }
}
