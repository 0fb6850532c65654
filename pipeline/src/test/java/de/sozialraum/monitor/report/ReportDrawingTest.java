package de.sozialraum.monitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

class ReportDrawingTest {

  @Test
  void niceScaleCoversTheDataWithRoundSteps() {
    // Heckbert: range 9.4 → nice 10; 10/4 = 2.5 → rounded step 2; floor(0.3/2)·2 = 0, ceil(9.7/2)·2
    // = 10
    NiceScale s = NiceScale.of(0.3, 9.7, 5);
    assertThat(s.step()).isEqualTo(2.0);
    assertThat(s.ticks()).containsExactly(0, 2, 4, 6, 8, 10);
    // range 0.37 → nice 0.5; 0.5/4 = 0.125 → step 0.1; 12.41 … 12.78 → 12.4 … 12.8
    assertThat(NiceScale.of(12.41, 12.78, 5).ticks()).containsExactly(12.4, 12.5, 12.6, 12.7, 12.8);
  }

  @Test
  void mapFrameKeepsTheAspectFlipsYAndClosesEveryRing() {
    // extent 100 × 50 m on a 220 px canvas with 10 px margin: scale 2, height 50·2 + 20 = 120
    MapFrame f = new MapFrame(new Envelope(0, 100, 0, 50), 220, 10);
    assertThat(f.height()).isEqualTo(120.0);
    assertThat(f.x(25)).isEqualTo(60.0);
    assertThat(f.y(50)).isEqualTo(10.0);
    assertThat(f.y(0)).isEqualTo(110.0);
    var square =
        new GeometryFactory()
            .createPolygon(
                new Coordinate[] {
                  new Coordinate(0, 0),
                  new Coordinate(50, 0),
                  new Coordinate(50, 50),
                  new Coordinate(0, 50),
                  new Coordinate(0, 0)
                });
    assertThat(f.path(square)).isEqualTo("M10,110L110,110L110,10L10,10Z");
  }

  @Test
  void svgNumbersHaveOneDecimalAndNoTrailingZero() {
    assertThat(
            List.of(
                SvgWriter.num(12),
                SvgWriter.num(12.54),
                SvgWriter.num(-0.06),
                SvgWriter.num(-3.26)))
        .containsExactly("12", "12.5", "-0.1", "-3.3");
  }

  @Test
  void germanNumbersUseDecimalCommaAndTypographicSigns() {
    assertThat(GermanNumbers.format(1234.56, 1)).isEqualTo("1.234,6");
    assertThat(GermanNumbers.format(Double.NaN, 1)).isEqualTo("–");
    assertThat(GermanNumbers.format(null, 1)).isEqualTo("–");
    assertThat(GermanNumbers.signed(-0.44, 1)).isEqualTo("−0,4");
    assertThat(GermanNumbers.signed(2.0, 1)).isEqualTo("+2,0");
    assertThat(GermanNumbers.signed(-0.04, 1)).isEqualTo("0,0");
  }

  @Test
  void chartsEscapeTheirTextThroughTheXmlWriter() {
    String svg =
        TrendChart.full(
            "Anteil <Kinder> & Jugendliche",
            new int[] {2023, 2024},
            List.of(
                new TrendChart.Series(
                    "Kreis \"Unna\"", "#252525", false, new double[] {1.5, Double.NaN})),
            1);
    assertThat(svg)
        .contains("aria-label=\"Anteil &lt;Kinder> &amp; Jugendliche\"")
        .contains("2023 1,5, 2024 –");
    assertThat(svg).doesNotContain("<Kinder>");
  }
}
