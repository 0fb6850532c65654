package de.sozialraum.monitor.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.monitor.RepoPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema is the one place a default is written: what a configuration leaves out, it supplies.
 */
class SchemaDefaultsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonNode schema;

  @BeforeAll
  static void readTheSchema() throws Exception {
    schema = JSON.readTree(RepoPaths.of("config/schema.json").toFile());
  }

  private static JsonNode filled(String config) throws Exception {
    return new SchemaDefaults(schema).fill(JSON.readTree(config));
  }

  @Test
  void omittedSettingsTakeTheSchemasDefaultsAndGivenOnesStay() throws Exception {
    JsonNode c = filled("{\"tables\": [{\"id\": \"a\"}], \"disclosure\": {\"min_count\": 5}}");
    assertThat(c.at("/disclosure/min_count").asInt()).isEqualTo(5);
    assertThat(c.at("/disclosure/min_denominator"))
        .isEqualTo(schema.at("/properties/disclosure/properties/min_denominator/default"));
    assertThat(c.at("/tables/0/na"))
        .isEqualTo(schema.at("/properties/tables/items/properties/na/default"));
    assertThat(c.at("/working_crs").asText())
        .isEqualTo(schema.at("/properties/working_crs/default").asText());
  }

  @Test
  void sectionsWithAnEmptyDefaultAreMadeAndFilledOthersStayAbsent() throws Exception {
    JsonNode c = filled("{}");
    assertThat(c.at("/spatial/statistics/permutations"))
        .isEqualTo(
            schema.at("/properties/spatial/properties/statistics/properties/permutations/default"));
    assertThat(c.at("/quality/max_outside_share"))
        .isEqualTo(schema.at("/properties/quality/properties/max_outside_share/default"));
    // no supply layer and no fixed period unless configured
    assertThat(c.has("supply")).isFalse();
    assertThat(c.has("years")).isFalse();
  }

  @Test
  void aDefaultBesideAReferenceAndOneInsideItBothApply() throws Exception {
    JsonNode c =
        filled("{\"classification\": {\"variables\": {\"x\": {\"method\": \"fisher_jenks\"}}}}");
    assertThat(c.at("/classification/default/method").asText()).isEqualTo("quantiles");
    assertThat(c.at("/classification/default/classes"))
        .isEqualTo(schema.at("/$defs/classification/properties/classes/default"));
    assertThat(c.at("/classification/variables/x/decimals"))
        .isEqualTo(schema.at("/$defs/classification/properties/decimals/default"));
  }
}
