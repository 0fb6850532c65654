package de.sozialraum.monitor.config;

import java.util.List;
import java.util.Map;

/**
 * The settings of a method whose indicators default to every indicator with a domain and are
 * grouped by their domains (COI, IMD, PCA): bound with {@link #groups()} null, completed once with
 * the indicators.
 */
public interface DomainGrouped extends PresetSettings {

  /** The same settings over these members, grouped so. */
  PresetSettings grouped(List<String> members, Map<String, List<String>> groups);

  @Override
  default PresetSettings completed(List<MonitorConfig.Indicator> all) {
    if (groups() != null) {
      return this;
    }
    List<String> members = PresetSettings.withDomain(indicators(), all);
    return grouped(members, PresetSettings.byDomain(members, all));
  }
}
