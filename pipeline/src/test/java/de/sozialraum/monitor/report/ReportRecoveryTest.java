package de.sozialraum.monitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report rebuild killed between its two renames, or while writing, leaves the run with its last
 * complete report.
 */
class ReportRecoveryTest {

  @Test
  void aReportMovedAsideButNotReplacedIsPutBack(@TempDir Path run) throws Exception {
    Files.writeString(
        Files.createDirectories(run.resolve(".report-old")).resolve("index.html"),
        "the complete report");
    Files.writeString(
        Files.createDirectories(run.resolve(".report-123456789")).resolve("index.html"),
        "<html><body>half");
    AnnualReport.recover(run);
    assertThat(Files.readString(run.resolve("report/index.html"))).isEqualTo("the complete report");
    try (Stream<Path> left = Files.list(run)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("report");
    }
  }

  @Test
  void anUnfinishedNewReportIsRemovedAndTheCurrentOneKept(@TempDir Path run) throws Exception {
    Files.writeString(
        Files.createDirectories(run.resolve("report")).resolve("index.html"), "current");
    Files.writeString(
        Files.createDirectories(run.resolve(".report-old")).resolve("index.html"), "older");
    Files.writeString(
        Files.createDirectories(run.resolve(".report-42")).resolve("index.html"), "half");
    Files.writeString(run.resolve("manifest.json"), "{}");
    AnnualReport.recover(run);
    assertThat(Files.readString(run.resolve("report/index.html"))).isEqualTo("current");
    try (Stream<Path> left = Files.list(run)) {
      assertThat(left.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("manifest.json", "report");
    }
  }
}
