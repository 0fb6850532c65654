package de.sozialraum.monitor.index;

import static de.sozialraum.monitor.index.PresetFixtures.INDICATORS;
import static de.sozialraum.monitor.index.PresetFixtures.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.monitor.config.MonitorConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexPresetsTest {

  @Test
  void lifePhasesTakeTheIndicatorsCarryingEachPhaseInChainOrder() {
    MonitorConfig.Preset mss =
        new MonitorConfig.Preset(
            "mss",
            List.of("a", "b", "c"),
            List.of(),
            Map.of(),
            Map.of(),
            null,
            null,
            0.5,
            Map.of(),
            5,
            4);
    MonitorConfig config =
        new MonitorConfig(
            "t",
            true,
            "EPSG:25832",
            null,
            false,
            null,
            List.of(),
            null,
            List.of(
                indicator("a", "higher_is_worse", "d1", "kita"),
                indicator("b", "higher_is_better", "d1", "kita", "beruf"),
                indicator("c", "higher_is_worse", "d2", "beruf")),
            null,
            new MonitorConfig.Index(2, Map.of("mss", mss), "mss", true),
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

  @Test
  void theRegisteredPresetsAreExactlyThoseTheConfigurationSchemaOffers() throws Exception {
    com.fasterxml.jackson.databind.JsonNode schema =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(de.sozialraum.monitor.RepoPaths.of("config/schema.json").toFile());
    List<String> offered = new java.util.ArrayList<>();
    schema
        .at("/properties/index/properties/presets/properties")
        .fieldNames()
        .forEachRemaining(offered::add);
    assertThat(IndexPresets.names()).containsExactlyElementsOf(offered);
  }

  @Test
  void eachRegisteredPresetPublishesUnderItsOwnNameAndPrefix() {
    for (PresetProvider p : java.util.ServiceLoader.load(PresetProvider.class)) {
      MonitorConfig.Preset settings =
          new MonitorConfig.Preset(
              p.name(),
              List.of("a", "b", "c"),
              List.of(),
              Map.of("d1", List.of("a", "b"), "d2", List.of("c")),
              Map.of(),
              2020,
              "kinder",
              0.5,
              Map.of("d1", "a", "d2", "c"),
              5,
              4);
      IndexPreset preset = p.create(settings, INDICATORS);
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
    for (PresetProvider p : java.util.ServiceLoader.load(PresetProvider.class)) {
      MonitorConfig.Preset settings =
          new MonitorConfig.Preset(
              p.name(),
              List.of("a", "b", "c"),
              List.of("a"),
              Map.of("d1", List.of("a", "b"), "d2", List.of("c")),
              Map.of(),
              2020,
              "kinder",
              0.5,
              Map.of("d1", "a", "d2", "c"),
              5,
              4);
      for (de.sozialraum.monitor.schema.OutputColumn c : p.create(settings, INDICATORS).columns()) {
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
