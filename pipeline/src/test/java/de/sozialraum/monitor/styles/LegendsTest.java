package de.sozialraum.monitor.styles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.sozialraum.monitor.RepoPaths;
import de.sozialraum.monitor.config.ConfigLoader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LegendsTest {

  private static final ClassLegend REBUILT =
      new ClassLegend(
          "x_class",
          "x",
          "X",
          List.of(
              new ClassLegend.Entry(1, "bis 2,0", "#ffffb2"),
              new ClassLegend.Entry(2, "2,0 bis 5,0", "#fd8d3c"),
              new ClassLegend.Entry(3, "über 5,0", "#bd0026")),
          "ohne Wert",
          false);

  private static ClassLegend withPublished(ClassLegend l, List<Map<String, Object>> rows) {
    Map<Integer, String[]> published = new java.util.TreeMap<>();
    rows.forEach(
        r ->
            Legends.publishedClass(
                published,
                "x_class",
                2024,
                new PublishedClasses.Seen(
                    r.get("x_class"),
                    (String) r.get("x_class_label"),
                    (String) r.get("x_class_colour"))));
    return Legends.withPublished(l, published);
  }

  private static Map<String, Object> row(Integer code, String label, String colour) {
    Map<String, Object> r = new HashMap<>();
    r.put("x_class", code);
    r.put("x_class_label", label);
    r.put("x_class_colour", colour);
    return r;
  }

  @Test
  void publishedLabelsReplaceTheRebuiltOnesAndEmptyClassesKeepTheirs() {
    ClassLegend l =
        withPublished(
            REBUILT, List.of(row(1, "bis 2,1", "#ffffb2"), row(3, "über 5,2", "#bd0026")));
    assertThat(l.entries())
        .extracting(ClassLegend.Entry::label)
        .containsExactly("bis 2,1", "2,0 bis 5,0", "über 5,2");
    assertThat(l.entries())
        .extracting(ClassLegend.Entry::colour)
        .containsExactly("#ffffb2", "#fd8d3c", "#bd0026");
  }

  @Test
  void whenWithholdingShiftedTheBreaksTheLegendIsWhatTheDistrictsCarry() {
    // the run classified into 4 classes before small counts were withheld; rebuilt from the
    // published values the
    // scheme has 3, and class 2's published colour is that of the 4-class ramp
    ClassLegend l =
        withPublished(
            REBUILT,
            List.of(
                row(1, "bis 1,0", "#ffffb2"),
                row(2, "1,0 bis 3,0", "#fecc5c"),
                row(4, "über 7,0", "#bd0026"),
                row(null, null, "#d9d9d9")));
    assertThat(l.entries()).extracting(ClassLegend.Entry::value).containsExactly(1, 2, 4);
    assertThat(l.entries())
        .extracting(ClassLegend.Entry::colour)
        .containsExactly("#ffffb2", "#fecc5c", "#bd0026");
    assertThat(l.entries())
        .extracting(ClassLegend.Entry::label)
        .containsExactly("bis 1,0", "1,0 bis 3,0", "über 7,0");
  }

  @Test
  void oneClassPublishedWithTwoLabelsIsAnError() {
    assertThatThrownBy(
            () ->
                withPublished(
                    REBUILT, List.of(row(1, "bis 2,0", "#ffffb2"), row(1, "bis 2,5", "#ffffb2"))))
        .hasMessageContaining(
            "2024: class 1 of x_class is published as 'bis 2,0' and as 'bis 2,5'");
  }

  @Test
  void theRowsAreReadOnceWhateverTheNumberOfLegends() throws Exception {
    // a year's rows are gathered once into what the legends read (their values and distinct
    // classes); the check once read every row again per legend, some 40 passes on the sample
    int[] passes = {0};
    Iterable<Map<String, Object>> rows =
        () -> {
          passes[0]++;
          return java.util.Collections.emptyIterator();
        };
    Legends legends = Legends.of(ConfigLoader.load(RepoPaths.of("config/sample.yaml")), 2024, rows);
    assertThat(legends.all()).hasSizeGreaterThan(2);
    assertThat(passes[0]).isEqualTo(1);
  }
}
