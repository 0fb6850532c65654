package de.sozialraum.monitor.numerics.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaletteTest {

  @Test
  void upToNineClassesAreColorBrewersYlOrRdOfThatSize() {
    // colorbrewer2.org, YlOrRd, 5 and 9 data classes
    assertThat(Palette.sequential(5))
        .containsExactly("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026");
    assertThat(Palette.sequential(9))
        .containsExactly(
            "#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#bd0026",
            "#800026");
  }

  @Test
  void convertsSrgbToCielabAsTheReferenceFormulasDo() {
    // Lindbloom's calculator (sRGB, D65, 2°): white L* 100, a* 0, b* 0; red (255, 0, 0) L* 53.2408,
    // a* 80.0925, b* 67.2032
    assertThat(Palette.lab("#ffffff")).containsExactly(new double[] {100, 0, 0}, within(1e-3));
    assertThat(Palette.lab("#ff0000"))
        .containsExactly(new double[] {53.2408, 80.0925, 67.2032}, within(1e-3));
    for (String c : Palette.sequential(9)) {
      assertThat(Palette.hex(Palette.lab(c))).as("round trip of %s", c).isEqualTo(c);
    }
  }

  @Test
  void decilesToVentilesRunTheNineClassRampFromEndToEndGettingDarkerEveryClass() {
    List<String> nine = Palette.sequential(9);
    for (int k = 10; k <= Palette.MAX_CLASSES; k++) {
      List<String> c = Palette.sequential(k);
      assertThat(c).as("%d classes", k).hasSize(k);
      assertThat(new HashSet<>(c)).as("%d classes distinct", k).hasSize(k);
      assertThat(c.get(0)).isEqualTo(nine.get(0));
      assertThat(c.get(k - 1)).isEqualTo(nine.get(8));
      for (int i = 1; i < k; i++) {
        assertThat(Palette.lab(c.get(i))[0])
            .as("%d classes: L* of class %d below class %d", k, i + 1, i)
            .isLessThan(Palette.lab(c.get(i - 1))[0]);
      }
    }
    // 17 classes put every second one on an anchor of the 9-class ramp (t = c/2)
    List<String> seventeen = Palette.sequential(17);
    for (int a = 0; a < 9; a++) {
      assertThat(seventeen.get(2 * a)).isEqualTo(nine.get(a));
    }
  }

  @Test
  void refusesMoreThanTwentyClasses() {
    assertThatThrownBy(() -> Palette.sequential(21))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a map has 2 to 20 classes, not 21");
  }
}
