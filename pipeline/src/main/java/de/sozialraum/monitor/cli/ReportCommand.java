package de.sozialraum.monitor.cli;

import de.sozialraum.monitor.output.PublishedRun;
import de.sozialraum.monitor.report.AnnualReport;
import de.sozialraum.monitor.report.Atlas;
import de.sozialraum.monitor.report.PdfPrinter;
import de.sozialraum.monitor.spark.SparkSessions;
import de.sozialraum.monitor.spark.SparkTuning;
import de.sozialraum.monitor.styles.Legends;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuilds the annual monitoring report of a published run, RUN/report/index.html and RUN/report/report.pdf, and"
          + " its Sozialraumatlas, RUN/atlas/index.html.",
      "",
      "The report is made from the run's own files only (manifest.json with the run's configuration, the index "
          + "tables, aggregates, targets, spatial statistics, quality files and dictionary), so it shows exactly the "
          + "published figures. Titles, publisher, logo, foreword, report year and texts come from the 'report' "
          + "section of the configuration recorded in the manifest. The new report replaces the old one only when it is "
          + "complete. The PDF is printed with headless Chromium (MONITOR_CHROMIUM, else 'chromium' on the PATH); "
          + "without it only index.html is written, with a warning. The atlas is rebuilt unless the run's "
          + "configuration sets outputs.atlas: false. 'run' writes both as its last steps.",
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
      PublishedRun published = PublishedRun.read(spark, run.toRealPath());
      AnnualReport.Result r = AnnualReport.write(published, PdfPrinter.find());
      r.pdfSkipped().ifPresent(why -> System.err.println("warning: " + why));
      Map<String, Long> files = new LinkedHashMap<>(r.files());
      if (published.config.outputs().atlas()) {
        Atlas.Result atlas = Atlas.write(published, Legends.byYear(published));
        atlas.omitted().ifPresent(why -> System.err.println("warning: " + why));
        files.putAll(atlas.files());
      }
      System.out.printf(
          "report written: %s (%d profiles, %.1f s)%n",
          String.join(", ", files.keySet()), r.profiles(), (System.nanoTime() - t0) / 1e9);
      return MonitorCli.OK;
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("cannot write the report of " + run + ": " + e.getMessage());
      return MonitorCli.INVALID;
    } finally {
      spark.stop();
    }
  }
}
