package de.sozialraum.monitor.index.pca;

import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndicatorGroups;
import de.sozialraum.monitor.index.Indicators;
import de.sozialraum.monitor.index.PresetProvider;

/** Registers {@link PcaPreset} as {@code index.presets.pca}. */
public final class PcaPresetProvider implements PresetProvider<PcaSettings> {

  @Override
  public String name() {
    return "pca";
  }

  @Override
  public Class<PcaSettings> settingsType() {
    return PcaSettings.class;
  }

  @Override
  public IndexPreset create(PcaSettings s, Indicators indicators) {
    return new PcaPreset(
        name(), new IndicatorGroups(s.groups()), s.anchors(), s.ntiles(), indicators, null);
  }
}
