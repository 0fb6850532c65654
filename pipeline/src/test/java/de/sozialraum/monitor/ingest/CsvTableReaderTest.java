package de.sozialraum.monitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.sozialraum.monitor.config.Layout;
import de.sozialraum.monitor.config.MonitorConfig;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableReaderTest {

  private static MonitorConfig.Table wide(
      Path file, String encoding, String decimal, List<String> rates) {
    return wide(file, encoding, decimal, rates, java.util.Set.of());
  }

  private static MonitorConfig.Table wide(
      Path file,
      String encoding,
      String decimal,
      List<String> rates,
      java.util.Set<String> counted) {
    return new MonitorConfig.Table(
        "t",
        null,
        file.toString(),
        "csv",
        Layout.WIDE,
        encoding,
        ";",
        decimal,
        ".",
        List.of("", "*", "-9999"),
        "Nr",
        "Jahr",
        Map.of("elb", "ELB", "quote", "Quote"),
        null,
        null,
        Map.of(),
        rates,
        null,
        counted);
  }

  private static List<ParsedCell> read(MonitorConfig.Table t) throws TableException {
    List<ParsedCell> out = new ArrayList<>();
    new CsvTableReader(t).read(out::add);
    return out;
  }

  @Test
  void germanExportWithDecimalCommaThousandsAndUmlautsIsReadFromWindows1252(@TempDir Path dir)
      throws Exception {
    Path f = dir.resolve("ba.csv");
    Files.writeString(
        f,
        "Jahr;Nr;Name;ELB;Quote\r\n2024;001;Lünen-Süd;1.234;12,5\r\n2024;002;Bönen;*;3,0\r\n",
        Charset.forName("windows-1252"));
    List<ParsedCell> cells = read(wide(f, "windows-1252", ",", List.of("quote")));
    assertThat(cells)
        .filteredOn(c -> c.kind() == ParsedCell.Kind.VALUE)
        .extracting(ParsedCell::variable, ParsedCell::value, ParsedCell::line)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("elb", 1234.0, 2L),
            org.assertj.core.groups.Tuple.tuple("quote", 12.5, 2L),
            org.assertj.core.groups.Tuple.tuple("quote", 3.0, 3L));
    assertThat(cells)
        .filteredOn(c -> c.kind() == ParsedCell.Kind.MISSING)
        .singleElement()
        .satisfies(c -> assertThat(c.district()).isEqualTo("002"));
  }

  @Test
  void nanInfinityAndMalformedNumbersAreRejectedWithTheirLineAndColumn(@TempDir Path dir)
      throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("x.csv"),
            "Jahr;Nr;ELB;Quote\n2024;1;NaN;1\n2024;2;Infinity;1\n2024;3;1.2.3;1\n2024;4;5;101\n2024;5;-3;1\n");
    List<ParsedCell> rejects =
        read(wide(f, "UTF-8", ",", List.of("quote"))).stream()
            .filter(c -> c.kind() == ParsedCell.Kind.REJECT)
            .toList();
    assertThat(rejects)
        .extracting(ParsedCell::line, ParsedCell::column, ParsedCell::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "ELB", "not_a_number"),
            org.assertj.core.groups.Tuple.tuple(3L, "ELB", "not_a_number"),
            org.assertj.core.groups.Tuple.tuple(4L, "ELB", "not_a_number"),
            org.assertj.core.groups.Tuple.tuple(5L, "Quote", "rate_out_of_range"),
            org.assertj.core.groups.Tuple.tuple(6L, "ELB", "negative_count"));
  }

  @Test
  void aCountedValueThatIsNotWholeIsRejectedAndAnUncountedOneIsKept(@TempDir Path dir)
      throws Exception {
    Path f = Files.writeString(dir.resolve("w.csv"), "Jahr;Nr;ELB;Quote\n2024;1;12,5;1\n");
    assertThat(read(wide(f, "UTF-8", ",", List.of("quote"), java.util.Set.of("elb"))))
        .filteredOn(c -> c.kind() == ParsedCell.Kind.REJECT)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.rule()).isEqualTo("count_not_whole");
              assertThat(c.column()).isEqualTo("ELB");
              assertThat(c.message()).contains("12,5 is not a whole number");
            });
    // a delivered value nobody counts (a score, a mean) may have decimals
    assertThat(read(wide(f, "UTF-8", ",", List.of("quote"))))
        .noneMatch(c -> c.kind() == ParsedCell.Kind.REJECT);
  }

  @Test
  void badKeysRejectTheRecordAndShortRecordsNameTheirFieldCount(@TempDir Path dir)
      throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("k.csv"), "\uFEFFJahr;Nr;ELB;Quote\n20x9;1;5;1\n2024;;5;1\n2024;3;5\n");
    List<ParsedCell> cells = read(wide(f, "UTF-8", ",", List.of()));
    assertThat(cells)
        .extracting(ParsedCell::line, ParsedCell::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "bad_year"),
            org.assertj.core.groups.Tuple.tuple(3L, "missing_district"),
            org.assertj.core.groups.Tuple.tuple(4L, "field_count"));
  }

  @Test
  void longLayoutMapsCodesAndCountsUnusedOnes(@TempDir Path dir) throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("seu.csv"),
            "jahr,sozialraum,merkmal,anzahl\n2024,1,untersucht,40\n2024,1,sonstiges,3\n");
    MonitorConfig.Table t =
        new MonitorConfig.Table(
            "seu",
            null,
            f.toString(),
            "csv",
            Layout.LONG,
            "UTF-8",
            ",",
            ".",
            null,
            List.of(""),
            "sozialraum",
            "jahr",
            Map.of(),
            "merkmal",
            "anzahl",
            Map.of("seu_untersucht", "untersucht"),
            List.of(),
            null,
            java.util.Set.of());
    assertThat(read(t))
        .extracting(ParsedCell::kind, ParsedCell::variable)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ParsedCell.Kind.VALUE, "seu_untersucht"),
            org.assertj.core.groups.Tuple.tuple(ParsedCell.Kind.UNUSED, "sonstiges"));
  }

  @Test
  void wrongEncodingOrMissingColumnMakesTheTableUnreadable(@TempDir Path dir) throws Exception {
    Path latin = dir.resolve("latin.csv");
    Files.writeString(
        latin, "Jahr;Nr;ELB;Quote\n2024;Bönen;1;1\n", Charset.forName("windows-1252"));
    assertThatThrownBy(() -> read(wide(latin, "UTF-8", ",", List.of())))
        .hasMessageContaining("latin.csv")
        .hasMessageContaining("encoding");
    Path cols = Files.writeString(dir.resolve("cols.csv"), "Jahr;Nr;ELB\n");
    assertThatThrownBy(() -> read(wide(cols, "UTF-8", ",", List.of())))
        .hasMessageContaining("cols.csv: line 1")
        .hasMessageContaining("[Quote]");
  }

  @Test
  void cellsArePulledRecordByRecordAndAnUnreadableTailEndsThemWithTheFailure(@TempDir Path dir)
      throws Exception {
    // 3,000 good records, then bytes that are not UTF-8: the first cells come before the reader
    // gets that far
    StringBuilder csv = new StringBuilder("Jahr;Nr;ELB;Quote\n");
    for (int i = 1; i <= 3_000; i++) {
      csv.append("2024;").append(i).append(";5;1\n");
    }
    Path f = dir.resolve("tail.csv");
    Files.writeString(f, csv);
    Files.write(
        f,
        new byte[] {'2', '0', '2', '4', ';', (byte) 0xC3, (byte) 0x28, ';', '1', ';', '1', '\n'},
        java.nio.file.StandardOpenOption.APPEND);
    java.util.Iterator<Object> cells =
        new CsvTableReader(wide(f, "UTF-8", ",", List.of())).cells(c -> c, e -> e);
    assertThat(cells.next())
        .isInstanceOfSatisfying(ParsedCell.class, c -> assertThat(c.line()).isEqualTo(2L));
    Object last = null;
    int n = 1;
    while (cells.hasNext()) {
      last = cells.next();
      n++;
    }
    assertThat(last)
        .isInstanceOfSatisfying(
            TableException.class, e -> assertThat(e.getMessage()).startsWith("tail.csv: "));
    assertThat(n).isGreaterThan(1).isLessThanOrEqualTo(2 * 3_000 + 1);
    assertThatThrownBy(() -> read(wide(f, "UTF-8", ",", List.of())))
        .isInstanceOf(TableException.class)
        .hasMessageStartingWith("tail.csv: ");
  }
}
