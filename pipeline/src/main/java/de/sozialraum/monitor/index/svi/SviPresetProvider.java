package de.sozialraum.monitor.index.svi;

import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndicatorGroups;
import de.sozialraum.monitor.index.Indicators;
import de.sozialraum.monitor.index.PresetProvider;

/** Registers {@link SviPreset} as {@code index.presets.svi}. */
public final class SviPresetProvider implements PresetProvider<SviSettings> {

  @Override
  public String name() {
    return "svi";
  }

  @Override
  public Class<SviSettings> settingsType() {
    return SviSettings.class;
  }

  @Override
  public IndexPreset create(SviSettings s, Indicators indicators) {
    return new SviPreset(name(), new IndicatorGroups(s.groups()), s.rankDigits(), indicators);
  }
}
