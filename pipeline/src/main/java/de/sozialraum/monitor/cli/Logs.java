package de.sozialraum.monitor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.geotools.util.logging.Log4J2LoggerFactory;
import org.geotools.util.logging.Logging;

/**
 * Where the libraries' log lines go. Everything Spark, Hadoop and GeoTools say at WARN and above,
 * and the stack trace of an internal error, goes to a log file; the terminal gets them only with
 * {@code --verbose}. GeoTools logs through java.util.logging by default, straight to the terminal,
 * so it is sent to Log4j as well.
 */
final class Logs {

  private static volatile Path file;

  private Logs() {}

  /**
   * @param wanted the log file the user or the command chose
   * @param verbose whether the libraries' warnings also go to the terminal
   * @return the log file in use: {@code wanted}, or one in the temporary folder when {@code wanted}
   *     cannot be written
   */
  static Path configure(Path wanted, boolean verbose) {
    Path chosen = writable(wanted) ? wanted : LoggingOptions.temporary();
    System.setProperty("monitor.log.file", chosen.toAbsolutePath().toString());
    System.setProperty("monitor.console.level", verbose ? "warn" : "off");
    Logging.ALL.setLoggerFactory(Log4J2LoggerFactory.getInstance());
    Configurator.reconfigure();
    file = chosen.toAbsolutePath();
    return file;
  }

  /** Notes in the log file which command now writes to it. */
  static void started(String commandLine) {
    LogManager.getLogger("de.sozialraum.monitor")
        .info("monitor {} ({})", commandLine, de.sozialraum.monitor.output.Version.get());
  }

  /** The log file, or the default one before {@link #configure} ran. */
  static Path file() {
    Path f = file;
    return f != null ? f : LoggingOptions.temporary().toAbsolutePath();
  }

  /**
   * Closes the command's log file and goes back to the temporary one: a JVM that runs several
   * commands (the tests) would otherwise keep every output directory's log open, and a mounted one
   * busy.
   */
  static void release() {
    if (file != null) {
      configure(LoggingOptions.temporary(), false);
      file = null;
    }
  }

  /** Writes the trace of an internal error to the log file. */
  static void internalError(Throwable e) {
    LogManager.getLogger("de.sozialraum.monitor").error("internal error", e);
  }

  private static boolean writable(Path f) {
    try {
      Path dir = f.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      return Files.isWritable(dir) && (!Files.exists(f) || Files.isWritable(f));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
