package de.sozialraum.monitor.store;

import de.sozialraum.monitor.util.FileTrees;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a run is doing when Ctrl-C or SIGTERM arrives, so the signal handler can say it in one line
 * and remove the half-written staging directory. A stopped Spark fails every running job with long
 * traces that read like a bug; after an interruption they are not shown (the terminal's streams are
 * closed), because nothing went wrong but the stop itself.
 */
public final class Interruption {

  private static volatile Path outDir;
  private static volatile Path staging;
  private static volatile Path published;
  private static volatile boolean requested;

  private Interruption() {}

  /** The run writes below {@code outDir}, into {@code staging} once that exists (null before). */
  public static void writing(Path out, Path stagingDir) {
    outDir = out;
    staging = stagingDir;
    published = null;
  }

  /** The run is published as {@code run}: from here on an interruption loses nothing. */
  public static void published(Path run) {
    published = run;
    staging = null;
  }

  /**
   * Whether an interruption was requested; a failure seen after it is its consequence, not an
   * error.
   */
  public static boolean requested() {
    return requested;
  }

  /**
   * Removes the staging of the run (the next run sweeps what a writer still adds), then silences
   * the terminal streams. Returns the line that says what state the output directory is in; it is
   * printed on {@code err} first.
   */
  public static String interrupt(PrintStream err) {
    requested = true;
    Path s = staging;
    Path out = outDir;
    Path done = published;
    String line;
    if (done != null) {
      line =
          "interrupted after publishing: "
              + done
              + " is complete and "
              + out.resolve("latest")
              + " points at it";
    } else {
      if (s != null && Files.exists(s)) {
        try {
          FileTrees.deleteRecursively(s);
        } catch (java.io.IOException | RuntimeException e) {
          // a task may still be writing into it; the next run's sweep removes what is left
        }
      }
      line =
          "interrupted: nothing published"
              + (out == null ? "" : ", " + out.resolve("latest") + " unchanged");
    }
    err.println(line);
    err.flush();
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    System.setOut(nowhere);
    System.setErr(nowhere);
    return line;
  }
}
