package de.sozialraum.geodata.io;

import de.sozialraum.geodata.model.FeatureLayer;
import java.nio.file.Path;

/**
 * A geometry format, found by its short name the way Spark finds a {@code DataSourceRegister}:
 * implementations are listed in {@code META-INF/services/de.sozialraum.geodata.io.FeatureSource}.
 */
public interface FeatureSource {

  /** The name used in configuration files, e.g. {@code geojson}. */
  String shortName();

  /** Whether a file with this name is, by its extension, of this format. */
  boolean accepts(Path file);

  FeatureLayer read(Path file, LayerOptions options) throws GeodataException;
}
