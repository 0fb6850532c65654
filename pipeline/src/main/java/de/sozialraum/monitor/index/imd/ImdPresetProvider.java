package de.sozialraum.monitor.index.imd;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndicatorGroups;
import de.sozialraum.monitor.index.Indicators;
import de.sozialraum.monitor.index.PresetProvider;

/** Registers {@link ImdPreset} as {@code index.presets.imd}. */
public final class ImdPresetProvider implements PresetProvider {

  @Override
  public String name() {
    return "imd";
  }

  @Override
  public IndexPreset create(MonitorConfig.Preset p, Indicators indicators) {
    return new ImdPreset(name(), new IndicatorGroups(p.groups()), p.groupWeights(), indicators);
  }
}
