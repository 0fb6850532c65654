package de.sozialraum.monitor.config;

import java.util.Locale;

/**
 * The configuration's closed choices (the schema's enums) as Java enums: a constant's key is its
 * name in lower case, as the YAML writes it, and {@code toString} gives the key, so published texts
 * read as the configuration does.
 */
final class Keyed {

  private Keyed() {}

  static String key(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
