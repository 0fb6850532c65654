package de.sozialraum.monitor.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetStatusTest {

  // Leitbild: child poverty from 30 % (2020) down to 20 % by 2030: the path expects 25 % in 2025
  @Test
  void comparesTheValueWithTheStraightPathFromBaselineToTarget() {
    assertThat(TargetStatus.expected(2020, 30, 2030, 20, 2025)).isEqualTo(25.0);
    assertThat(TargetStatus.status(2020, 30, 2030, 20, 2025, 24.9, 1))
        .isEqualTo(TargetStatus.ON_TRACK);
    assertThat(TargetStatus.status(2020, 30, 2030, 20, 2025, 25.0, 1))
        .isEqualTo(TargetStatus.ON_TRACK);
    assertThat(TargetStatus.status(2020, 30, 2030, 20, 2025, 26.0, 1))
        .isEqualTo(TargetStatus.OFF_TRACK);
    assertThat(TargetStatus.status(2020, 30, 2030, 20, 2025, 19.5, 1))
        .isEqualTo(TargetStatus.REACHED);
  }

  @Test
  void aRisingTargetIsReachedFromBelow() {
    // a "higher is better" rate (e.g. Kita attendance) from 80 to 95
    assertThat(TargetStatus.status(2020, 80, 2025, 95, 2023, 89.0, -1))
        .isEqualTo(TargetStatus.ON_TRACK);
    assertThat(TargetStatus.status(2020, 80, 2025, 95, 2023, 88.0, -1))
        .isEqualTo(TargetStatus.OFF_TRACK);
    assertThat(TargetStatus.status(2020, 80, 2025, 95, 2026, 94.0, -1))
        .isEqualTo(TargetStatus.OFF_TRACK);
  }

  @Test
  void holdingTheBaselineMeansNoWorseThanNow() {
    assertThat(TargetStatus.status(2020, 10, 2025, 10, 2022, 9.0, 1))
        .isEqualTo(TargetStatus.REACHED);
    assertThat(TargetStatus.status(2020, 10, 2025, 10, 2022, 11.0, 1))
        .isEqualTo(TargetStatus.OFF_TRACK);
    assertThat(TargetStatus.status(2020, 10, 2025, 10, 2019, 11.0, 1)).isNull();
  }
}
