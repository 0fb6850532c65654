package de.sozialraum.geodata.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.sozialraum.geodata.model.FeatureLayer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WktCsvSourceTest {

  @Test
  void featureNumbersAreFileLinesEvenAfterAMultiLineValue(@TempDir Path dir) throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("a.csv"),
            "\uFEFFid;name;wkt\n1;\"Zwei\nZeilen\";POINT (400000 5700000)\n2;Süd;POINT (400100 5700100)\n",
            StandardCharsets.UTF_8);
    FeatureLayer layer =
        new WktCsvSource().read(csv, LayerOptions.defaults().withCrs("EPSG:25832"));
    assertThat(layer.features()).extracting(f -> f.number()).containsExactly(2, 4);
    assertThat(layer.features().get(1).text("name")).isEqualTo("Süd");
    assertThat(layer.locate(layer.features().get(1))).isEqualTo("a.csv, line 4");
  }

  @Test
  void invalidWktNamesTheLine(@TempDir Path dir) throws Exception {
    Path csv =
        Files.writeString(dir.resolve("b.csv"), "id;wkt\n1;POINT (1 2)\n2;POLYGON ((0 0, 1 1\n");
    assertThatThrownBy(
            () -> new WktCsvSource().read(csv, LayerOptions.defaults().withCrs("EPSG:25832")))
        .hasMessageContaining("b.csv: line 3: invalid WKT");
  }

  @Test
  void csvWithoutDeclaredCrsIsRefused(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("c.csv"), "id;wkt\n1;POINT (1 2)\n");
    assertThatThrownBy(() -> new WktCsvSource().read(csv, LayerOptions.defaults()))
        .hasMessageContaining("declare 'crs'");
  }
}
