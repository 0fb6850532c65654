package de.sozialraum.monitor.index;

import static de.sozialraum.monitor.schema.Columns.phaseIndexOf;
import static de.sozialraum.monitor.schema.Columns.phaseOf;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.PresetSection;
import de.sozialraum.monitor.config.PresetSections;
import de.sozialraum.monitor.schema.OutputColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The index methods by configuration name, and the life-phase sub-indices derived from the run's
 * method. A new method registers a {@link PresetProvider} and becomes selectable in {@code
 * index.presets}.
 */
public final class IndexPresets {

  /** The prevention chain's phases in the order a child passes them (docs/METHODS.md §3). */
  public static final List<String> LIFE_PHASES =
      List.of("geburt", "kita", "schuleintritt", "sekundarstufe", "beruf");

  private static final Map<String, String> LIFE_PHASE_NAMES =
      Map.of(
          "geburt", "Rund um die Geburt",
          "kita", "Kita",
          "schuleintritt", "Schuleintritt",
          "sekundarstufe", "Sekundarstufe",
          "beruf", "Übergang in den Beruf");

  /**
   * A life phase's German name, as published labels use it; an offer's phase outside the chain
   * keeps the name it was delivered with.
   */
  public static String lifePhaseName(String phase) {
    return LIFE_PHASE_NAMES.getOrDefault(phase, phase);
  }

  /**
   * The registered methods by name, in registration order (the order of the services file). A
   * method registers once, as the configuration's {@link PresetSection}; it must also make the
   * method from its settings.
   */
  private static final Map<String, PresetProvider<?>> BY_NAME = providersByName();

  private IndexPresets() {}

  private static Map<String, PresetProvider<?>> providersByName() {
    Map<String, PresetProvider<?>> out = new LinkedHashMap<>();
    PresetSections.BY_NAME.forEach(
        (name, section) -> {
          if (!(section instanceof PresetProvider<?> provider)) {
            throw new IllegalStateException(
                "preset '"
                    + name
                    + "' ("
                    + section.getClass().getName()
                    + ") is no PresetProvider");
          }
          out.put(name, provider);
        });
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The registered methods, in registration order. */
  public static java.util.Collection<PresetProvider<?>> providers() {
    return BY_NAME.values();
  }

  /** The names of the registered methods. */
  public static java.util.Set<String> names() {
    return java.util.Collections.unmodifiableSet(BY_NAME.keySet());
  }

  /** The configured presets, unfitted, in configuration order. */
  public static List<IndexPreset> of(MonitorConfig config) {
    Indicators ind = new Indicators(config.indicators());
    List<IndexPreset> out = new ArrayList<>();
    config
        .index()
        .presets()
        .forEach(
            (name, p) -> {
              PresetProvider<?> provider = BY_NAME.get(name);
              if (provider == null) {
                throw new IllegalArgumentException(
                    "unknown index preset '" + name + "'; known: " + BY_NAME.keySet());
              }
              out.add(provider.createFrom(p, ind));
            });
    return out;
  }

  /**
   * One sub-index per life phase that has indicators, named {@code phase_<phase>}, computed with
   * the configured method over the indicators carrying that phase; empty when sub-indices are
   * switched off.
   */
  public static Map<String, IndexPreset> lifePhases(
      MonitorConfig config, List<IndexPreset> presets) {
    Map<String, IndexPreset> out = new LinkedHashMap<>();
    String method = config.index().lifePhaseMethod();
    if (method == null) {
      return out;
    }
    IndexPreset base =
        presets.stream().filter(p -> p.name().equals(method)).findFirst().orElseThrow();
    for (String phase : LIFE_PHASES) {
      List<String> ids =
          config.indicators().stream()
              .filter(i -> i.lifePhases().contains(phase))
              .map(MonitorConfig.Indicator::id)
              .toList();
      if (!ids.isEmpty()) {
        out.put(phase, base.restrictedTo(phaseOf(phase), ids));
      }
    }
    return out;
  }

  /**
   * The German title of a column the spatial statistics analyse, as legends and captions name it: a
   * preset's headline by its {@link #headlineTitle}, a life phase's sub-index by the phase, an
   * indicator by its label; any other column by its name.
   */
  public static String variableTitle(
      MonitorConfig config, List<IndexPreset> presets, String variable) {
    for (IndexPreset p : presets) {
      if (p.headlineColumn().equals(variable)) {
        return headlineTitle(p);
      }
    }
    for (String phase : LIFE_PHASES) {
      if (phaseIndexOf(phase).equals(variable)) {
        return "Teilindex " + lifePhaseName(phase);
      }
    }
    for (MonitorConfig.Indicator i : config.indicators()) {
      if (i.id().equals(variable)) {
        return i.label();
      }
    }
    return variable;
  }

  /**
   * A preset's headline by its German name: the name its dictionary description opens with
   * ("MSS-Statusindex: z-Wert …"), else the preset's name.
   */
  public static String headlineTitle(IndexPreset p) {
    for (OutputColumn c : p.columns()) {
      if (c.name().equals(p.headlineColumn()) && c.description().contains(":")) {
        return c.description().substring(0, c.description().indexOf(':'));
      }
    }
    return p.name().toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * The columns the spatial statistics analyse: as configured, by default every preset's headline.
   */
  public static List<String> spatialVariables(
      MonitorConfig.Spatial spatial, List<IndexPreset> presets) {
    return spatial.statistics().variables() == null
        ? presets.stream().map(IndexPreset::headlineColumn).toList()
        : spatial.statistics().variables();
  }
}
