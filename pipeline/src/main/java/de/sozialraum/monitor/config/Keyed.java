package de.sozialraum.monitor.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The configuration's closed choices (the schema's enums) as Java enums: a constant's key is its
 * name in lower case, as the YAML writes it, and {@code toString} gives the key, so published texts
 * read as the configuration does.
 */
final class Keyed {

  private Keyed() {}

  static <E extends Enum<E>> E of(Class<E> type, String key) {
    for (E e : type.getEnumConstants()) {
      if (key(e).equals(key)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "unknown "
            + type.getSimpleName()
            + " '"
            + key
            + "'; known: "
            + Arrays.stream(type.getEnumConstants())
                .map(Keyed::key)
                .collect(Collectors.joining(", ")));
  }

  static String key(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
