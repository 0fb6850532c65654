package de.sozialraum.monitor.cli;

import de.sozialraum.monitor.output.PublishedRun;
import de.sozialraum.monitor.report.AnnualReport;
import de.sozialraum.monitor.report.PdfPrinter;
import de.sozialraum.monitor.spark.SparkSessions;
import de.sozialraum.monitor.spark.SparkTuning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuilds the annual monitoring report of a published run: RUN/report/index.html and RUN/report/report.pdf.",
      "",
      "The report is made from the run's own files only (manifest.json with the run's configuration, the index "
          + "tables, aggregates, targets, spatial statistics, quality files and dictionary), so it shows exactly the "
          + "published figures. Titles, publisher, logo, foreword, report year and texts come from the 'report' "
          + "section of the configuration recorded in the manifest. The new report replaces the old one only when it is "
          + "complete. The PDF is printed with headless Chromium (MONITOR_CHROMIUM, else 'chromium' on the PATH); "
          + "without it only index.html is written, with a warning. 'run' writes the report as its last step.",
      ""
    })
final class ReportCommand implements Callable<Integer> {

  @Option(
      names = "--run",
      required = true,
      paramLabel = "DIR",
      description = "A published run, e.g. out/latest.")
  Path run;

  @Mixin LoggingOptions logging;

  @Override
  public Integer call() {
    logging.apply(LoggingOptions.temporary());
    if (!Files.isRegularFile(run.resolve("manifest.json"))) {
      System.err.println(run + ": not a published run (no manifest.json)");
      return MonitorCli.INVALID;
    }
    SparkSession spark = SparkSessions.create(null, SparkTuning.withDefaults(4));
    try {
      long t0 = System.nanoTime();
      AnnualReport.Result r =
          AnnualReport.write(PublishedRun.read(spark, run.toRealPath()), PdfPrinter.find());
      r.pdfSkipped().ifPresent(why -> System.err.println("warning: " + why));
      System.out.printf(
          "report written: %s (%d profiles, %.1f s)%n",
          String.join(", ", r.files().keySet()), r.profiles(), (System.nanoTime() - t0) / 1e9);
      return MonitorCli.OK;
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("cannot write the report of " + run + ": " + e.getMessage());
      return MonitorCli.INVALID;
    } finally {
      spark.stop();
    }
  }
}
