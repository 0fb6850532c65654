package de.sozialraum.monitor.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.monitor.disclosure.CountSystem.State;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecondarySuppressionTest {

  private static final int K = 3;

  private static HierarchyCounts oneCategory(
      long[] values, int[] municipality, int municipalities) {
    return new HierarchyCounts(
        new long[][] {values}, null, municipality, municipalities, List.of(), K, 0, null);
  }

  private static HierarchyCounts protect(HierarchyCounts h) {
    SecondarySuppression.protect(h.system(), K);
    assertThat(h.firstDisclosed(K)).isNull();
    return h;
  }

  @Test
  void aSingleWithheldCellIsRecoveredByTheAttackerFromThePublishedTotal() {
    // one municipality {1, 5, 7}: total 13 − 5 − 7 = 1
    HierarchyCounts h = oneCategory(new long[] {1, 5, 7}, new int[] {0, 0, 0}, 1);
    assertThat(h.state(0, 0)).isEqualTo(State.PRIMARY);
    assertThat(h.firstDisclosed(K)).containsExactly(0, 0);
  }

  @Test
  void theSmallestPublishedCellIsWithheldAsWellAndNothingIsPinnedAfterwards() {
    // {1, 5, 7}: with 5 withheld the attacker knows x0 + x1 = 6, x0 ∈ [1, 2], x1 ≥ 3 → x0 ∈ [1, 2],
    // x1 ∈ [4, 5]
    HierarchyCounts h = protect(oneCategory(new long[] {1, 5, 7}, new int[] {0, 0, 0}, 1));
    assertThat(List.of(h.state(0, 0), h.state(0, 1), h.state(0, 2)))
        .containsExactly(State.PRIMARY, State.SECONDARY, State.PUBLISHED);
  }

  @Test
  void aPartnerThatLeavesTheSumDecidableIsNotEnough() {
    // {1, 3, 9}: withholding 3 leaves x0 + x1 = 4 with x1 ≥ 3 → x0 ≤ 1 → x0 = 1 pinned; 9 must go
    // too:
    // x0 + x1 + x2 = 13, x1, x2 ≥ 3 → x0 ∈ [1, 2]
    HierarchyCounts h = protect(oneCategory(new long[] {1, 3, 9}, new int[] {0, 0, 0}, 1));
    assertThat(List.of(h.state(0, 0), h.state(0, 1), h.state(0, 2)))
        .containsExactly(State.PRIMARY, State.SECONDARY, State.SECONDARY);
  }

  @Test
  void zerosAreNeverChosenBecauseAWithheldZeroWouldPinItsPartner() {
    // {2, 0, 4}: withholding the 0 would give x0 + x1 = 2 with x0 ≥ 1 … the partner must be the 4
    HierarchyCounts h = protect(oneCategory(new long[] {2, 0, 4}, new int[] {0, 0, 0}, 1));
    assertThat(h.state(0, 1)).isEqualTo(State.PUBLISHED);
    assertThat(h.state(0, 2)).isEqualTo(State.SECONDARY);
  }

  @Test
  void aMunicipalityWithOneDistrictHidesItsTotalAndTheCountyNeedsASecondMunicipality() {
    // m0 = {2}, m1 = {4, 6}; county 12. m0's total equals its cell, so it is withheld; then county
    // − m1 = m0 would
    // give it back, so m1's total goes, and since m1's total is its cells' sum, its smallest cell
    // too:
    // T0 + T1 = 12, T1 = x1 + 6, x1 ≥ 3 → x0 ∈ [1, 2]
    HierarchyCounts h = protect(oneCategory(new long[] {2, 4, 6}, new int[] {0, 1, 1}, 2));
    assertThat(h.totalWithheld(0, 0)).isTrue();
    assertThat(h.totalWithheld(0, 1)).isTrue();
    assertThat(h.state(0, 1)).isEqualTo(State.SECONDARY);
    assertThat(h.countyWithheld(0)).isFalse();
  }

  @Test
  void theAttackerSubtractsAcrossLevelsFromPublishedFigures() {
    // published: m0's total withheld, m1's total 10 and its cells 4, 6; county 12 → m0 = 2 → its
    // only cell = 2
    HierarchyCounts h =
        HierarchyCounts.published(
            new long[][] {{0, 4, 6}},
            new State[][] {{State.PRIMARY, State.PUBLISHED, State.PUBLISHED}},
            new long[1][3],
            new Long[][] {{null, 10L}},
            new Long[] {12L},
            new int[] {0, 1, 1},
            List.of());
    assertThat(h.firstDisclosed(K)).containsExactly(0, 0);
  }

  @Test
  void categoriesThatAddUpAreAnotherEquationToSubtractAlong() {
    // unemployed (category 0) = under 25 (1) + 25 and older (2), two districts in one municipality.
    // District 0: 9 = 2 + 7. The under-25 cell 2 is withheld; with 9 and 7 published, 9 − 7 = 2
    // gives it back
    // even though the municipality's under-25 total is protected by a second withheld under-25
    // cell.
    long[][] v = {{9, 20}, {2, 5}, {7, 15}};
    HierarchyCounts h =
        new HierarchyCounts(
            v, null, new int[] {0, 0}, 1, List.<int[]>of(new int[] {0, 1, 2}), K, 0, null);
    assertThat(h.firstDisclosed(K)).isNotNull();
    protect(h);
    // the cheapest protection within district 0's category equation: the 7 (25 and older) goes too
    assertThat(h.state(2, 0)).isEqualTo(State.SECONDARY);
  }

  @Test
  void withKOfTwoTheFlagAloneSaysOneAndThatIsNotCountedAsSubtraction() {
    HierarchyCounts h =
        new HierarchyCounts(
            new long[][] {{1, 5, 7}}, null, new int[] {0, 0, 0}, 1, List.of(), 2, 0, null);
    SecondarySuppression.protect(h.system(), 2);
    assertThat(h.state(0, 1)).isEqualTo(State.PUBLISHED);
  }

  @Test
  void aTotalOfTwoSplitIntoTwoWithheldOnesIsPinnedByTheRulesAndLeftWithoutChasingPartners() {
    // district 0: 2 = 1 + 1, all three withheld (primary, 1 … 2). Total ≥ 1 + 1 = 2 and ≤ 2, so it
    // is 2, and each
    // part is 2 − 1 = 1, whatever else is published: no partner can help. The other districts (10 =
    // 4 + 6,
    // 12 = 5 + 7) stay published, and the three pins are reported.
    long[][] v = {{2, 10, 12}, {1, 4, 5}, {1, 6, 7}};
    HierarchyCounts h =
        new HierarchyCounts(
            v, null, new int[] {0, 0, 0}, 1, List.<int[]>of(new int[] {0, 1, 2}), K, 0, null);
    assertThat(SecondarySuppression.protect(h.system(), K)).isEqualTo(3);
    for (int c = 0; c < 3; c++) {
      assertThat(h.state(c, 0)).isEqualTo(State.PRIMARY);
      assertThat(List.of(h.state(c, 1), h.state(c, 2))).containsOnly(State.PUBLISHED);
    }
  }

  @Test
  void pinsInDifferentDistrictsGetTheirOwnPartnersInTheSameRound() {
    // unemployed (0) = under 25 (1) + 25 and older (2); districts (9 = 2 + 7), (20 = 1 + 19), (30 =
    // 10 + 20), one
    // municipality. The under-25 cells 2 and 1 are withheld; each is pinned by its own district's
    // equation (9 − 7,
    // 20 − 19), so each district gives up its smallest published cell, 7 and 19, in one round.
    // Afterwards:
    // u0 + u1 = 13 − 10 = 3, o0 + o1 = 46 − 20 = 26, u0 + o0 = 9 → o0 = 9 − u0 ∈ [7, 8], u0 ∈ [1,
    // 2]: one degree of
    // freedom is left, nothing is pinned.
    long[][] v = {{9, 20, 30}, {2, 1, 10}, {7, 19, 20}};
    HierarchyCounts h =
        protect(
            new HierarchyCounts(
                v, null, new int[] {0, 0, 0}, 1, List.<int[]>of(new int[] {0, 1, 2}), K, 0, null));
    assertThat(List.of(h.state(2, 0), h.state(2, 1), h.state(2, 2)))
        .containsExactly(State.SECONDARY, State.SECONDARY, State.PUBLISHED);
    assertThat(List.of(h.state(0, 0), h.state(0, 1), h.state(0, 2))).containsOnly(State.PUBLISHED);
    assertThat(h.totalWithheld(2, 0)).isFalse();
  }

  @Test
  void everyCountOverASmallDenominatorIsWithheldAndProtectedLikeAPrimaryOne() {
    // "0 of 2 examined" says both had no finding: with a minimum denominator of 10 the 0 over 2 is
    // withheld, so is
    // the 5 over 8; the 4 over 40 is published. Over its published denominator the attacker knows
    // the 0 lies in
    // 0 … 2; with the municipality's total 9 and the 4 published, 9 − 4 = 5 = cell 0 + cell 1 pins
    // neither
    // (0 … 2 and 3 … 5), so nothing more is withheld.
    long[][] v = {{0, 5, 4}};
    double[][] base = {{2, 8, 40}};
    HierarchyCounts h =
        new HierarchyCounts(v, base, new int[] {0, 0, 0}, 1, List.of(), K, 10, null);
    assertThat(List.of(h.state(0, 0), h.state(0, 1), h.state(0, 2)))
        .containsExactly(State.SMALL_BASE, State.SMALL_BASE, State.PUBLISHED);
    protect(h);
    assertThat(h.state(0, 2)).isEqualTo(State.PUBLISHED);
    assertThat(h.totalWithheld(0, 0)).as("the total's denominator 50 is not small").isFalse();
  }

  @Test
  void aSmallDenominatorCellThatSubtractionWouldPinGetsAPartner() {
    // 0 over 2 withheld; the total 7 with 3 and 4 published gives 7 − 3 − 4 = 0. Withholding the 3
    // (the smallest
    // published non-zero cell) is not enough: 0 … 2 plus at least 3 make 3, which pins both again;
    // with the 4
    // withheld too the cells lie in 0 … 1, 3 … 4 and 3 … 4, and nothing is pinned.
    HierarchyCounts h =
        new HierarchyCounts(
            new long[][] {{0, 3, 4}},
            new double[][] {{2, 30, 40}},
            new int[] {0, 0, 0},
            1,
            List.of(),
            K,
            10,
            null);
    assertThat(h.firstDisclosed(K)).containsExactly(0, 0);
    protect(h);
    assertThat(List.of(h.state(0, 1), h.state(0, 2)))
        .containsExactly(State.SECONDARY, State.SECONDARY);
  }

  @Test
  void aMunicipalityWhoseSummedDenominatorIsSmallHasItsTotalWithheld() {
    // two districts with 3 and 4 examined children: each cell and the town's total (over 7) are
    // withheld; the
    // county total over 7 + 50 is published
    HierarchyCounts h =
        new HierarchyCounts(
            new long[][] {{1, 0, 20}},
            new double[][] {{3, 4, 50}},
            new int[] {0, 0, 1},
            2,
            List.of(),
            K,
            10,
            null);
    assertThat(h.totalWithheld(0, 0)).isTrue();
    assertThat(h.totalWithheld(0, 1)).isFalse();
    assertThat(h.countyWithheld(0)).isFalse();
  }

  @Test
  void withoutTheRuleZeroOverTwoIsPublished() {
    HierarchyCounts h =
        new HierarchyCounts(
            new long[][] {{0, 5, 4}},
            new double[][] {{2, 8, 40}},
            new int[] {0, 0, 0},
            1,
            List.of(),
            K,
            0,
            null);
    protect(h);
    assertThat(List.of(h.state(0, 0), h.state(0, 1), h.state(0, 2))).containsOnly(State.PUBLISHED);
  }

  @Test
  void aCountHoldingPartOfASmallZoneCountIsWithheldWhateverItIs() {
    // 4.6 transitions moved from a school district whose own count was 2: withheld (bounded by its
    // denominator 30,
    // as a small-base count is), while the 12 and 9 of the other districts stay published; the
    // town's total 25
    // then pins it (25 − 12 − 9 = 4), so a partner goes too
    boolean[][] forced = {{true, false, false}};
    HierarchyCounts h =
        new HierarchyCounts(
            new long[][] {{4, 12, 9}},
            new double[][] {{30, 40, 35}},
            new int[] {0, 0, 0},
            1,
            List.of(),
            K,
            10,
            forced);
    assertThat(h.state(0, 0)).isEqualTo(State.SMALL_BASE);
    protect(h);
    assertThat(List.of(h.state(0, 1), h.state(0, 2))).contains(State.SECONDARY);
  }
}
