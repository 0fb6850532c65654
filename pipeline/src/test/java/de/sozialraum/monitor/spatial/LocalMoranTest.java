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

class LocalMoranTest {

  private static SpatialWeights chain(int n) {
    List<TreeSet<Integer>> adj = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      adj.add(new TreeSet<>());
      if (i > 0) {
        adj.get(i).add(i - 1);
      }
      if (i < n - 1) {
        adj.get(i).add(i + 1);
      }
    }
    return new SpatialWeights(NeighbourList.of(adj), SpatialWeights.Style.W);
  }

  @Test
  void localIOnAChainByHand() {
    // x = {1, 2, 3, 4}: z = {−1.5, −0.5, 0.5, 1.5}, m2 = 5/4; row-standardised lags {−0.5, −0.5,
    // 0.5, 0.5}
    // I_0 = (−1.5/1.25)·(−0.5) = 0.6, I_1 = (−0.5/1.25)·(−0.5) = 0.2; E[I_0] = −(2.25·1)/(3·1.25) =
    // −0.6
    LocalMoran.Result r = LocalMoran.of(new double[] {1, 2, 3, 4}, chain(4), 99, 1, 0.05, false);
    assertThat(r.i()[0]).isCloseTo(0.6, within(1e-15));
    assertThat(r.i()[1]).isCloseTo(0.2, within(1e-15));
    assertThat(r.expected()[0]).isCloseTo(-0.6, within(1e-15));
  }

  @Test
  void islandsGetNoStatisticAndTheirOwnClass() {
    List<TreeSet<Integer>> adj =
        List.of(
            new TreeSet<>(List.of(1)),
            new TreeSet<>(List.of(0)),
            new TreeSet<>(),
            new TreeSet<>(List.of(4)),
            new TreeSet<>(List.of(3)));
    LocalMoran.Result r =
        LocalMoran.of(
            new double[] {1, 2, 3, 4, 5},
            new SpatialWeights(NeighbourList.of(adj), SpatialWeights.Style.W),
            99,
            1,
            0.05,
            false);
    assertThat(r.cluster()[2]).isEqualTo(LocalMoran.ISLAND);
    assertThat(r.i()[2]).isNaN();
  }

  @Test
  void aSeededRunIsReproducibleWhateverTheThreads() {
    double[] x = new double[200];
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.sin(i / 7.0) + (i % 5) * 0.1;
    }
    LocalMoran.Result a = LocalMoran.of(x, chain(200), 999, 42, 0.05, false);
    LocalMoran.Result b = LocalMoran.of(x, chain(200), 999, 42, 0.05, false);
    assertThat(a.pseudoP()).containsExactly(b.pseudoP());
  }

  @Test
  void benjaminiHochbergTakesTheLargestPBelowItsRankLine() {
    // sorted {0.001, 0.012, 0.03, 0.2}, m = 4, alpha 0.05: lines 0.0125, 0.025, 0.0375, 0.05 → 0.03
    // is the last below
    assertThat(
            LocalMoran.benjaminiHochberg(
                new java.util.TreeMap<>(java.util.Map.of(0.2, 1L, 0.03, 1L, 0.001, 1L, 0.012, 1L)),
                0.05))
        .isEqualTo(0.03);
  }

  @Test
  void benjaminiHochbergJudgesTiedPValuesByTheirLastRank() {
    // {0.03, 0.03, 0.03}, m = 3, alpha 0.05: at rank 1 the line is 0.0167 and 0.03 misses it, at
    // rank 3 it is 0.05
    // and 0.03 is below: the tie qualifies, as it does in the sorted-array definition (p_(3) = 0.03
    // ≤ 0.05)
    assertThat(
            LocalMoran.benjaminiHochberg(new java.util.TreeMap<>(java.util.Map.of(0.03, 3L)), 0.05))
        .isEqualTo(0.03);
    // {0.004, 0.04, 0.04, 0.9}, m = 4: lines 0.0125, 0.025, 0.0375, 0.05 → 0.04 misses 0.0375 at
    // its last rank 3
    assertThat(
            LocalMoran.benjaminiHochberg(
                new java.util.TreeMap<>(java.util.Map.of(0.004, 1L, 0.04, 2L, 0.9, 1L)), 0.05))
        .isEqualTo(0.004);
    // {0.6}: 0.6 > 0.05, none qualifies
    assertThat(
            LocalMoran.benjaminiHochberg(new java.util.TreeMap<>(java.util.Map.of(0.6, 1L)), 0.05))
        .isZero();
  }

  @Test
  void equalsSpdepLocalmoranAndIsConsistentWithItsPermutationTest(@TempDir Path dir)
      throws Exception {
    RReference.assumeInstalled("sf", "spdep");
    NrwUnemployment nrw = NrwUnemployment.load(dir);
    SpatialWeights w =
        new SpatialWeights(
            Contiguity.queen(nrw.geometries(), Contiguity.DEFAULT_SNAP), SpatialWeights.Style.W);
    int n = nrw.rate().length;
    LocalMoran.Result ours = LocalMoran.of(nrw.rate(), w, 999, 7, 0.05, false);
    double[] r =
        RReference.doubles(
            RReference.run(
                nrw.r()
                    + "lw <- nb2listw(poly2nb(g), style = 'W'); lm <- localmoran(x, lw); "
                    + "set.seed(7); lp <- localmoran_perm(x, lw, nsim = 999); "
                    + "cat(sprintf('%.17g', c(lm[, 1], lm[, 2], lm[, 3], lm[, 4], lm[, 5], lp[, 'Pr(folded) Sim'])), sep = '\\n')"));
    double agree = 0;
    double diff = 0;
    for (int i = 0; i < n; i++) {
      assertThat(ours.i()[i]).as("I_%d", i).isCloseTo(r[i], within(1e-9));
      assertThat(ours.expected()[i]).isCloseTo(r[n + i], within(1e-9));
      assertThat(ours.variance()[i]).isCloseTo(r[2 * n + i], within(1e-9));
      assertThat(ours.z()[i]).isCloseTo(r[3 * n + i], within(1e-9));
      assertThat(ours.p()[i]).isCloseTo(r[4 * n + i], within(1e-9));
      double theirs = r[5 * n + i];
      agree += (ours.pseudoP()[i] <= 0.05) == (theirs <= 0.05) ? 1 : 0;
      diff += Math.abs(ours.pseudoP()[i] - theirs);
    }
    // two independent Monte Carlo estimates of the same p (spdep draws with replacement, we
    // without): close, not equal
    assertThat(agree / n).isGreaterThan(0.93);
    assertThat(diff / n).isLessThan(0.02);
  }

  @Test
  void getisOrdZValuesEqualSpdepLocalG(@TempDir Path dir) throws Exception {
    RReference.assumeInstalled("sf", "spdep");
    NrwUnemployment nrw = NrwUnemployment.load(dir);
    SpatialWeights w =
        new SpatialWeights(
            Contiguity.queen(nrw.geometries(), Contiguity.DEFAULT_SNAP), SpatialWeights.Style.W);
    double[] gi = GetisOrd.gi(nrw.rate(), w);
    double[] giStar = GetisOrd.giStar(nrw.rate(), w);
    int n = gi.length;
    double[] r =
        RReference.doubles(
            RReference.run(
                nrw.r()
                    + "nb <- poly2nb(g); a <- localG(x, nb2listw(nb, style = 'W')); "
                    + "b <- localG(x, nb2listw(include.self(nb), style = 'W')); cat(sprintf('%.17g', c(as.numeric(a), as.numeric(b))), sep = '\\n')"));
    for (int i = 0; i < n; i++) {
      assertThat(gi[i]).as("Gi %d", i).isCloseTo(r[i], within(1e-9));
      assertThat(giStar[i]).as("Gi* %d", i).isCloseTo(r[n + i], within(1e-9));
    }
  }
}
