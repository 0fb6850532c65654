package de.sozialraum.monitor.index;

import de.sozialraum.monitor.config.MonitorConfig;

/**
 * How an index method becomes selectable in {@code index.presets}: each method's package registers
 * one provider in {@code META-INF/services/de.sozialraum.monitor.index.PresetProvider}, so the
 * pipeline finds it by name without importing it (as geodata finds its feature sources).
 */
public interface PresetProvider {

  /**
   * The key under {@code index.presets} and the prefix of the method's columns, e.g. {@code mss}.
   */
  String name();

  /** The method with the settings of its configuration section, not yet fitted. */
  IndexPreset create(MonitorConfig.Preset settings, Indicators indicators);
}
