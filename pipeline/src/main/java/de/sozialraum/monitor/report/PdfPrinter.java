package de.sozialraum.monitor.report;

import de.sozialraum.monitor.util.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Prints the report's HTML to PDF with headless Chromium (Debian's {@code chromium}), so the PDF
 * shows exactly what a browser shows, SVG maps included. Chromium is found through {@code
 * MONITOR_CHROMIUM}, else on the PATH. It runs with a fresh profile and without background
 * networking: the report is self-contained and the machine may be offline.
 */
public final class PdfPrinter {

  static final long TIMEOUT_SECONDS = 300;
  private static final List<String> NAMES =
      List.of("chromium", "chromium-browser", "google-chrome");

  private final Path chromium;

  private PdfPrinter(Path chromium) {
    this.chromium = chromium;
  }

  /** The printer, or empty where no Chromium is installed. */
  public static Optional<PdfPrinter> find() {
    String configured = System.getenv("MONITOR_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(new PdfPrinter(Path.of(configured)));
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String name : NAMES) {
        Path p = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(new PdfPrinter(p));
        }
      }
    }
    return Optional.empty();
  }

  public void print(Path html, Path pdf) throws IOException {
    Path profile = Files.createTempDirectory("monitor-chromium");
    Path log = profile.resolve("chromium.log");
    try {
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  chromium.toString(),
                  "--headless",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--disable-dev-shm-usage",
                  "--no-first-run",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-sync",
                  "--disable-quic",
                  "--user-data-dir=" + profile,
                  "--no-pdf-header-footer",
                  "--print-to-pdf=" + pdf.toAbsolutePath(),
                  html.toAbsolutePath().toUri().toString()));
      Process p =
          new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(
            chromium + " did not print " + html + " within " + TIMEOUT_SECONDS + " s");
      }
      if (p.exitValue() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        throw new IOException(
            chromium + " failed to print " + html + " (exit " + p.exitValue() + "): " + tail);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while printing " + html, e);
    } finally {
      FileTrees.deleteRecursively(profile);
    }
  }
}
