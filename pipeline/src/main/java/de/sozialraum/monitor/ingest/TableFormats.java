package de.sozialraum.monitor.ingest;

import de.sozialraum.monitor.util.Plugins;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/** The registered {@link TableFormat}s by name. */
public final class TableFormats {

  private static final Map<String, TableFormat> BY_NAME =
      Plugins.byName(TableFormat.class, TableFormat::name, "table formats");

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
