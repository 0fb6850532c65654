package de.sozialraum.monitor.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.monitor.schema.DeclaredColumns;
import de.sozialraum.monitor.schema.OutputColumn;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDictionaryTest {

  private static final DeclaredColumns INDEX =
      new DeclaredColumns()
          .add(
              List.of(
                  OutputColumn.code("year", "Berichtsjahr").independent("a key"),
                  OutputColumn.number("quote", "Quote").inUnit("%").ofCell("quote")));

  @Test
  void columnsAreDescribedAsDeclaredAndOtherTablesFallBackToTheirOwnTextsThenTheIndexTables(
      @TempDir Path dir) throws Exception {
    Path file = dir.resolve("dictionary.json");
    StructType indices =
        new StructType().add("year", DataTypes.IntegerType).add("quote", DataTypes.DoubleType);
    StructType moran =
        new StructType().add("year", DataTypes.IntegerType).add("moran_i", DataTypes.DoubleType);
    DataDictionary.write(
        indices,
        INDEX,
        Map.of("moran", new DataDictionary.Table(moran, new DeclaredColumns())),
        file);
    JsonNode d = new ObjectMapper().readTree(file.toFile());
    assertThat(d.at("/columns/quote/description").asText()).isEqualTo("Quote");
    assertThat(d.at("/columns/quote/unit").asText()).isEqualTo("%");
    assertThat(d.at("/columns/year/type").asText()).isEqualTo("int");
    assertThat(d.at("/tables/moran/columns/moran_i/description").asText())
        .isEqualTo("Globales Moran's I");
    assertThat(d.at("/tables/moran/columns/year/description").asText()).isEqualTo("Berichtsjahr");
  }

  @Test
  void aPublishedColumnNobodyDescribesIsRefused(@TempDir Path dir) {
    StructType indices =
        new StructType().add("year", DataTypes.IntegerType).add("extra", DataTypes.DoubleType);
    assertThatThrownBy(
            () -> DataDictionary.write(indices, INDEX, Map.of(), dir.resolve("dictionary.json")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("column extra of indices is published without a description");
  }
}
