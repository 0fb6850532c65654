package de.sozialraum.monitor.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What Spark's writers leave beside the data: a {@code _SUCCESS} marker per folder and a hidden
 * {@code .<file>.crc} checksum per file of the local file system (21 of a sample run's 200 files).
 * Nobody who opens a published run needs them (Spark, DuckDB and QGIS read the folders without
 * them), and they make a run look broken in a file browser; they are removed before publishing.
 */
final class SparkBookkeeping {

  private SparkBookkeeping() {}

  /**
   * @return how many files were removed
   */
  static int remove(Path staging) throws IOException {
    List<Path> leftovers;
    try (Stream<Path> files = Files.walk(staging)) {
      leftovers =
          files.filter(Files::isRegularFile).filter(SparkBookkeeping::isBookkeeping).toList();
    }
    for (Path p : leftovers) {
      Files.delete(p);
    }
    return leftovers.size();
  }

  static boolean isBookkeeping(Path file) {
    String name = file.getFileName().toString();
    return name.equals("_SUCCESS") || (name.startsWith(".") && name.endsWith(".crc"));
  }
}
