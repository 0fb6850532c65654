package de.sozialraum.monitor.index.mss;

import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.Indicators;
import de.sozialraum.monitor.index.PresetProvider;

/** Registers {@link MssPreset} as {@code index.presets.mss}. */
public final class MssPresetProvider implements PresetProvider<MssSettings> {

  @Override
  public String name() {
    return "mss";
  }

  @Override
  public Class<MssSettings> settingsType() {
    return MssSettings.class;
  }

  @Override
  public IndexPreset create(MssSettings s, Indicators indicators) {
    return new MssPreset(name(), s.status(), s.dynamic(), s.dynamicDelivered(), indicators);
  }
}
