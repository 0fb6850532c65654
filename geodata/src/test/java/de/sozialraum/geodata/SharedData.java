package de.sozialraum.geodata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real open data in {@code ../shared/data} (never copied into the repository). Tests that need
 * it are skipped with a message saying so where the folder is absent.
 */
public final class SharedData {

  private SharedData() {}

  public static Path root() {
    String dir = System.getProperty("shared.dir", "../shared");
    return Path.of(dir).toAbsolutePath().normalize().resolve("data");
  }

  /** The file below {@code shared/data}; skips the calling test when it is not there. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    assumeTrue(
        Files.exists(p),
        "skipped: "
            + p
            + " is absent (the shared open data set lies beside the checkout as ../shared)");
    return p;
  }
}
