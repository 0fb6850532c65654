package de.sozialraum.geodata.neighbours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpatialWeightsTest {

  @Test
  void constantsOfAnAsymmetricListCountAOneWayLinkFromBothSides() {
    // 0 ↔ 1 and 2 → 1 (as k nearest neighbours can be), style W: w01 = w10 = w21 = 1.
    // S0 = 3. S1 = ½ Σ (w_ij + w_ji)² = ½ (2² + 2² + 1² + 1²) = 5.
    // Row sums 1, 1, 1; column sums 1, 2, 0; S2 = (1+1)² + (1+2)² + (1+0)² = 14.
    NeighbourList nb = NeighbourList.of(List.of(Set.of(1), Set.of(0), Set.of(1)));
    assertThat(new SpatialWeights(nb, SpatialWeights.Style.W).constants())
        .isEqualTo(new SpatialWeights.Constants(3, 3, 5, 14));
  }

  @Test
  void binaryAndRowStandardisedWeightsOfAStar() {
    // centre 0 with three leaves: W gives the centre 1/3 per leaf, each leaf 1; B gives 1
    // everywhere
    NeighbourList star =
        NeighbourList.of(List.of(Set.of(1, 2, 3), Set.of(0), Set.of(0), Set.of(0)));
    double[] x = {4, 1, 2, 6};
    assertThat(new SpatialWeights(star, SpatialWeights.Style.W).lag(x)).containsExactly(3, 4, 4, 4);
    assertThat(new SpatialWeights(star, SpatialWeights.Style.B).lag(x)).containsExactly(9, 4, 4, 4);
    // zᵀWz with W: 4·3 + 1·4 + 2·4 + 6·4 = 48
    assertThat(new SpatialWeights(star, SpatialWeights.Style.W).quadraticForm(x)).isEqualTo(48);
  }

  @Test
  void aRestrictedListRenumbersTheMembersAndDropsLinksLeavingThem() {
    NeighbourList chain =
        NeighbourList.of(List.of(Set.of(1), Set.of(0, 2), Set.of(1, 3), Set.of(2)));
    NeighbourList inner = chain.restrictedTo(new int[] {1, 2, 3});
    assertThat(inner.size()).isEqualTo(3);
    assertThat(inner.of(0)).containsExactly(1);
    assertThat(inner.of(1)).containsExactly(0, 2);
    assertThat(inner.of(2)).containsExactly(1);
    NeighbourList apart = chain.restrictedTo(new int[] {0, 2});
    assertThat(apart.islands()).containsExactly(0, 1);
    assertThat(chain.restrictedTo(new int[] {0, 1, 2, 3})).isSameAs(chain);
  }
}
