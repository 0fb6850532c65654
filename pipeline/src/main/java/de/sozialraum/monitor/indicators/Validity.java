package de.sozialraum.monitor.indicators;

import de.sozialraum.monitor.config.MonitorConfig;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Which districts take part in a year's standardisation (docs/METHODS.md §1): not on the exclusion
 * list, with a population figure, and at least the minimum population. Invalid districts are
 * published with the reason and without index values.
 */
public final class Validity implements Serializable {

  public static final String VALID = "valid";

  /**
   * @param reason why the district is not valid; null when it is
   */
  public record Status(String code, String reason) {
    public boolean valid() {
      return VALID.equals(code);
    }
  }

  private final int minPopulation;
  private final List<MonitorConfig.Exclusion> exclusions;

  public Validity(MonitorConfig.Validity rules) {
    this.minPopulation = rules.minPopulation();
    this.exclusions = rules.exclusions();
  }

  public Status of(String district, int year, Double population) {
    MonitorConfig.Exclusion ex =
        exclusions.stream()
            .filter(e -> e.district().equals(district) && e.appliesTo(year))
            .findFirst()
            .orElse(null);
    if (ex != null) {
      return new Status("excluded", ex.reason());
    }
    if (population == null) {
      return new Status("no_data", "no population figure for this year");
    }
    if (population < minPopulation) {
      return new Status(
          "population_below_minimum",
          String.format(
              Locale.ROOT,
              "%d residents, below the minimum of %d",
              population.longValue(),
              minPopulation));
    }
    return new Status(VALID, null);
  }
}
