package de.sozialraum.monitor.indicators;

import de.sozialraum.monitor.config.MonitorConfig;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Which districts take part in a year's standardisation (docs/METHODS.md §1): not on the exclusion
 * list, not invalid by the delivery's own verdict ({@code validity.column}), with a population
 * figure, and at least the minimum population; without a population in the delivery, every district
 * not excluded that has data. Invalid districts are published with the reason and without index
 * values.
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

  private static final java.util.Map<String, String> NAMES =
      java.util.Map.of(
          VALID,
          "gültig",
          "excluded",
          "ausgeschlossen",
          "invalid_by_delivery",
          "laut Lieferung ungültig",
          "no_data",
          "ohne Daten",
          "population_below_minimum",
          "zu wenige Einwohner");

  /** A validity code's German name, as the report says it. */
  public static String name(String code) {
    return NAMES.getOrDefault(code, code);
  }

  private final int minPopulation;
  private final List<MonitorConfig.Exclusion> exclusions;
  private final boolean populationDelivered;
  private final List<String> indicators;
  private final MonitorConfig.ValidityColumn delivered;

  public Validity(MonitorConfig config) {
    this.minPopulation = config.validity().minPopulation();
    this.exclusions = config.validity().exclusions();
    this.populationDelivered = config.population().isDelivered();
    this.indicators = config.indicators().stream().map(MonitorConfig.Indicator::id).toList();
    this.delivered = config.validity().column();
  }

  /**
   * Why a published row is not valid, in German (the published {@code validity_reason} is the log's
   * English): from its code, population and the delivery's verdict; an exclusion by the reason its
   * configuration gives.
   */
  public String reasonInGerman(String code, Number population, Object verdict, String reason) {
    return switch (code) {
      case "excluded" -> reason;
      case "invalid_by_delivery" -> delivered.column() + " = " + verdict + " in der Lieferung";
      case "no_data" ->
          populationDelivered && population == null
              ? "keine Einwohnerzahl in diesem Jahr"
              : "kein Indikatorwert in diesem Jahr";
      case "population_below_minimum" ->
          String.format(
              Locale.GERMANY,
              "%,d Einwohner, weniger als die Mindestzahl %,d",
              population.longValue(),
              minPopulation);
      default -> reason;
    };
  }

  /** Whether the delivery says itself which districts are valid ({@code validity.column}). */
  public boolean readsDelivery() {
    return delivered != null;
  }

  /** The indicators whose values tell, without a population, whether a district has data. */
  public List<String> indicators() {
    return indicators;
  }

  /**
   * @param population the residents, null when not delivered for this year
   * @param anyValue whether any indicator has a value: without a population in the delivery, that
   *     is what tells a district with data from one without
   * @param verdict the delivery's value in {@code validity.column}; null when it gives none
   */
  public Status of(String district, int year, Double population, boolean anyValue, String verdict) {
    MonitorConfig.Exclusion ex =
        exclusions.stream()
            .filter(e -> e.district().equals(district) && e.appliesTo(year))
            .findFirst()
            .orElse(null);
    if (ex != null) {
      return new Status("excluded", ex.reason());
    }
    if (verdict != null && !delivered.valid().contains(verdict)) {
      return new Status(
          "invalid_by_delivery", delivered.column() + " = " + verdict + " in the delivery");
    }
    if (!populationDelivered) {
      return anyValue
          ? new Status(VALID, null)
          : new Status("no_data", "no indicator value for this year");
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
