package de.sozialraum.monitor.index.pca;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndicatorGroups;
import de.sozialraum.monitor.index.Indicators;
import de.sozialraum.monitor.index.PresetProvider;

/** Registers {@link PcaPreset} as {@code index.presets.pca}. */
public final class PcaPresetProvider implements PresetProvider {

  @Override
  public String name() {
    return "pca";
  }

  @Override
  public IndexPreset create(MonitorConfig.Preset p, Indicators indicators) {
    return new PcaPreset(
        name(), new IndicatorGroups(p.groups()), p.anchors(), p.ntiles(), indicators, null);
  }
}
