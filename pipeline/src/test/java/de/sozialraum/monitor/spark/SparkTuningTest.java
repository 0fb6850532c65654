package de.sozialraum.monitor.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkTuningTest {

  private static final long MB = 1L << 20;
  private static final long GB6 = 6_026L * MB;

  @Test
  void aCountysFewMegabytesKeepTwoPartitionsPerCore() {
    assertThat(SparkTuning.forInput(400_000, 2, GB6).shufflePartitions()).isEqualTo(4);
    assertThat(SparkTuning.forInput(0, 8, GB6).shufflePartitions()).isEqualTo(16);
    assertThat(SparkTuning.forInput(5 * MB, 0, GB6).shufflePartitions())
        .as("at least one core is assumed")
        .isEqualTo(2);
  }

  @Test
  void largeInputsGetOnePartitionPer32Megabytes() {
    // 1,000 MB / 32 MB = 31.25, rounded up to 32
    assertThat(SparkTuning.forInput(1_000 * MB, 2, GB6).shufflePartitions()).isEqualTo(32);
    assertThat(SparkTuning.forInput(64 * MB, 2, GB6).shufflePartitions()).isEqualTo(4);
    assertThat(SparkTuning.forInput(64 * MB + 1, 1, GB6).shufflePartitions()).isEqualTo(3);
  }

  @Test
  void neverMoreThanTwoThousand() {
    assertThat(SparkTuning.forInput(1L << 40, 64, GB6).shufflePartitions()).isEqualTo(2_000);
  }

  @Test
  void codeIsGeneratedFromEightMegabytesOfInputOn() {
    assertThat(SparkTuning.forInput(400_000, 2, GB6).generatedCode())
        .as("the sample's size")
        .isFalse();
    assertThat(SparkTuning.forInput(8 * MB - 1, 2, GB6).generatedCode()).isFalse();
    assertThat(SparkTuning.forInput(8 * MB, 2, GB6).generatedCode()).isTrue();
    assertThat(SparkTuning.forInput(62 * MB, 2, GB6).generatedCode())
        .as("a grid of 100,000 cells")
        .isTrue();
  }

  @Test
  void theInputIsTheSumOfTheFilesSizes(@TempDir Path dir) throws Exception {
    Path a = Files.write(dir.resolve("a.csv"), new byte[5 * 1024 * 1024]);
    Path b = Files.write(dir.resolve("b.csv"), new byte[4 * 1024 * 1024]);
    assertThat(SparkTuning.forInputs(List.of(a)).generatedCode()).isFalse();
    assertThat(SparkTuning.forInputs(List.of(a, b)).generatedCode()).as("9 MB together").isTrue();
  }

  @Test
  void givenPartitionsKeepTheChoiceOfCode() {
    assertThat(SparkTuning.forInput(0, 2, GB6).withShufflePartitions(7))
        .isEqualTo(new SparkTuning(7, false, 0.6));
    assertThat(SparkTuning.withDefaults(4)).isEqualTo(new SparkTuning(4, true, 0.6));
  }

  @Test
  void sparkKeepsItsDefaultMemoryShareWhileThePipelinesShareIsSmall() {
    assertThat(SparkTuning.forInput(400_000, 2, GB6).memoryFraction())
        .as("the sample")
        .isEqualTo(0.6);
    // the 100,000-cell grid: (3 + 5 × 2) × 65 MB = 845 MB of 6,026 MB, 1 − 0.14 = 0.86, capped at
    // Spark's 0.6
    assertThat(SparkTuning.forInput(65 * MB, 2, GB6).memoryFraction()).isEqualTo(0.6);
  }

  @Test
  void largeInputsLeaveThePipelineItsShareOfTheHeap() {
    // a million cells: 13 × 620 MB = 8,060 MB of 11,968 MB, so Spark keeps 1 − 8,060 / 11,968 =
    // 0.3265
    assertThat(SparkTuning.forInput(620 * MB, 2, 11_968 * MB).memoryFraction())
        .isCloseTo(0.3265, org.assertj.core.data.Offset.offset(1e-4));
    // 300,000 cells: 13 × 195 MB = 2,535 MB of 6,026 MB, 1 − 0.4207 = 0.5793
    assertThat(SparkTuning.forInput(195 * MB, 2, GB6).memoryFraction())
        .isCloseTo(0.5793, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(SparkTuning.forInput(4_000 * MB, 2, GB6).memoryFraction())
        .as("never below a quarter")
        .isEqualTo(0.25);
  }
}
