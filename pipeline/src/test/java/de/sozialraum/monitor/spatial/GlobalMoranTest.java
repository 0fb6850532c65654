package de.sozialraum.monitor.spatial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.sozialraum.geodata.neighbours.Contiguity;
import de.sozialraum.geodata.neighbours.NeighbourList;
import de.sozialraum.geodata.neighbours.SpatialWeights;
import de.sozialraum.monitor.RReference;
import de.sozialraum.monitor.neighbours.NrwUnemployment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobalMoranTest {

  /** Four areas in a row (rook chain 0 – 1 – 2 – 3). */
  private static SpatialWeights chain(SpatialWeights.Style style) {
    List<TreeSet<Integer>> adj = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      adj.add(new TreeSet<>());
      if (i > 0) {
        adj.get(i).add(i - 1);
      }
      if (i < 3) {
        adj.get(i).add(i + 1);
      }
    }
    return new SpatialWeights(NeighbourList.of(adj), style);
  }

  @Test
  void moransIOnAChainByHand() {
    // x = {1, 2, 3, 4}: z = {−1.5, −0.5, 0.5, 1.5}, zᵀz = 5; row-standardised lags {−0.5, −0.5,
    // 0.5, 0.5};
    // zᵀWz = 0.75 + 0.25 + 0.25 + 0.75 = 2; S0 = 4, n = 4 → I = (4/4)·(2/5) = 0.4; E[I] = −1/3
    GlobalMoran.Result r = GlobalMoran.of(new double[] {1, 2, 3, 4}, chain(SpatialWeights.Style.W));
    assertThat(r.randomisation().i()).isCloseTo(0.4, within(1e-15));
    assertThat(r.randomisation().expected()).isCloseTo(-1 / 3.0, within(1e-15));
    // normality: S1 = ½ Σ (w_ij + w_ji)²: pairs (0,1) and (2,3) have 1 + ½, pair (1,2) has ½ + ½,
    // each counted from both
    // sides: S1 = ½ · 2 · (1.5² + 1² + 1.5²) = 5.5; S2 = Σ (row + column)²: columns {0.5, 1.5, 1.5,
    // 0.5} → (1.5² + 2.5²)·2 = 17
    // Var = (16·5.5 − 4·17 + 3·16)/(16·15) − 1/9 = 68/240 − 1/9
    assertThat(r.normality().variance()).isCloseTo(68.0 / 240 - 1 / 9.0, within(1e-15));
  }

  @Test
  void theConstantsMatchTheHandCalculation() {
    SpatialWeights.Constants c = chain(SpatialWeights.Style.W).constants();
    assertThat(c.s0()).isCloseTo(4, within(1e-15));
    assertThat(c.s1()).isCloseTo(5.5, within(1e-15));
    assertThat(c.s2()).isCloseTo(17, within(1e-15));
  }

  @Test
  void aStronglyClusteredPatternHasASmallPermutationPseudoP() {
    double[] x = new double[40];
    for (int i = 0; i < 40; i++) {
      x[i] = i < 20 ? 1 + i * 0.01 : 5 + i * 0.01;
    }
    List<TreeSet<Integer>> adj = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      adj.add(new TreeSet<>());
      if (i > 0) {
        adj.get(i).add(i - 1);
      }
      if (i < 39) {
        adj.get(i).add(i + 1);
      }
    }
    SpatialWeights w = new SpatialWeights(NeighbourList.of(adj), SpatialWeights.Style.W);
    // (M + 1)/(R + 1) with M = 0 of 999 permutations reaching the observed I: 1/1000
    assertThat(GlobalMoran.permutationP(x, w, 999, 1)).isEqualTo(0.001);
  }

  @Test
  void equalsSpdepMoranTestOnNrwMunicipalitiesAndTheirUnemployment(@TempDir Path dir)
      throws Exception {
    RReference.assumeInstalled("sf", "spdep");
    NrwUnemployment nrw = NrwUnemployment.load(dir);
    assertThat(nrw.districts()).hasSizeGreaterThan(390);
    for (SpatialWeights.Style style : SpatialWeights.Style.values()) {
      SpatialWeights w =
          new SpatialWeights(Contiguity.queen(nrw.geometries(), Contiguity.DEFAULT_SNAP), style);
      GlobalMoran.Result ours = GlobalMoran.of(nrw.rate(), w);
      double[] r =
          RReference.doubles(
              RReference.run(
                  nrw.r()
                      + "lw <- nb2listw(poly2nb(g), style = '"
                      + style
                      + "'); "
                      + "for (rnd in c(FALSE, TRUE)) { t <- moran.test(x, lw, randomisation = rnd); t2 <- moran.test(x, lw, randomisation = rnd, "
                      + "alternative = 'two.sided'); cat(sprintf('%.17g', c(t$estimate, t$statistic, t$p.value, t2$p.value)), sep = '\\n') }"));
      assertTestEquals(ours.normality(), r, 0);
      assertTestEquals(ours.randomisation(), r, 6);
    }
  }

  private static void assertTestEquals(GlobalMoran.Test t, double[] r, int at) {
    assertThat(t.i()).isCloseTo(r[at], within(1e-9));
    assertThat(t.expected()).isCloseTo(r[at + 1], within(1e-9));
    assertThat(t.variance()).isCloseTo(r[at + 2], within(1e-9));
    assertThat(t.z()).isCloseTo(r[at + 3], within(1e-9));
    assertThat(t.pGreater()).isCloseTo(r[at + 4], within(1e-9));
    assertThat(t.pTwoSided()).isCloseTo(r[at + 5], within(1e-9));
  }
}
