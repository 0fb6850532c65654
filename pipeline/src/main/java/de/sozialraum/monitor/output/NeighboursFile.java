package de.sozialraum.monitor.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code spatial/neighbours.gal}: the run's neighbours in GeoDa's GAL format, keyed by the
 * geometry's id field.
 */
public final class NeighboursFile implements RunOutput {

  @Override
  public String name() {
    return "neighbours";
  }

  @Override
  public Map<String, Long> write(RunTables a, Path runDir) throws IOException {
    Files.createDirectories(runDir.resolve("spatial"));
    try (Writer gal =
        Files.newBufferedWriter(runDir.resolve("spatial/neighbours.gal"), StandardCharsets.UTF_8)) {
      String layer = a.layer().source().getFileName().toString().replaceFirst("\\.[^.]*$", "");
      a.neighbours().writeGal(gal, layer, a.config().geometry().idField());
    }
    return Map.of("spatial/neighbours.gal", (long) a.layer().districts().size());
  }
}
