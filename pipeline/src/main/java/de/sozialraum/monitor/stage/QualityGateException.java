package de.sozialraum.monitor.stage;

import java.nio.file.Path;
import java.util.List;

/**
 * The quality gate failed: exit 3, nothing published; the quality report was kept for inspection.
 */
public class QualityGateException extends Exception {

  private final Path report;

  public QualityGateException(List<String> reasons, Path report) {
    super(
        "quality gate failed:\n  - "
            + String.join("\n  - ", reasons)
            + (report == null ? "" : "\nrejects and summary: " + report));
    this.report = report;
  }

  public Path report() {
    return report;
  }
}
