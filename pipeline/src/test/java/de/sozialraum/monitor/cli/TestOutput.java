package de.sozialraum.monitor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** An output directory for a test class's runs, removed afterwards (JUnit's @TempDir is not there yet in a per-class @BeforeAll). */
final class TestOutput {

  private TestOutput() {}

  static Path create() throws IOException {
    return Files.createTempDirectory("monitor-test-out");
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
