package de.sozialraum.monitor.index.imd;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.sozialraum.monitor.config.DomainGrouped;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.PresetSettings;
import de.sozialraum.monitor.index.DomainWeights;
import de.sozialraum.monitor.numerics.Ranking;
import java.util.List;
import java.util.Map;

/**
 * {@code index.presets.imd}: the indicators (by default those with a domain), every domain's
 * weight, and the rank tied domain scores share.
 *
 * @param domainWeights as fractions, used as given: the score is Σ wᵢ·Xᵢ
 * @param groups the indicators by domain, derived from {@code indicators}
 */
public record ImdSettings(
    List<String> indicators,
    Map<String, Double> domainWeights,
    Ranking.Ties rankTies,
    @JsonIgnore Map<String, List<String>> groups)
    implements DomainGrouped {

  /**
   * The most the weights may sum to: the IMD 2019's sum to 0.999 (rounded shares); weights in
   * percent (summing to 100) would publish scores a hundred times too large.
   */
  static final double MAX_WEIGHT_SUM = 1.05;

  public ImdSettings {
    domainWeights = MonitorConfig.mapOrEmpty(domainWeights);
  }

  @Override
  public PresetSettings grouped(List<String> members, Map<String, List<String>> byDomain) {
    return new ImdSettings(members, domainWeights, rankTies, byDomain);
  }

  @Override
  public void check(String at, MonitorConfig config, List<String> problems) {
    DomainWeights.check(at, domainWeights, groups, true, problems);
    double sum = domainWeights.values().stream().mapToDouble(Double::doubleValue).sum();
    if (sum > MAX_WEIGHT_SUM) {
      problems.add(
          at
              + "/domain_weights: the weights sum to "
              + sum
              + "; the score is Σ wᵢ·Xᵢ with the weights as given, so give them as fractions"
              + " that sum to 1 (30 % as 0.3)");
    }
  }

  @Override
  public List<String> parameters(java.util.function.UnaryOperator<String> indicatorName) {
    return List.of(
        DomainWeights.describe(domainWeights),
        "gleiche Domänenwerte: "
            + switch (rankTies) {
              case AVERAGE -> "mittlerer Rang";
              case MIN -> "niedrigster Rang (weniger benachteiligt)";
              case MAX -> "höchster Rang (stärker benachteiligt)";
            });
  }
}
