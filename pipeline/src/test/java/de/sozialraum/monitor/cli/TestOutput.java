package de.sozialraum.monitor.cli;

import de.sozialraum.monitor.util.Digests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An output directory for a test class's runs, removed afterwards (JUnit's @TempDir is not there
 * yet in a per-class @BeforeAll).
 */
final class TestOutput {

  private TestOutput() {}

  static Path create() throws IOException {
    return Files.createTempDirectory("monitor-test-out");
  }

  /**
   * Every regular file below {@code dir} with its sha256: equal maps mean a byte-identical tree.
   */
  static Map<String, String> hashes(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(f).toString(), Digests.sha256(f));
      }
    }
    return out;
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
