package de.sozialraum.monitor.index.coi;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.sozialraum.monitor.config.DomainGrouped;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.PresetSettings;
import de.sozialraum.monitor.index.DomainWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code index.presets.coi}: the indicators (by default those with a domain), the domain weights,
 * the reference year that fixes the scale, the population group that weights it and the share of a
 * domain's weight that must be present.
 *
 * @param groups the indicators by domain, derived from {@code indicators}
 */
public record CoiSettings(
    List<String> indicators,
    Integer referenceYear,
    String weightGroup,
    Map<String, Double> domainWeights,
    double minShare,
    @JsonIgnore Map<String, List<String>> groups)
    implements DomainGrouped {

  public CoiSettings {
    domainWeights = MonitorConfig.mapOrEmpty(domainWeights);
  }

  @Override
  public PresetSettings grouped(List<String> members, Map<String, List<String>> byDomain) {
    return new CoiSettings(members, referenceYear, weightGroup, domainWeights, minShare, byDomain);
  }

  @Override
  public void check(String at, MonitorConfig config, List<String> problems) {
    DomainWeights.check(at, domainWeights, groups, false, problems);
    if (!config.population().groups().containsKey(weightGroup)) {
      problems.add(
          at + "/weight_group: '" + weightGroup + "' is not a group under /population/groups");
    }
    if (config.years() != null && !config.years().contains(referenceYear)) {
      problems.add(
          at
              + "/reference_year: "
              + referenceYear
              + " is outside /years "
              + config.years().from()
              + "–"
              + config.years().to());
    }
  }

  @Override
  public List<String> parameters(java.util.function.UnaryOperator<String> indicatorName) {
    List<String> out = new ArrayList<>();
    if (!domainWeights.isEmpty()) {
      out.add(DomainWeights.describe(domainWeights));
    }
    out.add("Referenzjahr " + referenceYear);
    out.add("gewichtet mit " + weightGroup);
    return out;
  }
}
