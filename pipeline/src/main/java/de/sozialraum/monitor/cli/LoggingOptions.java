package de.sozialraum.monitor.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The logging options of every command that starts Spark (a picocli mixin). */
final class LoggingOptions {

  @Option(
      names = "--verbose",
      description = {
        "Also print the libraries' warnings (Spark, Hadoop, GeoTools) on the terminal. They always go to the log file."
      })
  boolean verbose;

  @Option(
      names = "--log-file",
      paramLabel = "FILE",
      description = {
        "Where the libraries' warnings and the stack trace of an internal error are written (appended). Default: "
            + "OUT/logs/monitor.log for run, sozialraum-monitor.log in the temporary folder otherwise, and there too when "
            + "FILE cannot be written."
      })
  Path logFile;

  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec command;

  /**
   * Sends the libraries' logs to {@code --log-file}, else to {@code fallback}, and notes the
   * command there; returns the file in use.
   */
  Path apply(Path fallback) {
    Path file = Logs.configure(logFile != null ? logFile : fallback, verbose);
    Logs.started(String.join(" ", command.commandLine().getParseResult().originalArgs()));
    return file;
  }

  static Path temporary() {
    return Path.of(System.getProperty("java.io.tmpdir"), "sozialraum-monitor.log");
  }
}
