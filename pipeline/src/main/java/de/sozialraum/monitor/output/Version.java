package de.sozialraum.monitor.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The product version, filtered into {@code monitor-version.properties} by Maven at build time. */
public final class Version {

  private Version() {}

  public static String get() {
    try (InputStream in = Version.class.getResourceAsStream("/monitor-version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
