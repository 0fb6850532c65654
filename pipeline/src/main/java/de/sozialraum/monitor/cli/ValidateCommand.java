package de.sozialraum.monitor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.geodata.model.GeometryIssue;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.job.Analysis;
import de.sozialraum.monitor.job.Geography;
import de.sozialraum.monitor.job.InputException;
import de.sozialraum.monitor.job.Progress;
import de.sozialraum.monitor.ops.Publisher;
import de.sozialraum.monitor.output.QualityFiles;
import de.sozialraum.monitor.spark.SparkSessions;
import de.sozialraum.monitor.spark.SparkTuning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Checks configuration and inputs without publishing; prints all problems found.", "",
        "It is the run up to the quality gate: the same layer and CRS checks, every table read and checked, the indices "
        + "computed; a configuration it passes does not make 'run' fail on configuration.", "",
        "Reports configuration errors with their path, unreadable files, rejected features and cells with file and line, "
        + "warnings, and whether the quality gate would pass. Exit 0 (usable), 2 (invalid) or 3 (gate fails).", ""})
final class ValidateCommand implements Callable<Integer> {

  @Mixin JobOptions job;

  @Mixin LoggingOptions logging;

  @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "Rejects printed at most (default: ${DEFAULT-VALUE}); all are counted.")
  int limit;

  @Override
  public Integer call() throws Exception {
    logging.apply(LoggingOptions.temporary());
    Optional<MonitorConfig> loaded = job.loadConfig();
    if (loaded.isEmpty()) {
      return MonitorCli.INVALID;
    }
    MonitorConfig cfg = loaded.get();
    System.out.println("configuration: valid (" + cfg.title() + ")");
    Progress progress = Progress.forTerminal(System.out);
    Geography geography;
    try {
      geography = Geography.load(cfg);
    } catch (InputException e) {
      return invalid(e);
    }
    progress.done(Progress.Step.GEOMETRY, geography.summary());
    SparkSession spark = SparkSessions.create(job.master, SparkTuning.forInputs(cfg.inputs().values()));
    Path scratch = Files.createTempDirectory("monitor-validate");
    try {
      Analysis a = Analysis.compute(spark, cfg, geography, Optional.empty(), progress);
      a.notes.forEach(n -> System.out.println("WARNING " + n));
      for (GeometryIssue g : a.layer.issues()) {
        System.out.println((g.rejected() ? "REJECT  " : "WARNING ") + g.location() + " [" + (g.featureId() == null ? "-" : g.featureId()) + "]: " + g.problem());
      }
      List<Row> rejects = a.rejects.orderBy("source", "line").limit(limit).collectAsList();
      for (Row r : rejects) {
        System.out.println("REJECT  " + r.getAs("source") + ", line " + r.getAs("line") + (r.getAs("column") == null ? "" : ", column '" + r.getAs("column") + "'")
            + ": " + r.getAs("rule") + ": " + r.getAs("message"));
      }
      ObjectNode summary = QualityFiles.write(a, scratch);
      System.out.println("summary: " + summary.toPrettyString());
      List<String> gate = de.sozialraum.monitor.job.QualityGate.reasons(cfg, summary);
      if (!gate.isEmpty()) {
        System.err.println("quality gate would fail:\n  - " + String.join("\n  - ", gate));
        return MonitorCli.QUALITY_GATE;
      }
      System.out.println("quality gate: passes");
      return MonitorCli.OK;
    } catch (InputException e) {
      return invalid(e);
    } finally {
      spark.stop();
      Publisher.deleteRecursively(scratch);
    }
  }

  private static int invalid(InputException e) {
    System.err.println("invalid input:\n  - " + String.join("\n  - ", e.problems()));
    return MonitorCli.INVALID;
  }
}
