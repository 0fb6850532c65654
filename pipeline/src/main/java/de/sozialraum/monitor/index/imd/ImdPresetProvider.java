package de.sozialraum.monitor.index.imd;

import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndicatorGroups;
import de.sozialraum.monitor.index.Indicators;
import de.sozialraum.monitor.index.PresetProvider;

/** Registers {@link ImdPreset} as {@code index.presets.imd}. */
public final class ImdPresetProvider implements PresetProvider<ImdSettings> {

  @Override
  public String name() {
    return "imd";
  }

  @Override
  public Class<ImdSettings> settingsType() {
    return ImdSettings.class;
  }

  @Override
  public IndexPreset create(ImdSettings s, Indicators indicators) {
    return new ImdPreset(
        name(), new IndicatorGroups(s.groups()), s.domainWeights(), s.rankTies(), indicators);
  }
}
