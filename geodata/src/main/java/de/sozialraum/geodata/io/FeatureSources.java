package de.sozialraum.geodata.io;

import de.sozialraum.geodata.model.FeatureLayer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/** Looks geometry formats up by name or by file extension. */
public final class FeatureSources {

  private static final List<FeatureSource> SOURCES = load();

  private FeatureSources() {}

  private static List<FeatureSource> load() {
    List<FeatureSource> list = new ArrayList<>();
    ServiceLoader.load(FeatureSource.class, FeatureSources.class.getClassLoader())
        .forEach(list::add);
    return List.copyOf(list);
  }

  public static List<String> names() {
    return SOURCES.stream().map(FeatureSource::shortName).toList();
  }

  /** The named format, or the one the extension implies when {@code format} is null. */
  public static FeatureSource find(String format, Path file) throws GeodataException {
    if (format != null) {
      String wanted = format.toLowerCase(Locale.ROOT);
      return SOURCES.stream()
          .filter(s -> s.shortName().equals(wanted))
          .findFirst()
          .orElseThrow(
              () ->
                  new GeodataException(
                      "unknown geometry format '" + format + "'; known: " + names()));
    }
    return SOURCES.stream()
        .filter(s -> s.accepts(file))
        .findFirst()
        .orElseThrow(
            () ->
                new GeodataException(
                    file
                        + ": cannot tell the geometry format from the file name; set 'format' to one of "
                        + names()));
  }

  public static FeatureLayer read(Path file, String format, LayerOptions options)
      throws GeodataException {
    return find(format, file).read(file, options);
  }
}
