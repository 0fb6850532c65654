package de.sozialraum.monitor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.sozialraum.monitor.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planner who gets a configuration wrong in ten places learns of all ten at once, each at its
 * line and column, with what was probably meant, whether the schema, a cross-reference or the table
 * itself shows the mistake.
 */
class ConfigProblemsTest {

  /**
   * One planted mistake: the text replaced, its replacement, the part of it where the problem is
   * placed (the setting's key, or the list item at fault), its path and what the report must say.
   */
  private record Mistake(String original, String planted, String anchor, String at, String says) {}

  private static final List<Mistake> MISTAKES =
      List.of(
          new Mistake(
              "title: \"Sozial", "titel: \"Sozial", "titel", "/titel", "did you mean 'title'?"),
          new Mistake(
              "  id_field: sozialraum_id",
              "  format: geojsn\n  id_field: sozialraum_id",
              "format",
              "/geometry/format",
              "'geojsn' is not one of geojson, shapefile, wkt-csv; did you mean 'geojson'?"),
          new Mistake(
              "ew_65plus: 65 und älter",
              "ew_65plus: 65 und aelter",
              "ew_65plus",
              "/tables/0/columns/ew_65plus",
              "column '65 und aelter' is not in the header of einwohner_altersgruppen.csv;"
                  + " did you mean '65 und älter'?"),
          new Mistake(
              "    decimal: \",\"\n    na:",
              "    decimal: \".\"\n    na:",
              "decimal",
              "/tables/1/decimal",
              "is not a number with decimal '.'; the first 200 records all read as numbers with"
                  + " decimal ',': set decimal: ','"),
          new Mistake(
              "    delimiter: \",\"\n    decimal: \".\"\n    layout: long",
              "    delimiter: \";\"\n    decimal: \".\"\n    layout: long",
              "delimiter",
              "/tables/2/delimiter",
              "the file looks comma-separated, and with ',' every configured column is in its"
                  + " header: set delimiter: ','"),
          new Mistake(
              "direction: higher_is_worse\n    domain: soziale_lage\n    life_phases: [geburt",
              "direction: higher_is_wrose\n    domain: soziale_lage\n    life_phases: [geburt",
              "direction",
              "/indicators/0/direction",
              "did you mean 'higher_is_worse'?"),
          new Mistake(
              "numerator: [elb]",
              "numerator: [elbb]",
              "elbb",
              "/indicators/1",
              "variable 'elbb' is not delivered by any table; did you mean 'elb'?"),
          new Mistake(
              "status: [kinderarmut, sgb2_elb_quote, arbeitslosigkeit,",
              "status: [kinderarmut, sgb2_elb_quote, arbeitslosigkeitt,",
              "arbeitslosigkeitt",
              "/index/presets/mss",
              "indicator 'arbeitslosigkeitt' is not defined under /indicators;"
                  + " did you mean 'arbeitslosigkeit'?"),
          new Mistake(
              "default: {method: quantiles, classes: 5}",
              "default: {method: quantiles, classes: 25}",
              "classes",
              "/classification/default/classes",
              "must have a maximum value of 20"),
          new Mistake(
              "    permutations: 999",
              "    permutation: 999",
              "permutation",
              "/spatial/statistics/permutation",
              "unknown key; did you mean 'permutations'?"));

  @Test
  void tenPlantedMistakesAreReportedInOneRoundAtTheirLinesInFileOrder(@TempDir Path dir)
      throws Exception {
    String yaml =
        Files.readString(RepoPaths.of("config/sample.yaml"))
            .replace("../samples/", RepoPaths.of("samples") + "/");
    for (Mistake m : MISTAKES) {
      assertThat(yaml).as("the sample still has %s", m.original()).containsOnlyOnce(m.original());
      yaml = yaml.replace(m.original(), m.planted());
    }
    Path file = Files.writeString(dir.resolve("kreis.yaml"), yaml);

    ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(file));

    List<String> expected = new ArrayList<>();
    for (Mistake m : MISTAKES) {
      int offset = yaml.indexOf(m.planted()) + m.planted().indexOf(m.anchor());
      int line = (int) yaml.substring(0, offset).chars().filter(c -> c == '\n').count();
      int column = offset - (yaml.lastIndexOf('\n', offset - 1) + 1) + 1;
      expected.add("line " + (line + 1) + ", column " + column + ": " + m.at() + ": ");
    }
    assertThat(e.problems()).hasSize(MISTAKES.size());
    for (int i = 0; i < MISTAKES.size(); i++) {
      assertThat(e.problems().get(i)).startsWith(expected.get(i)).contains(MISTAKES.get(i).says());
    }
  }
}
