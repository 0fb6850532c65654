package de.sozialraum.monitor.index.svi;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndicatorGroups;
import de.sozialraum.monitor.index.Indicators;
import de.sozialraum.monitor.index.PresetProvider;

/** Registers {@link SviPreset} as {@code index.presets.svi}. */
public final class SviPresetProvider implements PresetProvider {

  @Override
  public String name() {
    return "svi";
  }

  @Override
  public IndexPreset create(MonitorConfig.Preset p, Indicators indicators) {
    return new SviPreset(name(), new IndicatorGroups(p.groups()), p.rankDigits(), indicators);
  }
}
