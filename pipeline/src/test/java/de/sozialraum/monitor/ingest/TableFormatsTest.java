package de.sozialraum.monitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.monitor.RepoPaths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableFormatsTest {

  @Test
  void theRegisteredTableFormatsAreExactlyThoseTheConfigurationSchemaOffers() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(RepoPaths.of("config/schema.json").toFile());
    List<String> offered = new ArrayList<>();
    schema
        .at("/properties/tables/items/properties/format/enum")
        .forEach(f -> offered.add(f.asText()));
    assertThat(offered).isNotEmpty();
    assertThat(TableFormats.names()).containsExactlyElementsOf(offered);
  }

  @Test
  void aFormatNobodyRegisteredIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> TableFormats.of("xlsx"))
        .hasMessageContaining("'xlsx'")
        .hasMessageContaining(TableFormats.names().toString());
  }
}
