package de.sozialraum.monitor.output;

import de.sozialraum.geodata.neighbours.SpatialWeights;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code spatial/neighbours.gal} and {@code spatial/neighbours.gwt}: the run's neighbours in
 * GeoDa's GAL format and its weights (of {@code spatial.weights}) in GWT, keyed by the geometry's
 * id field, for GeoDa, PySAL and spdep ({@code read.gal}, {@code read.gwt2nb}).
 */
public final class NeighboursFile implements RunOutput {

  @Override
  public String name() {
    return "neighbours";
  }

  @Override
  public List<String> omitted(RunTables a) {
    return a.neighbours().sought()
        ? List.of()
        : List.of(
            "spatial/neighbours.gal and .gwt not written: spatial.neighbours is none, so the run"
                + " has no neighbours");
  }

  @Override
  public Map<String, Long> write(RunTables a, Path runDir) throws IOException {
    if (!a.neighbours().sought()) {
      return Map.of();
    }
    Files.createDirectories(runDir.resolve("spatial"));
    String layer = a.layer().source().getFileName().toString().replaceFirst("\\.[^.]*$", "");
    String idField = a.config().districtIdField();
    try (Writer gal =
        Files.newBufferedWriter(runDir.resolve("spatial/neighbours.gal"), StandardCharsets.UTF_8)) {
      a.neighbours().writeGal(gal, layer, idField);
    }
    try (Writer gwt =
        Files.newBufferedWriter(runDir.resolve("spatial/neighbours.gwt"), StandardCharsets.UTF_8)) {
      a.neighbours()
          .writeGwt(
              gwt, SpatialWeights.Style.valueOf(a.config().spatial().weights()), layer, idField);
    }
    long n = a.layer().districts().size();
    // in this order: the manifest lists the outputs as they are returned, and its bytes must not
    // change between runs
    Map<String, Long> written = new java.util.LinkedHashMap<>();
    written.put("spatial/neighbours.gal", n);
    written.put("spatial/neighbours.gwt", a.neighbours().links());
    return written;
  }
}
