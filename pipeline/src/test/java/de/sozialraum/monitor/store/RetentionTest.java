package de.sozialraum.monitor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionTest {

  private static final List<String> RUNS =
      List.of(
          "20261119T020000Z-aaaaaaaa",
          "20261120T020000Z-aaaaaaaa",
          "20261121T020000Z-bbbbbbbb",
          "20261122T020000Z-bbbbbbbb",
          "20261123T020000Z-bbbbbbbb");

  private static Path publishAll(Path out, String latest) throws Exception {
    for (String id : RUNS) {
      Files.writeString(
          Files.createDirectories(out.resolve("runs").resolve(id)).resolve("manifest.json"), "{}");
    }
    Files.createSymbolicLink(out.resolve("latest"), Path.of("runs", latest));
    return out;
  }

  @Test
  void keepsTheNewestRunsByTheTimeInTheirIds(@TempDir Path out) throws Exception {
    publishAll(out, RUNS.get(4));
    Retention.Removed removed = new Retention(out).keepNewest(2);
    assertThat(removed.paths())
        .containsExactly("runs/" + RUNS.get(0), "runs/" + RUNS.get(1), "runs/" + RUNS.get(2));
    try (var left = Files.list(out.resolve("runs"))) {
      assertThat(left.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(RUNS.get(3), RUNS.get(4));
    }
    assertThat(out.resolve("latest/manifest.json")).exists();
  }

  @Test
  void neverRemovesTheRunLatestPointsAtEvenWhenNewerRunsExist(@TempDir Path out) throws Exception {
    // a run killed between its two renames is published under runs/ but latest still names the one
    // before
    publishAll(out, RUNS.get(1));
    assertThat(new Retention(out).keepNewest(1).paths())
        .containsExactly("runs/" + RUNS.get(0), "runs/" + RUNS.get(2), "runs/" + RUNS.get(3));
    assertThat(out.resolve("latest/manifest.json")).exists();
    assertThat(out.resolve("runs").resolve(RUNS.get(4))).exists();
  }

  @Test
  void thinsFailedRunsQualityReportsToo(@TempDir Path out) throws Exception {
    publishAll(out, RUNS.get(4));
    Files.createDirectories(out.resolve("failed/20261118T020000Z-cccccccc/quality"));
    Files.createDirectories(out.resolve("failed/20261121T030000Z-cccccccc/quality"));
    assertThat(new Retention(out).keepNewest(4).paths()).containsExactly("runs/" + RUNS.get(0));
    assertThat(new Retention(out).keepNewest(1).paths())
        .contains("failed/20261118T020000Z-cccccccc")
        .doesNotContain("failed/20261121T030000Z-cccccccc");
  }

  @Test
  void sweepRemovesStagingAndHalfMadeLatestLinksButNoPublishedRun(@TempDir Path out)
      throws Exception {
    publishAll(out, RUNS.get(3));
    Files.writeString(
        Files.createDirectories(out.resolve(".staging/20261124T020000Z-dddddddd/indices"))
            .resolve("part-0.parquet"),
        "x");
    Files.createSymbolicLink(out.resolve(".latest-" + RUNS.get(4)), Path.of("runs", RUNS.get(4)));
    Retention.Removed removed = new Retention(out).sweepLeftovers();
    assertThat(removed.paths())
        .containsExactlyInAnyOrder(".staging/20261124T020000Z-dddddddd", ".latest-" + RUNS.get(4));
    assertThat(out.resolve(".staging")).isEmptyDirectory();
    assertThat(out.resolve("runs").resolve(RUNS.get(4)).resolve("manifest.json")).exists();
    assertThat(out.resolve("latest").toRealPath())
        .isEqualTo(out.resolve("runs").resolve(RUNS.get(3)).toRealPath());
    assertThat(new Retention(out).sweepLeftovers().isEmpty()).isTrue();
  }

  @Test
  void keepingNoRunIsRefused(@TempDir Path out) {
    assertThatThrownBy(() -> new Retention(out).keepNewest(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one");
  }
}
