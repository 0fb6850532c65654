package de.sozialraum.monitor.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShufflePartitionsTest {

  private static final long MB = 1L << 20;

  @Test
  void aCountysFewMegabytesKeepTwoPartitionsPerCore() {
    assertThat(ShufflePartitions.forInput(400_000, 2)).isEqualTo(4);
    assertThat(ShufflePartitions.forInput(0, 8)).isEqualTo(16);
    assertThat(ShufflePartitions.forInput(5 * MB, 0)).as("at least one core is assumed").isEqualTo(2);
  }

  @Test
  void largeInputsGetOnePartitionPer32Megabytes() {
    // 1,000 MB / 32 MB = 31.25, rounded up to 32
    assertThat(ShufflePartitions.forInput(1_000 * MB, 2)).isEqualTo(32);
    assertThat(ShufflePartitions.forInput(64 * MB, 2)).isEqualTo(4);
    assertThat(ShufflePartitions.forInput(64 * MB + 1, 1)).isEqualTo(3);
  }

  @Test
  void neverMoreThanTwoThousand() {
    assertThat(ShufflePartitions.forInput(1L << 40, 64)).isEqualTo(2_000);
  }
}
