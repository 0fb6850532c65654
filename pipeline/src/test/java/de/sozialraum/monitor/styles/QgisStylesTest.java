package de.sozialraum.monitor.styles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QgisStylesTest {

  @Test
  void coloursAreWrittenAsQgisRgbaTriples() {
    // #fd8d3c = (0xfd, 0x8d, 0x3c) = (253, 141, 60)
    assertThat(QgisStyles.rgba("#fd8d3c")).isEqualTo("253,141,60,255");
  }

  @Test
  void everyClassBecomesACategoryAndDistrictsWithoutClassGetTheHatchedElseCategory(
      @TempDir Path dir) throws Exception {
    ClassLegend l =
        new ClassLegend(
            "x_class",
            "x",
            "X",
            List.of(
                new ClassLegend.Entry(1, "bis 2,0", "#ffffb2"),
                new ClassLegend.Entry(2, "über 2,0 & mehr", "#bd0026")),
            "ohne Wert",
            false);
    Path qml = dir.resolve("x.qml");
    QgisStyles.write(l, qml);
    String xml = Files.readString(qml);
    assertThat(xml)
        .contains("<renderer-v2 type=\"categorizedSymbol\" attr=\"x_class\"")
        .contains("<category value=\"1\" symbol=\"0\" label=\"bis 2,0\" render=\"true\"")
        .contains("label=\"über 2,0 &amp; mehr\"")
        .contains("<category value=\"\" symbol=\"2\" label=\"ohne Wert\"")
        .contains("value=\"b_diagonal\"");
    assertThat(QgisStyles.boundsChangeByYear(l)).isTrue();
  }
}
