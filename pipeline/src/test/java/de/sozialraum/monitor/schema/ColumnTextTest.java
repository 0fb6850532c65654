package de.sozialraum.monitor.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ColumnTextTest {

  @Test
  void aFamilysTextTakesItsMembersValuesLiterally() {
    assertThat(ColumnText.of("numerator", "kinderarmut", "nef_u15"))
        .isEqualTo("Zähler von kinderarmut: nef_u15 (Anzahl)");
    // the text of pca.ntile names {0} twice: both places take the value
    assertThat(ColumnText.of("pca.ntile", 5))
        .isEqualTo("Rangbasiertes 5-Tile im Jahr (5 = am stärksten depriviert)");
    // apostrophes stay as written (MessageFormat would drop them)
    assertThat(ColumnText.of("lisa_i", "x")).isEqualTo("Lokales Moran's I (LISA) von x");
  }

  @Test
  void aValueThatLooksLikeAPlaceholderStaysAsGiven() {
    // an indicator's label is the user's text and may contain braces
    assertThat(ColumnText.of("numerator", "quote {1}", "n"))
        .isEqualTo("Zähler von quote {1}: n (Anzahl)");
  }

  @Test
  void aColumnWithoutItsTextIsRefused() {
    assertThat(ColumnText.has("no_such_column")).isFalse();
    assertThatThrownBy(() -> ColumnText.of("no_such_column"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("columns.properties has no text 'no_such_column'");
  }
}
