package de.sozialraum.monitor.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The report's standard texts (headings, introductions, captions) in German, from {@code
 * report/texte.properties}, with the configuration's {@code report.labels} replacing any of them.
 */
public final class ReportTexts {

  private static final Map<String, String> GERMAN = load();

  /** The keys a configuration may replace. */
  public static final Set<String> KEYS = Collections.unmodifiableSet(GERMAN.keySet());

  private ReportTexts() {}

  /** The German texts with the given replacements (keys already checked against {@link #KEYS}). */
  public static Map<String, String> with(Map<String, String> labels) {
    Map<String, String> out = new TreeMap<>(GERMAN);
    out.putAll(labels);
    return Collections.unmodifiableMap(out);
  }

  private static Map<String, String> load() {
    try (InputStream in = ReportTexts.class.getResourceAsStream("/report/texte.properties")) {
      if (in == null) {
        throw new IllegalStateException("report/texte.properties is missing from the classpath");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> m = new TreeMap<>();
      p.forEach((k, v) -> m.put((String) k, (String) v));
      return Collections.unmodifiableMap(m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
