package de.sozialraum.monitor.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ColumnTextTest {

  @Test
  void aFamilysTextTakesItsMembersValuesLiterally() {
    assertThat(ColumnText.of("numerator", "kinderarmut", "nef_u15"))
        .isEqualTo("Zähler von kinderarmut: nef_u15 (Anzahl)");
    // a placeholder used twice is filled twice
    assertThat(ColumnText.of("pca.ntile", 5))
        .isEqualTo("Rangbasiertes 5-Tile im Jahr (5 = am stärksten depriviert)");
    // apostrophes stay as written (MessageFormat would drop them)
    assertThat(ColumnText.of("lisa_i", "x")).isEqualTo("Lokales Moran's I (LISA) von x");
  }

  @Test
  void aColumnWithoutItsTextIsRefused() {
    assertThat(ColumnText.has("no_such_column")).isFalse();
    assertThatThrownBy(() -> ColumnText.of("no_such_column"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("columns.properties has no text 'no_such_column'");
  }
}
