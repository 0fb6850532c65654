package de.sozialraum.monitor.index.coi;

import static de.sozialraum.monitor.schema.Columns.groupOf;

import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndicatorGroups;
import de.sozialraum.monitor.index.Indicators;
import de.sozialraum.monitor.index.PresetProvider;

/** Registers {@link CoiPreset} as {@code index.presets.coi}. */
public final class CoiPresetProvider implements PresetProvider<CoiSettings> {

  @Override
  public String name() {
    return "coi";
  }

  @Override
  public Class<CoiSettings> settingsType() {
    return CoiSettings.class;
  }

  @Override
  public IndexPreset create(CoiSettings s, Indicators indicators) {
    return new CoiPreset(
        name(),
        new IndicatorGroups(s.groups()),
        s.domainWeights(),
        s.referenceYear(),
        groupOf(s.weightGroup()),
        s.minShare(),
        indicators,
        null);
  }
}
