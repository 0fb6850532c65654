package de.sozialraum.monitor.index.imd;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.sozialraum.monitor.config.DomainGrouped;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.PresetSettings;
import de.sozialraum.monitor.index.DomainWeights;
import java.util.List;
import java.util.Map;

/**
 * {@code index.presets.imd}: the indicators (by default those with a domain) and every domain's
 * weight.
 *
 * @param groups the indicators by domain, derived from {@code indicators}
 */
public record ImdSettings(
    List<String> indicators,
    Map<String, Double> domainWeights,
    @JsonIgnore Map<String, List<String>> groups)
    implements DomainGrouped {

  public ImdSettings {
    domainWeights = MonitorConfig.mapOrEmpty(domainWeights);
  }

  @Override
  public PresetSettings grouped(List<String> members, Map<String, List<String>> byDomain) {
    return new ImdSettings(members, domainWeights, byDomain);
  }

  @Override
  public void check(String at, MonitorConfig config, List<String> problems) {
    DomainWeights.check(at, domainWeights, groups, true, problems);
  }

  @Override
  public List<String> parameters() {
    return List.of("Gewichte: " + domainWeights);
  }
}
