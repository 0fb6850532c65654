package de.sozialraum.monitor.job;

import java.io.PrintStream;

/**
 * Phase messages for a person at a terminal; silent under cron or CI (no console), where only errors and the final
 * status line belong in the log.
 */
public final class Progress {

  private final PrintStream out;
  private final boolean enabled;
  private final long start = System.nanoTime();

  public Progress(PrintStream out, boolean enabled) {
    this.out = out;
    this.enabled = enabled;
  }

  public static Progress forTerminal(PrintStream out) {
    return new Progress(out, System.console() != null && !"true".equalsIgnoreCase(System.getenv("CI")));
  }

  public void phase(String message) {
    if (enabled) {
      out.printf("[%5.1f s] %s%n", (System.nanoTime() - start) / 1e9, message);
    }
  }
}
