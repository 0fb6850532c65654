package de.sozialraum.monitor.config;

import java.io.IOException;
import java.io.InputStream;

/**
 * How an index method owns its part of the configuration: the key under {@code index.presets}, the
 * record its settings bind into and the JSON schema of its section, a resource {@code
 * settings.schema.json} beside the implementing class. Each method registers one in {@code
 * META-INF/services/de.sozialraum.monitor.config.PresetSection}; the loader finds them there and
 * never imports a method.
 */
public interface PresetSection {

  /**
   * The key under {@code index.presets} and the prefix of the method's columns, e.g. {@code mss}.
   */
  String name();

  Class<? extends PresetSettings> settingsType();

  /** The schema of the section, with its defaults. */
  default InputStream schema() throws IOException {
    InputStream in = getClass().getResourceAsStream("settings.schema.json");
    if (in == null) {
      throw new IOException(
          getClass().getName() + " has no settings.schema.json beside it on the classpath");
    }
    return in;
  }
}
