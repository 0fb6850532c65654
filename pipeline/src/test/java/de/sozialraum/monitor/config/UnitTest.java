package de.sozialraum.monitor.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitTest {

  @Test
  void theConfigurationsSpellingGivesTheScaleOfTheRate() {
    // 7 of 200 children: 3.5 % or 35 ‰
    assertThat(Unit.PER_MILLE.key()).isEqualTo("per_mille");
    assertThat(7.0 * Unit.PERCENT.scale() / 200).isEqualTo(3.5);
    assertThat(7.0 * Unit.PER_MILLE.scale() / 200).isEqualTo(35.0);
  }

  @Test
  void valuesChangesAndCaptionsAreWrittenOneWayEverywhere() {
    assertThat(Unit.PER_MILLE.symbol()).isEqualTo("‰");
    assertThat(Unit.PERCENT.changeSymbol()).isEqualTo("Prozentpunkte");
    assertThat(Unit.caption(List.of(Unit.PERCENT, Unit.PERCENT))).isEqualTo("Anteile in %");
    assertThat(Unit.caption(List.of(Unit.PER_MILLE, Unit.PERCENT)))
        .isEqualTo("Anteile in % bzw. ‰");
  }
}
