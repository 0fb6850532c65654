package de.sozialraum.monitor.config;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One index method's section under {@code index.presets}, bound into the record its {@link
 * PresetSection} names. What the rest of the run asks of every method is here; the rest belongs to
 * the method alone.
 */
public interface PresetSettings extends Serializable {

  /** The indicators the method combines, in order (MSS: its status indicators). */
  List<String> indicators();

  /** Theme or domain name → its indicators, in order; empty for a method without groups. */
  default Map<String, List<String>> groups() {
    return Map.of();
  }

  /** Indicators whose change feeds the index (MSS: its dynamic indicators). */
  default List<String> dynamic() {
    return List.of();
  }

  /** The year the method fixes its scale in, or null. */
  default Integer referenceYear() {
    return null;
  }

  /**
   * The settings with what they take from the indicators filled in; the same settings when there is
   * nothing to fill.
   */
  default PresetSettings completed(List<MonitorConfig.Indicator> all) {
    return this;
  }

  /**
   * Cross-references the schema cannot check, each problem starting with {@code at} (the section's
   * path).
   */
  default void check(String at, MonitorConfig config, List<String> problems) {}

  /**
   * The settings as the report's methods annex lists them, beside the indicators.
   *
   * @param indicatorName an indicator's name in the report's language, by its id
   */
  default List<String> parameters(java.util.function.UnaryOperator<String> indicatorName) {
    return List.of();
  }

  /** The given indicators, or by default every indicator with a domain, in definition order. */
  static List<String> withDomain(List<String> given, List<MonitorConfig.Indicator> all) {
    return given != null
        ? List.copyOf(given)
        : all.stream().filter(i -> i.domain() != null).map(MonitorConfig.Indicator::id).toList();
  }

  /** The members grouped by their indicators' domains, in the members' order. */
  static Map<String, List<String>> byDomain(
      List<String> members, List<MonitorConfig.Indicator> all) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (String id : members) {
      all.stream()
          .filter(i -> i.id().equals(id) && i.domain() != null)
          .findFirst()
          .ifPresent(i -> groups.computeIfAbsent(i.domain(), d -> new ArrayList<>()).add(id));
    }
    groups.replaceAll((d, ids) -> List.copyOf(ids));
    return java.util.Collections.unmodifiableMap(groups);
  }
}
