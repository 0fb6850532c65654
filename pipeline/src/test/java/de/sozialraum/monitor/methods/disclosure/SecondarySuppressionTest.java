package de.sozialraum.monitor.methods.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.monitor.methods.disclosure.CountTable.Cell;
import org.junit.jupiter.api.Test;

class SecondarySuppressionTest {

  private static final int K = 3;

  @Test
  void aSingleWithheldCellIsRecoveredByTheAttackerFromThePublishedTotal() {
    // one municipality {1, 5, 7}: total 13 − 5 − 7 = 1
    CountTable t = new CountTable(new long[] {1, 5, 7}, new int[] {0, 0, 0}, 1, K);
    assertThat(t.cell(0)).isEqualTo(Cell.PRIMARY);
    assertThat(IntervalAttack.on(t, K).firstDisclosed(t)).isZero();
  }

  @Test
  void theSmallestPublishedCellIsWithheldAsWellAndNothingIsPinnedAfterwards() {
    // {1, 5, 7}: with 5 withheld the attacker knows x0 + x1 = 6, x0 ∈ [1, 2], x1 ≥ 3 → x0 ∈ [1, 2], x1 ∈ [4, 5]
    CountTable t = new CountTable(new long[] {1, 5, 7}, new int[] {0, 0, 0}, 1, K);
    SecondarySuppression.protect(t, K);
    assertThat(new Cell[] {t.cell(0), t.cell(1), t.cell(2)}).containsExactly(Cell.PRIMARY, Cell.SECONDARY, Cell.PUBLISHED);
    assertThat(IntervalAttack.on(t, K).firstDisclosed(t)).isEqualTo(-1);
  }

  @Test
  void aPartnerThatLeavesTheSumDecidableIsNotEnough() {
    // {1, 3, 9}: withholding 3 leaves x0 + x1 = 4 with x1 ≥ 3 → x0 ≤ 1 → x0 = 1 pinned; 9 must go too:
    // x0 + x1 + x2 = 13, x1, x2 ≥ 3 → x0 ∈ [1, 2]
    CountTable t = new CountTable(new long[] {1, 3, 9}, new int[] {0, 0, 0}, 1, K);
    SecondarySuppression.protect(t, K);
    assertThat(new Cell[] {t.cell(0), t.cell(1), t.cell(2)}).containsExactly(Cell.PRIMARY, Cell.SECONDARY, Cell.SECONDARY);
    assertThat(IntervalAttack.on(t, K).firstDisclosed(t)).isEqualTo(-1);
  }

  @Test
  void zerosAreNeverChosenBecauseAWithheldZeroWouldPinItsPartner() {
    // {2, 0, 4}: withholding the 0 would give x0 + x1 = 2 with x0 ≥ 1 … the partner must be the 4
    CountTable t = new CountTable(new long[] {2, 0, 4}, new int[] {0, 0, 0}, 1, K);
    SecondarySuppression.protect(t, K);
    assertThat(t.cell(1)).isEqualTo(Cell.PUBLISHED);
    assertThat(t.cell(2)).isEqualTo(Cell.SECONDARY);
  }

  @Test
  void aMunicipalityWithOneDistrictHidesItsTotalAndTheCountyNeedsASecondMunicipality() {
    // m0 = {2}, m1 = {4, 6}; county 12. m0's total equals its cell, so it is withheld; then county − m1 = m0 would
    // give it back, so m1's total and its smallest cell go too: T0 + T1 = 12, T1 = x1 + 6, x1 ≥ 3 → x0 ∈ [1, 2]
    CountTable t = new CountTable(new long[] {2, 4, 6}, new int[] {0, 1, 1}, 2, K);
    SecondarySuppression.protect(t, K);
    assertThat(t.totalWithheld(0)).isTrue();
    assertThat(t.totalWithheld(1)).isTrue();
    assertThat(t.cell(1)).isEqualTo(Cell.SECONDARY);
    assertThat(t.countyWithheld()).isFalse();
    assertThat(IntervalAttack.on(t, K).firstDisclosed(t)).isEqualTo(-1);
  }

  @Test
  void theAttackerSubtractsAcrossLevelsFromPublishedFigures() {
    // published: m0 total withheld, m1 total 10 and its cells 4, 6; county 12 → m0 = 2 → its only cell = 2
    CountTable t = CountTable.published(new long[] {0, 4, 6}, new int[] {0, 1, 1}, new Cell[] {Cell.PRIMARY, Cell.PUBLISHED, Cell.PUBLISHED},
        new long[] {0, 10}, new boolean[] {true, false}, 12, false);
    assertThat(IntervalAttack.on(t, K).firstDisclosed(t)).isZero();
  }
}
