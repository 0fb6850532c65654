package de.sozialraum.monitor.util;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/** The implementations of a plug-in interface registered in {@code META-INF/services}, by name. */
public final class Plugins {

  private Plugins() {}

  /**
   * In registration order.
   *
   * @param what how an error names the plug-ins, e.g. "table formats"
   * @throws IllegalStateException when two are registered under one name
   */
  public static <T> Map<String, T> byName(Class<T> type, Function<T, String> name, String what) {
    Map<String, T> out = new LinkedHashMap<>();
    for (T p : ServiceLoader.load(type, type.getClassLoader())) {
      if (out.putIfAbsent(name.apply(p), p) != null) {
        throw new IllegalStateException(
            "two " + what + " are registered as '" + name.apply(p) + "'");
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
