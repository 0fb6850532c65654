package de.sozialraum.monitor.report;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.output.PublishedRun;
import de.sozialraum.monitor.stage.Stage;
import java.io.IOException;
import java.util.Optional;

/**
 * Step {@code report}: the annual report (HTML, and PDF where a Chromium is found) from the staged
 * run; nothing when the report is switched off.
 */
public final class WriteReport
    implements Stage<Optional<PublishedRun>, Optional<AnnualReport.Result>> {

  private final MonitorConfig config;

  public WriteReport(MonitorConfig config) {
    this.config = config;
  }

  @Override
  public Optional<AnnualReport.Result> apply(Optional<PublishedRun> staged) throws IOException {
    return staged.isEmpty() || !config.report().enabled()
        ? Optional.empty()
        : Optional.of(AnnualReport.write(staged.get(), PdfPrinter.find()));
  }

  @Override
  public String done(Optional<AnnualReport.Result> report) {
    return report.isEmpty()
        ? "Jahresbericht abgeschaltet"
        : "Jahresbericht geschrieben"
            + (report.get().pdfSkipped().isPresent() ? " (ohne PDF)" : "");
  }
}
