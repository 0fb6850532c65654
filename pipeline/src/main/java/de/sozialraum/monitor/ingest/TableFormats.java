package de.sozialraum.monitor.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/** The registered {@link TableFormat}s by name. */
public final class TableFormats {

  private static final Map<String, TableFormat> BY_NAME = new LinkedHashMap<>();

  static {
    ServiceLoader.load(TableFormat.class, TableFormats.class.getClassLoader())
        .forEach(
            f -> {
              if (BY_NAME.putIfAbsent(f.name(), f) != null) {
                throw new IllegalStateException(
                    "two table formats are registered as '" + f.name() + "'");
              }
            });
  }

  private TableFormats() {}

  public static Set<String> names() {
    return Collections.unmodifiableSet(BY_NAME.keySet());
  }

  /**
   * @throws IllegalArgumentException for a name no format is registered under (the schema only lets
   *     registered ones through)
   */
  public static TableFormat of(String name) {
    TableFormat f = BY_NAME.get(name);
    if (f == null) {
      throw new IllegalArgumentException(
          "unknown table format '" + name + "'; known: " + BY_NAME.keySet());
    }
    return f;
  }
}
