package de.sozialraum.monitor.index.svi;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.PresetSettings;
import java.util.List;
import java.util.Map;

/**
 * {@code index.presets.svi}: the themes (by default the indicators' domains) and the digits the
 * percentile ranks keep.
 */
public record SviSettings(Map<String, List<String>> themes, int rankDigits)
    implements PresetSettings {

  @Override
  public List<String> indicators() {
    return themes.values().stream().flatMap(List::stream).toList();
  }

  @Override
  public Map<String, List<String>> groups() {
    return themes;
  }

  @Override
  public PresetSettings completed(List<MonitorConfig.Indicator> all) {
    return themes != null
        ? this
        : new SviSettings(
            PresetSettings.byDomain(PresetSettings.withDomain(null, all), all), rankDigits);
  }
}
