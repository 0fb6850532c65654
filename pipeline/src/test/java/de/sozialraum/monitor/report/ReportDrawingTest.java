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
  void aMapOfTheAreaCarriesAScaleBarOfARoundLengthANorthArrowAndItsLabels() {
    // 10 km wide on 640 px with 8 px margin: 624 px for 10,000 m; a fifth of the width, 128 px, is
    // 2,051 m; the largest round length below it is 2,000 m, drawn 2,000 · 624 / 10,000 = 124.8 px
    MapFrame f = new MapFrame(new Envelope(0, 10_000, 0, 5_000), 640, 8);
    var square =
        new GeometryFactory()
            .createPolygon(
                new Coordinate[] {
                  new Coordinate(0, 0),
                  new Coordinate(10_000, 0),
                  new Coordinate(10_000, 5_000),
                  new Coordinate(0, 0)
                });
    // the shape is drawn once, in the frame's pixels: 10,000 m → 8 + 624 px
    assertThat(ChoroplethMap.shapes(f, java.util.Map.of("g1", square)))
        .contains("<path id=\"g1\" d=\"M8,320L632,320L632,8Z\"")
        .contains("aria-hidden=\"true\"");
    List<ChoroplethMap.Label> labels =
        List.of(
            new ChoroplethMap.Label("1", new Coordinate(5_000, 2_500), false),
            new ChoroplethMap.Label("Unna", new Coordinate(5_000, 1_000), true));
    String svg = oneDistrict(f, new ChoroplethMap.Furniture(labels, true));
    assertThat(svg)
        .contains("class=\"massstab\"")
        .contains("width=\"62.4\"")
        .contains(">2 km</text>")
        .contains("class=\"nordpfeil\"")
        .contains("class=\"nummer\">1</text>")
        .contains("class=\"gemeindename\">Unna</text>");
    String plane = oneDistrict(f, new ChoroplethMap.Furniture(labels, false));
    assertThat(plane).doesNotContain("massstab").contains("nordpfeil");
    assertThat(ChoroplethMap.roundLength(999)).isEqualTo(500.0);
    assertThat(ChoroplethMap.roundLength(4_999)).isEqualTo(2_000.0);
    assertThat(ChoroplethMap.roundLength(10_000)).isEqualTo(10_000.0);
    assertThat(ChoroplethMap.lengthLabel(500)).isEqualTo("500 m");
  }

  /** A map of the whole frame with one white district, shape g1. */
  private static String oneDistrict(MapFrame f, ChoroplethMap.Furniture furniture) {
    return ChoroplethMap.render(
        "m",
        "Karte",
        f,
        f,
        List.of(new ChoroplethMap.Area("a", "g1", "#ffffff", "A")),
        List.of(),
        List.of(),
        null,
        furniture);
  }

  @Test
  void aZoomedFrameDrawsTheSharedShapesThroughOneScaleAndShift() {
    // the whole area 0–1,000 m on 120 px (10 px margin): s₀ = 0.1 px/m; a part 200–400 × 0–100 m
    // on 220 px (10 px margin): s = 1 px/m, k = 10. x' = 10 + (x − 200) with x = 10·(X − 10):
    // x' = 10·X − 290; y' = 10 + (100 − y) with y = 1,000 − 10·(Y − 10) = 1,100 − 10·Y:
    // y' = 10·Y − 990
    MapFrame whole = new MapFrame(new Envelope(0, 1_000, 0, 1_000), 120, 10);
    MapFrame part = new MapFrame(new Envelope(200, 400, 0, 100), 220, 10);
    assertThat(part.transformFrom(whole)).isEqualTo("matrix(10 0 0 10 -290 -990)");
    // the point (300, 50): whole (40, 105), part (110, 60) = (10·40 − 290, 10·105 − 990)
    assertThat(whole.x(300)).isEqualTo(40.0);
    assertThat(whole.y(50)).isEqualTo(105.0);
    assertThat(part.x(300)).isEqualTo(110.0);
    assertThat(part.y(50)).isEqualTo(60.0);
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
  void aSharesChartStartsAtZeroAndNamesItsUnitWhileOtherValuesKeepTheirRange() {
    List<TrendChart.Series> series =
        List.of(new TrendChart.Series("Kreis", "#252525", false, new double[] {20.5, 21.5}));
    // 0–21.5 %: Heckbert's nice range of 21.5 is 50, its nice step for 5 ticks round(12.5) = 10
    String share =
        TrendChart.full(
            "Quote", new int[] {2023, 2024}, series, 1, de.sozialraum.monitor.config.Unit.PERCENT);
    assertThat(ticks(share)).containsExactly("0", "10", "20", "30");
    assertThat(share).contains("class=\"einheit\">%</text>");
    // a score of no unit keeps the range of its values: nice range of 1.0 is 1, step round(0.25)
    // = 0.2, from floor(20.5 / 0.2) · 0.2 = 20.4 to ceil(21.5 / 0.2) · 0.2 = 21.6
    String score =
        TrendChart.full(
            "Wert", new int[] {2023, 2024}, series, 1, de.sozialraum.monitor.config.Unit.NONE);
    assertThat(ticks(score))
        .containsExactly("20,4", "20,6", "20,8", "21,0", "21,2", "21,4", "21,6");
    assertThat(score).doesNotContain("einheit");
  }

  /** The y-axis labels: the right-aligned texts of the axis group. */
  private static List<String> ticks(String svg) {
    return java.util.regex.Pattern.compile("text-anchor=\"end\">([^<]+)</text>")
        .matcher(svg)
        .results()
        .map(m -> m.group(1))
        .toList();
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
            1,
            de.sozialraum.monitor.config.Unit.PERCENT);
    assertThat(svg)
        .contains("aria-label=\"Anteil &lt;Kinder> &amp; Jugendliche\"")
        .contains("2023 1,5, 2024 –");
    assertThat(svg).doesNotContain("<Kinder>");
  }
}
