package de.sozialraum.monitor.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.monitor.RepoPaths;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heap and JIT flags scripts/lib/launch gives a run, through the script's own functions: 2 GB
 * plus 16 times the input, no less than a quarter of the RAM and no more than two thirds; the quick
 * compiler alone below 8 MB. Expected figures are worked out in each test.
 */
class LauncherHeapTest {

  @Test
  void aSmallInputGetsAQuarterOfTheRam() throws Exception {
    // 24,064 MB (this machine) / 4 = 6,016; 2,048 + 16 × 0 is less
    assertThat(heapMb(24_064, 0)).isEqualTo(6_016);
  }

  @Test
  void aLargeInputGetsTwoGigabytesPlusSixteenTimesItsSize() throws Exception {
    // the million-cell grid's 620 MB: 2,048 + 16 × 620 = 11,968, between 6,016 and 24,064 × 2 / 3 =
    // 16,042
    assertThat(heapMb(24_064, 620)).isEqualTo(11_968);
  }

  @Test
  void theHeapNeverExceedsTwoThirdsOfTheRam() throws Exception {
    assertThat(heapMb(24_064, 2_000)).isEqualTo(16_042);
    // 4 GB machine: the floor of 2,048 MB, the cap 4,096 × 2 / 3 = 2,730
    assertThat(heapMb(4_096, 0)).isEqualTo(2_048);
    assertThat(heapMb(4_096, 100)).isEqualTo(2_730);
  }

  @Test
  void theInputIsEveryFileTheConfigurationNamesWithAShapefilesTable(@TempDir Path dir)
      throws Exception {
    sized(dir.resolve("zellen.shp"), 1);
    sized(dir.resolve("zellen.dbf"), 2);
    sized(dir.resolve("data/einwohner.csv"), 3);
    sized(dir.resolve("abs.csv"), 4);
    Path config = dir.resolve("run.yaml");
    Files.writeString(
        config,
        """
        title: x   # path: not-a-file.csv
        geometry:
          path: zellen.shp   # with its .dbf
        tables:
          - id: einwohner
            path: "data/einwohner.csv"
          - id: abs
            path: '%s'
          - id: missing
            path: nowhere.csv
        """
            .formatted(dir.resolve("abs.csv")),
        StandardCharsets.UTF_8);
    assertThat(bash("config_input_mb '" + config + "'")).isEqualTo("10");
    assertThat(bash("config_input_mb '" + dir.resolve("absent.yaml") + "'")).isEqualTo("0");
  }

  @Test
  void belowEightMegabytesOnlyTheQuickCompilerRuns() throws Exception {
    assertThat(bash("jit_flags 0"))
        .isEqualTo("-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=256m");
    assertThat(bash("jit_flags 7"))
        .isEqualTo("-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=256m");
    assertThat(bash("jit_flags 8")).as("both compilers, the JVM's default").isEmpty();
    assertThat(bash("jit_flags 620")).isEmpty();
  }

  private static int heapMb(int memMb, int inputMb) throws Exception {
    return Integer.parseInt(bash("heap_mb " + memMb + " " + inputMb));
  }

  private static void sized(Path file, int mb) throws IOException {
    Files.createDirectories(file.getParent());
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(mb * 1_048_576L);
    }
  }

  private static String bash(String call) throws Exception {
    Process p =
        new ProcessBuilder(
                "bash",
                "-c",
                "source \"$1\" && " + call,
                "bash",
                RepoPaths.of("scripts/lib/heap").toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }
}
