package de.sozialraum.monitor.cli;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.run.MonitorRun;
import de.sozialraum.monitor.run.Progress;
import de.sozialraum.monitor.run.Step;
import de.sozialraum.monitor.spark.SparkTuning;
import de.sozialraum.monitor.stage.InputException;
import de.sozialraum.monitor.stage.QualityGateException;
import de.sozialraum.monitor.store.RunLock;
import de.sozialraum.monitor.store.UnchangedCheck;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the pipeline and publishes OUT/runs/<run-id>/, then moves OUT/latest to it.",
      "",
      "Before Spark starts, the districts and every other layer (zones, population points, offers) are read and checked "
          + "to fit their CRS, the working CRS and each other: a wrong CRS stops the run with exit 2, naming the layer and the "
          + "CRS it looks like.",
      "",
      "The run is written to OUT/.staging first and published with one rename: readers of OUT/latest never see a "
          + "half-written run, and a failed or interrupted run (Ctrl-C, SIGTERM) leaves OUT/latest and all earlier runs as "
          + "they were. Only the years with data are published (years.keep_empty publishes the others as empty years). "
          + "Spark's and the JVM's messages go to OUT/logs/monitor.log; exit codes: monitor --help.",
      ""
    })
final class RunCommand implements Callable<Integer> {

  @Mixin JobOptions job;

  @Mixin LoggingOptions logging;

  @Option(
      names = "--out",
      defaultValue = "out",
      paramLabel = "DIR",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--years",
      paramLabel = "A-B",
      converter = YearRange.class,
      description =
          "Restrict the run to these years (default: 'years' of the configuration, else all years in the data).")
  MonitorConfig.Years years;

  @Option(
      names = "--force",
      description = {
        "Run even when configuration, every input (sha256), --years and the code version equal those of OUT/latest.",
        "Without it such a run is skipped: it would publish the same numbers again."
      })
  boolean force;

  @Option(
      names = "--keep-runs",
      paramLabel = "N",
      description = {
        "After publishing, keep only the newest N runs under OUT/runs (and N quality reports under OUT/failed); the run "
            + "OUT/latest points at is always kept. Default: keep every run."
      })
  Integer keepRuns;

  @Option(
      names = "--shuffle-partitions",
      paramLabel = "N",
      description = {
        "Spark shuffle partitions. Default: from the size of the inputs, one per 32 MB and at least two per core of "
            + "this machine (4 for the sample on 2 cores). On a cluster give about two per executor core. Below 8 MB of input "
            + "Spark also evaluates interpreted instead of compiling code for each query."
      })
  Integer shufflePartitions;

  @Option(
      names = "--timings",
      paramLabel = "FILE",
      description = {
        "Write each finished step's seconds to FILE (tab-separated: step, seconds since start, seconds of the "
            + "step, then the Spark jobs, stages, tasks and single-task stages it scheduled), to see where the "
            + "time goes; scripts/bench reads it."
      })
  Path timings;

  @Override
  public Integer call() {
    logging.apply(out.resolve("logs").resolve("monitor.log"));
    Optional<MonitorConfig> loaded = job.loadConfig();
    if (loaded.isEmpty()) {
      return MonitorCli.INVALID;
    }
    if (shufflePartitions != null && shufflePartitions < 1) {
      System.err.println("--shuffle-partitions must be at least 1, not " + shufflePartitions);
      return MonitorCli.INVALID;
    }
    if (keepRuns != null && keepRuns < 1) {
      System.err.println("--keep-runs must be at least 1, not " + keepRuns);
      return MonitorCli.INVALID;
    }
    MonitorConfig cfg = loaded.get();
    Progress progress = Progress.forTerminal(System.out);
    progress.done(Step.CONFIG, "Konfiguration gültig: " + cfg.title());
    try {
      Optional<String> same =
          force
              ? Optional.empty()
              : UnchangedCheck.sameAsLatest(cfg, Optional.ofNullable(years), out);
      if (same.isPresent()) {
        System.out.println(
            "unchanged: configuration, inputs and code equal those of run "
                + same.get()
                + "; nothing to do (use --force to run anyway)");
        return MonitorCli.OK;
      }
    } catch (java.io.IOException e) {
      System.err.println("cannot compare with the latest run: " + e.getMessage());
      return MonitorCli.INTERNAL;
    }
    // the lock comes before Spark starts: a second run stops at once instead of after seconds of
    // start-up
    try (RunLock lock = RunLock.acquire(out)) {
      SparkTuning tuning = SparkTuning.forInputs(cfg.inputs().values());
      try {
        Path published =
            new MonitorRun(progress, job.master)
                .run(
                    lock,
                    cfg,
                    shufflePartitions == null
                        ? tuning
                        : tuning.withShufflePartitions(shufflePartitions),
                    Optional.ofNullable(years),
                    keepRuns == null ? OptionalInt.empty() : OptionalInt.of(keepRuns));
        System.out.println("published " + published.toAbsolutePath());
        return MonitorCli.OK;
      } finally {
        if (timings != null) {
          progress.writeTimings(timings);
        }
      }
    } catch (InputException e) {
      System.err.println(
          "invalid input, nothing published:\n  - " + String.join("\n  - ", e.problems()));
      return MonitorCli.INVALID;
    } catch (QualityGateException e) {
      System.err.println(
          e.getMessage() + "\nnothing published; " + out.resolve("latest") + " is unchanged");
      return MonitorCli.QUALITY_GATE;
    } catch (RunLock.LockedException e) {
      System.err.println(e.getMessage());
      return MonitorCli.LOCKED;
    } catch (java.io.IOException e) {
      return cannotWrite(e);
    } catch (RuntimeException e) {
      // Spark wraps a failed write (a full disk, a lost mount) in its own exceptions: name the I/O
      // cause instead
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof java.io.IOException io) {
          return cannotWrite(io);
        }
      }
      throw e;
    }
  }

  private int cannotWrite(java.io.IOException e) {
    System.err.println(
        "cannot write the run, nothing published: "
            + describe(e)
            + "\n"
            + out.resolve("latest")
            + " is unchanged; make "
            + out.toAbsolutePath()
            + " writable and free space there (a run needs room for one more run beside the published ones), then "
            + "run again");
    return MonitorCli.CANNOT_WRITE;
  }

  /**
   * The I/O failure as a person reads it: Java names a read-only file system or a denied path by
   * the path alone.
   */
  private static String describe(java.io.IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason() + ": " + f.getFile();
    }
    return String.valueOf(e.getMessage());
  }
}
