package de.sozialraum.monitor.index;

import static de.sozialraum.monitor.index.PresetFixtures.INDICATORS;
import static de.sozialraum.monitor.index.PresetFixtures.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.PresetSection;
import de.sozialraum.monitor.config.PresetSections;
import de.sozialraum.monitor.config.PresetSettings;
import de.sozialraum.monitor.config.YearStep;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexPresetsTest {

  @Test
  void lifePhasesTakeTheIndicatorsCarryingEachPhaseInChainOrder() {
    PresetSettings mss = PresetFixtures.settings("mss", List.of());
    MonitorConfig config =
        new MonitorConfig(
            "t",
            true,
            "EPSG:25832",
            null,
            null,
            null,
            null,
            List.of(),
            null,
            List.of(
                indicator("a", "higher_is_worse", "d1", "kita"),
                indicator("b", "higher_is_better", "d1", "kita", "beruf"),
                indicator("c", "higher_is_worse", "d2", "beruf")),
            null,
            new MonitorConfig.Index(
                new YearStep(2),
                Map.of("mss", mss),
                new MonitorConfig.LifePhases(true, "mss"),
                true),
            null,
            null,
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    Map<String, IndexPreset> phases = IndexPresets.lifePhases(config, IndexPresets.of(config));
    assertThat(phases.keySet()).containsExactly("kita", "beruf");
    assertThat(phases.get("beruf").requires()).containsExactly("b", "c");
  }

  /**
   * A method's schema and its settings record describe one section: every property the schema
   * admits binds into a component, and every component but those derived after binding is a
   * property of the schema.
   */
  @Test
  void eachPresetsSchemaAdmitsExactlyTheComponentsOfItsSettingsRecord() throws Exception {
    assertThat(PresetSections.BY_NAME.keySet()).containsExactlyElementsOf(IndexPresets.names());
    for (PresetSection section : PresetSections.BY_NAME.values()) {
      com.fasterxml.jackson.databind.JsonNode schema;
      try (java.io.InputStream in = section.schema()) {
        schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
      }
      List<String> properties = new java.util.ArrayList<>();
      schema.path("properties").fieldNames().forEachRemaining(properties::add);
      List<String> components =
          java.util.Arrays.stream(section.settingsType().getRecordComponents())
              .filter(
                  c ->
                      !c.getAccessor()
                          .isAnnotationPresent(com.fasterxml.jackson.annotation.JsonIgnore.class))
              .map(c -> c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT))
              .toList();
      assertThat(components).as(section.name()).containsExactlyInAnyOrderElementsOf(properties);
      assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
    }
  }

  @Test
  void eachRegisteredPresetPublishesUnderItsOwnNameAndPrefix() {
    for (PresetProvider<?> p : IndexPresets.providers()) {
      PresetSettings settings = PresetFixtures.settings(p.name(), List.of());
      IndexPreset preset = p.createFrom(settings, INDICATORS);
      assertThat(preset.name()).isEqualTo(p.name());
      assertThat(preset.columns())
          .extracting(c -> c.name())
          .allMatch(
              c -> c.startsWith(p.name() + "_"), "every column starts with " + p.name() + "_");
      assertThat(preset.columns())
          .extracting(c -> c.name())
          .contains(preset.headlineColumn(), preset.classColumn());
    }
  }

  /**
   * Disclosure control withholds by what a column is derived from: a preset column without a
   * declared derivation could carry a withheld count out. A column named after one indicator
   * ({@code <preset>_z_a}, {@code _pr_a}, {@code _z_a_change}) must follow that indicator's cell;
   * the others combine several indicators.
   */
  @Test
  void everyPresetColumnDeclaresWhatItIsDerivedFrom() {
    for (PresetProvider<?> p : IndexPresets.providers()) {
      PresetSettings settings = PresetFixtures.settings(p.name(), List.of("a"));
      for (de.sozialraum.monitor.schema.OutputColumn c :
          p.createFrom(settings, INDICATORS).columns()) {
        assertThat(c.derivation()).as("%s declares its derivation", c.name()).isNotNull();
        for (String id : List.of("a", "b", "c")) {
          if (c.name().endsWith("_" + id) || c.name().contains("_" + id + "_")) {
            assertThat(c.derivation().indicator()).as("%s follows %s", c.name(), id).isEqualTo(id);
          }
        }
        if (c.derivation().indicator() != null) {
          assertThat(List.of("a", "b", "c"))
              .as("%s is derived from an indicator of the run", c.name())
              .contains(c.derivation().indicator());
        }
      }
    }
  }
}
