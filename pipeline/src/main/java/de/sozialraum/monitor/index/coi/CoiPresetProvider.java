package de.sozialraum.monitor.index.coi;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndicatorGroups;
import de.sozialraum.monitor.index.Indicators;
import de.sozialraum.monitor.index.PresetProvider;

/** Registers {@link CoiPreset} as {@code index.presets.coi}. */
public final class CoiPresetProvider implements PresetProvider {

  @Override
  public String name() {
    return "coi";
  }

  @Override
  public IndexPreset create(MonitorConfig.Preset p, Indicators indicators) {
    return new CoiPreset(
        name(),
        new IndicatorGroups(p.groups()),
        p.groupWeights(),
        p.referenceYear(),
        "pop_" + p.weightGroup(),
        p.minShare(),
        indicators,
        null);
  }
}
