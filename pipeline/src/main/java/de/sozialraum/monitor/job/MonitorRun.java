package de.sozialraum.monitor.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.ops.Publisher;
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

  public Path run(MonitorConfig config, Path outDir, Optional<MonitorConfig.Years> years)
      throws IOException, InputException, QualityGateException, RunLock.LockedException {
    try (RunLock lock = RunLock.acquire(outDir)) {
      Instant started = Instant.now();
      String runId = RunId.of(started, config.sha256());
      Publisher publisher = new Publisher(outDir);
      Path staging = publisher.staging(runId);
      try {
        Analysis a = Analysis.compute(spark, config, years, progress);
        ObjectNode summary = QualityFiles.write(a, staging.resolve("quality"));
        List<String> gate = QualityGate.reasons(config, summary);
        if (!gate.isEmpty()) {
          Path failed = Files.createDirectories(outDir.resolve("failed").resolve(runId));
          Files.move(staging.resolve("quality"), failed.resolve("quality"));
          throw new QualityGateException(gate, failed.resolve("quality"));
        }
        progress.phase("Qualitätsprüfung bestanden; schreibe Ausgaben");
        Map<String, Long> outputs = IndexOutputs.write(spark, a, staging, config.synthetic());
        DataDictionary.write(a.indices.schema(), config, a.descriptions,
            new java.util.TreeMap<>(java.util.Map.of("aggregates", a.aggregates.schema(), "targets", a.targets.schema(), "moran", a.moran.schema())), staging.resolve("dictionary.json"));
        Manifest.write(staging.resolve("manifest.json"), runId, started, config, outputs, summary);
        progress.phase("QGIS-Stile und Jahresbericht");
        PublishedRun staged = PublishedRun.read(spark, staging);
        Map<String, Long> derived = new java.util.LinkedHashMap<>(QgisStyles.write(Legends.byYear(staged), staging.resolve("styles")));
        AnnualReport.Result report = AnnualReport.write(staged, PdfPrinter.find());
        derived.putAll(report.files());
        report.pdfSkipped().ifPresent(why -> System.err.println("warning: " + why));
        Manifest.addOutputs(staging.resolve("manifest.json"), derived, report.pdfSkipped().stream().toList());
        Path published = publisher.publish(runId);
        progress.phase("veröffentlicht: " + published);
        return published;
      } finally {
        publisher.discard(runId);
      }
    }
  }
}
