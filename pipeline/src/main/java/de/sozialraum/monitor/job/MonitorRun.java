package de.sozialraum.monitor.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.ops.FailPoint;
import de.sozialraum.monitor.ops.Interruption;
import de.sozialraum.monitor.ops.Publisher;
import de.sozialraum.monitor.ops.Retention;
import de.sozialraum.monitor.ops.RunId;
import de.sozialraum.monitor.ops.RunLock;
import de.sozialraum.monitor.output.DataDictionary;
import de.sozialraum.monitor.output.IndexOutputs;
import de.sozialraum.monitor.output.Legends;
import de.sozialraum.monitor.output.Manifest;
import de.sozialraum.monitor.output.PublishedRun;
import de.sozialraum.monitor.output.QgisStyles;
import de.sozialraum.monitor.report.AnnualReport;
import de.sozialraum.monitor.report.PdfPrinter;
import de.sozialraum.monitor.output.QualityFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code run} command's work: under the output directory's lock, analyse, apply the quality gate, write
 * every output to staging, then the QGIS styles and the report from the staged outputs, and publish atomically. Any failure leaves {@code latest} and earlier runs untouched;
 * a gate failure keeps its quality report under {@code <out>/failed/<run-id>/} for the planner.
 */
public final class MonitorRun {

  private final SparkSession spark;
  private final Progress progress;

  public MonitorRun(SparkSession spark, Progress progress) {
    this.spark = spark;
    this.progress = progress;
  }

  /**
   * @param lock     the held lock of the output directory: housekeeping and publishing rely on no other run writing there
   * @param keepRuns when given, the newest this many runs (and failed runs' quality reports) are kept after
   *                 publishing and older ones removed
   */
  public Path run(RunLock lock, MonitorConfig config, Geography geography, Optional<MonitorConfig.Years> years, OptionalInt keepRuns)
      throws IOException, InputException, QualityGateException {
    Path outDir = lock.outDir();
    Retention retention = new Retention(outDir);
    Retention.Removed leftovers = retention.sweepLeftovers();
    if (!leftovers.isEmpty()) {
      System.err.println("removed what an interrupted run left behind: " + String.join(", ", leftovers.paths()));
    }
    Instant started = Instant.now();
    String runId = RunId.of(started, config.sha256());
    Publisher publisher = new Publisher(outDir);
    Path staging = publisher.staging(runId);
    Interruption.writing(outDir, staging);
    FailPoint.reach("geometry");
    try {
      Analysis a = Analysis.compute(spark, config, geography, years, progress);
      a.notes.forEach(n -> System.err.println("warning: " + n));
      ObjectNode summary = QualityFiles.write(a, staging.resolve("quality"));
      FailPoint.reach("quality");
      List<String> gate = QualityGate.reasons(config, summary);
      if (!gate.isEmpty()) {
        Path failed = Files.createDirectories(outDir.resolve("failed").resolve(runId));
        Files.move(staging.resolve("quality"), failed.resolve("quality"));
        throw new QualityGateException(gate, failed.resolve("quality"));
      }
      progress.done(Progress.Step.QUALITY_FILES, "Qualitätsprüfung bestanden; schreibe Ausgaben");
      Map<String, Long> outputs = IndexOutputs.write(spark, a, staging, config.synthetic());
      FailPoint.reach("outputs");
      DataDictionary.write(a.indices.schema(), config, a.descriptions,
          new java.util.TreeMap<>(java.util.Map.of("aggregates", a.aggregates.schema(), "targets", a.targets.schema(), "moran", a.moran.schema())), staging.resolve("dictionary.json"));
      Manifest.write(staging.resolve("manifest.json"), runId, started, config, a.years, years, outputs, summary);
      progress.done(Progress.Step.OUTPUTS, "Ausgaben geschrieben; QGIS-Stile und Jahresbericht");
      // a run with a report reads itself back once for styles and report; a run too large for a report streams its
      // index year by year for the styles' legends instead
      PublishedRun staged = config.report().enabled() ? PublishedRun.read(spark, staging) : null;
      Map<Integer, Legends> legends = staged != null ? Legends.byYear(staged) : Legends.byYear(spark, staging, config);
      Map<String, Long> derived = new java.util.LinkedHashMap<>(QgisStyles.write(legends, staging.resolve("styles")));
      FailPoint.reach("styles");
      List<String> notes = new java.util.ArrayList<>(a.notes);
      if (staged != null) {
        AnnualReport.Result report = AnnualReport.write(staged, PdfPrinter.find());
        derived.putAll(report.files());
        report.pdfSkipped().ifPresent(why -> System.err.println("warning: " + why));
        report.pdfSkipped().ifPresent(notes::add);
      }
      Manifest.addOutputs(staging.resolve("manifest.json"), derived, notes);
      progress.done(Progress.Step.REPORT, config.report().enabled() ? "QGIS-Stile und Jahresbericht geschrieben" : "QGIS-Stile geschrieben");
      Path published = publisher.publish(runId);
      Interruption.published(published);
      progress.done(Progress.Step.PUBLISH, "veröffentlicht: " + published);
      if (keepRuns.isPresent()) {
        Retention.Removed old = retention.keepNewest(keepRuns.getAsInt());
        if (!old.isEmpty()) {
          System.out.println("retention: removed " + String.join(", ", old.paths()));
        }
      }
      return published;
    } finally {
      publisher.discard(runId);
    }
  }
}
