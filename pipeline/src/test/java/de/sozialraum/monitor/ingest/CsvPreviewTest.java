package de.sozialraum.monitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.sozialraum.monitor.config.ConfigException;
import de.sozialraum.monitor.config.ConfigLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table's dialect is judged from its first lines when the configuration is loaded: a wrong
 * delimiter, decimal mark or encoding is one problem at that setting, saying what to set, and only
 * what those lines prove is said.
 */
class CsvPreviewTest {

  @TempDir Path dir;

  /** The problems of a configuration whose one table has {@code settings} and {@code bytes}. */
  private List<String> problems(String settings, byte[] bytes) throws Exception {
    Files.writeString(dir.resolve("g.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
    Files.write(dir.resolve("t.csv"), bytes);
    Path f =
        Files.writeString(
            dir.resolve("c.yaml"),
            """
            title: T
            geometry: {path: g.geojson, id_field: id, name_field: n}
            tables:
              - {id: t, path: t.csv, district_column: Bezirk, year_column: Jahr,
                 columns: {ew: Einwohner, quote: Quote in %%, alt: 65 und älter}, rates: [quote]%s}
            population: {variable: ew}
            indicators:
              - {id: k, label: K, direction: higher_is_worse, value: quote}
            index: {presets: {mss: {status: [k]}}}
            """
                .formatted(settings));
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(f));
    return e == null ? List.of() : e.problems();
  }

  private static byte[] csv(String text, Charset c) {
    return text.getBytes(c);
  }

  private static final String GOOD =
      "Bezirk;Jahr;Einwohner;Quote in %;65 und älter\n"
          + "01;2020;1.234;12,5;300\n"
          + "02;2020;980;7,25;120\n";

  @Test
  void aTableInTheDeclaredDialectHasNoProblem() throws Exception {
    assertThat(problems(", thousands: '.'", csv(GOOD, StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void aWrongDelimiterIsOneProblemNamingTheDelimiterThatFits() throws Exception {
    assertThat(problems(", delimiter: ','", csv(GOOD.replace(';', '\t'), StandardCharsets.UTF_8)))
        .singleElement()
        .asString()
        .contains("/tables/0/delimiter: ',' splits the header of t.csv into 1 column")
        .contains("the file looks tab-separated")
        .endsWith("set delimiter: \"\\t\"");
  }

  @Test
  void decimalPointsInATableDeclaredWithDecimalCommasAreNamedWithTheirLine() throws Exception {
    String points = GOOD.replace("12,5", "12.5").replace("7,25", "7.25").replace("1.234", "1234");
    assertThat(problems("", csv(points, StandardCharsets.UTF_8)))
        .singleElement()
        .asString()
        .contains(
            "/tables/0/decimal: t.csv, line 2, column 'Quote in %': '12.5' is not a number with"
                + " decimal ','")
        .endsWith("the first 2 records all read as numbers with decimal '.': set decimal: '.'");
  }

  @Test
  void aGroupedTableGetsTheSwappedGroupingToo() throws Exception {
    // 1,234.5 is an English export: decimal point, comma grouping
    String english = GOOD.replace("1.234", "1,234").replace("12,5", "12.5").replace("7,25", "7.25");
    assertThat(problems(", thousands: '.'", csv(english, StandardCharsets.UTF_8)))
        .singleElement()
        .asString()
        .endsWith("set decimal: '.' and thousands: ','");
  }

  @Test
  void oneMistypedNumberAmongDecimalCommasIsARejectedCellNotADialect() throws Exception {
    String typo = GOOD.replace("7,25", "7.25");
    assertThat(problems(", thousands: '.'", csv(typo, StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void windows1252BytesInATableDeclaredUtf8AreNamedWithTheirLineAndTheEncodingThatReadsThem()
      throws Exception {
    assertThat(problems("", csv(GOOD, Charset.forName("windows-1252"))))
        .singleElement()
        .asString()
        .contains("/tables/0/encoding: line 1 of t.csv is not UTF-8 (byte 0xE4)")
        .contains("read as windows-1252 it says '")
        .contains("65 und älter")
        .endsWith("set encoding: windows-1252");
  }

  @Test
  void utf8BytesReadAsWindows1252SayWhyAColumnWithUmlautsIsMissing() throws Exception {
    assertThat(
            problems(", encoding: windows-1252, thousands: '.'", csv(GOOD, StandardCharsets.UTF_8)))
        .singleElement()
        .asString()
        .contains("/tables/0/columns/alt: column '65 und älter' is not in the header of t.csv")
        .contains("the file looks UTF-8 encoded, not windows-1252: set encoding: UTF-8");
  }

  @Test
  void aMisspeltColumnIsPlacedAtItsSettingWithTheHeadersNameThatWasMeant() throws Exception {
    String misspelt = GOOD.replace("Bezirk", "Bezrik");
    assertThat(problems(", thousands: '.'", csv(misspelt, StandardCharsets.UTF_8)))
        .singleElement()
        .asString()
        .contains(
            "/tables/0/district_column: column 'Bezirk' is not in the header of t.csv;"
                + " did you mean 'Bezrik'?");
  }
}
