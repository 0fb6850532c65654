package de.sozialraum.monitor.cli;

import de.sozialraum.monitor.output.Version;
import de.sozialraum.monitor.store.Interruption;
import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code scripts/monitor} and of the fat jar. */
@Command(
    name = "monitor",
    mixinStandardHelpOptions = true,
    versionProvider = MonitorCli.VersionProvider.class,
    header = "Sozialraum-Monitor: district-level social monitoring for prevention chains.",
    description = {
      "",
      "Reads district geometries and indicator tables, checks them, computes indicators and the MSS index per "
          + "social space (Sozialraum) and year, and publishes a complete, immutable run: Parquet, GeoParquet, GeoJSON and CSV "
          + "for GIS analysts and spreadsheets, with a quality report of every rejected row or feature.",
      ""
    },
    subcommands = {
      RunCommand.class,
      ValidateCommand.class,
      ReportCommand.class,
      ExplainCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  unexpected internal error",
      "  2  invalid configuration or input (nothing published)",
      "  3  quality gate failed (nothing published; see OUT/failed/RUN-ID/quality)",
      "  4  another run holds the lock on the output directory",
      "  5  the output cannot be written (read-only, permission denied, disk full; nothing published)",
      "  130, 143  interrupted by Ctrl-C or SIGTERM (nothing published, the staging removed)",
      "",
      "Example: scripts/monitor run --config config/sample.yaml --out out"
    })
public final class MonitorCli {

  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int INVALID = 2;
  public static final int QUALITY_GATE = 3;
  public static final int LOCKED = 4;
  public static final int CANNOT_WRITE = 5;

  public static void main(String[] args) {
    onInterrupt();
    System.exit(execute(args));
  }

  /**
   * Ctrl-C (SIGINT, exit 130) and SIGTERM (143): one line about the output's state, the staging
   * removed, no traces.
   */
  @SuppressWarnings("restriction")
  private static void onInterrupt() {
    PrintStream err = System.err;
    for (String name : new String[] {"INT", "TERM"}) {
      try {
        sun.misc.Signal.handle(
            new sun.misc.Signal(name),
            s -> {
              Interruption.interrupt(err);
              System.exit(128 + s.getNumber());
            });
      } catch (IllegalArgumentException e) {
        // the signal is ignored (nohup, a background job of a script): the JVM's own handling stays
      }
    }
  }

  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new MonitorCli());
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (Interruption.requested()) {
            return INTERNAL; // the signal handler exits with the signal's code; this only ends the
            // main thread
          }
          Logs.internalError(e);
          cmd.getErr()
              .println(
                  "internal error: "
                      + e
                      + "\nThis is a bug in the Sozialraum-Monitor, not in your data. The stack trace is in "
                      + Logs.file()
                      + "; please report it with that file.");
          return INTERNAL;
        });
    cli.setExitCodeExceptionMapper(e -> INVALID);
    try {
      return cli.execute(args);
    } finally {
      Logs.release();
    }
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Sozialraum-Monitor " + Version.get()};
    }
  }
}
