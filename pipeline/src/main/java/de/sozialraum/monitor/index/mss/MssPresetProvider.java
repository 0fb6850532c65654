package de.sozialraum.monitor.index.mss;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.Indicators;
import de.sozialraum.monitor.index.PresetProvider;

/** Registers {@link MssPreset} as {@code index.presets.mss}. */
public final class MssPresetProvider implements PresetProvider {

  @Override
  public String name() {
    return "mss";
  }

  @Override
  public IndexPreset create(MonitorConfig.Preset p, Indicators indicators) {
    return new MssPreset(name(), p.indicators(), p.dynamic(), indicators);
  }
}
