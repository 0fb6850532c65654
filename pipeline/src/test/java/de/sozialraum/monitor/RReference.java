package de.sozialraum.monitor;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * R with the reference packages (Debian r-cran-classint, r-cran-spdep; scripts/install-test-tools
 * installs them) as the reference implementation our numerics are compared with. Tests skip with a
 * message where R is absent.
 */
public final class RReference {

  private RReference() {}

  public static void assumeInstalled(String... packages) throws IOException, InterruptedException {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/Rscript")),
        "skipped: R is not installed (scripts/install-test-tools installs it)");
    for (String p : packages) {
      assumeTrue(
          run("cat(requireNamespace('" + p + "', quietly = TRUE))").equals(List.of("TRUE")),
          "skipped: R package " + p + " is not installed (scripts/install-test-tools installs it)");
    }
  }

  /** Runs the script and returns its standard output lines. */
  public static List<String> run(String script) throws IOException, InterruptedException {
    Path file = Files.createTempFile("reference", ".R");
    try {
      Files.writeString(file, script, StandardCharsets.UTF_8);
      Process p = new ProcessBuilder("Rscript", "--vanilla", file.toString()).start();
      byte[] out = p.getInputStream().readAllBytes();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new IOException("R failed:\n" + script + "\n" + err);
      }
      return new String(out, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** An R vector literal that round-trips doubles exactly (17 significant digits). */
  public static String vector(double[] x) {
    return "c("
        + String.join(
            ",",
            Arrays.stream(x)
                .mapToObj(
                    v ->
                        Double.isFinite(v)
                            ? String.format(java.util.Locale.ROOT, "%.17g", v)
                            : "NA")
                .toList())
        + ")";
  }

  public static double[] doubles(List<String> lines) {
    return lines.stream()
        .flatMap(l -> Arrays.stream(l.trim().split("\\s+")))
        .mapToDouble(Double::parseDouble)
        .toArray();
  }
}
