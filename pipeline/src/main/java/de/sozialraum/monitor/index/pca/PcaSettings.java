package de.sozialraum.monitor.index.pca;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.sozialraum.monitor.config.DomainGrouped;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.PresetSettings;
import java.util.List;
import java.util.Map;

/**
 * {@code index.presets.pca}: the indicators (by default those with a domain), each domain's anchor
 * (the indicator that must load positively) and the n of the published n-tiles.
 *
 * @param groups the indicators by domain, derived from {@code indicators}
 */
public record PcaSettings(
    List<String> indicators,
    Map<String, String> anchors,
    int ntiles,
    @JsonIgnore Map<String, List<String>> groups)
    implements DomainGrouped {

  public PcaSettings {
    anchors = MonitorConfig.mapOrEmpty(anchors);
  }

  @Override
  public PresetSettings grouped(List<String> members, Map<String, List<String>> byDomain) {
    return new PcaSettings(members, anchors, ntiles, byDomain);
  }

  @Override
  public void check(String at, MonitorConfig config, List<String> problems) {
    for (Map.Entry<String, List<String>> g : groups.entrySet()) {
      String anchor = anchors.get(g.getKey());
      if (anchor == null) {
        problems.add(at + "/anchors: domain '" + g.getKey() + "' has no anchor indicator");
      } else if (!g.getValue().contains(anchor)) {
        problems.add(
            at
                + "/anchors/"
                + g.getKey()
                + ": '"
                + anchor
                + "' is not one of the domain's indicators "
                + g.getValue());
      }
    }
  }

  @Override
  public List<String> parameters(java.util.function.UnaryOperator<String> indicatorName) {
    List<String> each = new java.util.ArrayList<>();
    anchors.forEach(
        (domain, indicator) -> each.add(domain + ": " + indicatorName.apply(indicator)));
    return List.of("Anker: " + String.join("; ", each));
  }
}
