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
        null,
        "Jahr",
        null,
        Map.of("elb", "ELB", "quote", "Quote"),
        null,
        null,
        Map.of(),
        rates,
        Map.of(),
        null,
        counted,
        null);
  }

  /** A record's outcome cell by cell, as the quality report lists them. */
  private record Cell(
      String kind,
      long line,
      String column,
      String district,
      String variable,
      Double value,
      String rule,
      String message) {}

  private static List<ParsedRecord> records(MonitorConfig.Table t) throws TableException {
    List<ParsedRecord> out = new ArrayList<>();
    new CsvTableReader(t, RecordLayout.of(List.of(t))).read(out::add);
    return out;
  }

  private static List<Cell> read(MonitorConfig.Table t) throws TableException {
    RecordLayout layout = RecordLayout.of(List.of(t));
    List<Cell> out = new ArrayList<>();
    for (ParsedRecord r : records(t)) {
      long line = r.where().line();
      if (r.kind() == ParsedRecord.Kind.UNUSED) {
        out.add(new Cell("UNUSED", line, null, r.district(), r.variable(), null, null, null));
      }
      if (r.values() != null) {
        for (String v : layout.variables()) {
          Double value = r.values()[layout.index(v)];
          if (value != null) {
            out.add(new Cell("VALUE", line, layout.column(v), r.district(), v, value, null, null));
          }
        }
      }
      r.missing()
          .forEach(
              v ->
                  out.add(
                      new Cell(
                          "MISSING", line, layout.column(v), r.district(), v, null, null, null)));
      r.rejects()
          .forEach(
              j ->
                  out.add(
                      new Cell(
                          "REJECT",
                          line,
                          j.column(),
                          r.district(),
                          j.variable(),
                          null,
                          j.rule(),
                          j.message())));
    }
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
    List<Cell> cells = read(wide(f, "windows-1252", ",", List.of("quote")));
    assertThat(cells)
        .filteredOn(c -> c.kind().equals("VALUE"))
        .extracting(Cell::variable, Cell::value, Cell::line)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("elb", 1234.0, 2L),
            org.assertj.core.groups.Tuple.tuple("quote", 12.5, 2L),
            org.assertj.core.groups.Tuple.tuple("quote", 3.0, 3L));
    assertThat(cells)
        .filteredOn(c -> c.kind().equals("MISSING"))
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
    List<Cell> rejects =
        read(wide(f, "UTF-8", ",", List.of("quote"))).stream()
            .filter(c -> c.kind().equals("REJECT"))
            .toList();
    assertThat(rejects)
        .extracting(Cell::line, Cell::column, Cell::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "ELB", "not_a_number"),
            org.assertj.core.groups.Tuple.tuple(3L, "ELB", "not_a_number"),
            org.assertj.core.groups.Tuple.tuple(4L, "ELB", "not_a_number"),
            org.assertj.core.groups.Tuple.tuple(5L, "Quote", "rate_out_of_range"),
            org.assertj.core.groups.Tuple.tuple(6L, "ELB", "negative_count"));
  }

  @Test
  void aRejectedCellLeavesTheOtherValuesOfItsRecordInTheirSlots(@TempDir Path dir)
      throws Exception {
    Path f = Files.writeString(dir.resolve("r.csv"), "Jahr;Nr;ELB;Quote\n2024;7;-3;12,5\n");
    MonitorConfig.Table t = wide(f, "UTF-8", ",", List.of("quote"));
    RecordLayout layout = RecordLayout.of(List.of(t));
    ParsedRecord r = records(t).get(0);
    assertThat(r.kind()).isEqualTo(ParsedRecord.Kind.RECORD);
    assertThat(r.district()).isEqualTo("7");
    assertThat(r.year()).isEqualTo(2024);
    assertThat(r.values()[layout.index("elb")]).isNull();
    assertThat(r.values()[layout.index("quote")]).isEqualTo(12.5);
    assertThat(r.rejects())
        .extracting(ParsedRecord.Reject::variable, ParsedRecord.Reject::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("elb", "negative_count"));
    // one delivered cell: the rejected one does not count
    assertThat(r.cells()).isEqualTo(1);
  }

  @Test
  void aRecordIsNamedByTheLineItStartsOnWhenAQuotedValueSpansLines(@TempDir Path dir)
      throws Exception {
    // line 2 holds a district id with two line breaks inside quotes: the record ends on line 4
    Path f =
        Files.writeString(
            dir.resolve("q.csv"), "Jahr;Nr;ELB;Quote\n2024;\"a\nb\nc\";1;1\n2024;2;-1;1\n");
    assertThat(records(wide(f, "UTF-8", ",", List.of())))
        .extracting(r -> r.where().line())
        .containsExactly(2L, 5L);
  }

  @Test
  void aCountedValueThatIsNotWholeIsRejectedAndAnUncountedOneIsKept(@TempDir Path dir)
      throws Exception {
    Path f = Files.writeString(dir.resolve("w.csv"), "Jahr;Nr;ELB;Quote\n2024;1;12,5;1\n");
    assertThat(read(wide(f, "UTF-8", ",", List.of("quote"), java.util.Set.of("elb"))))
        .filteredOn(c -> c.kind().equals("REJECT"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.rule()).isEqualTo("count_not_whole");
              assertThat(c.column()).isEqualTo("ELB");
              assertThat(c.message()).contains("12,5 is not a whole number");
            });
    // a delivered value nobody counts (a score, a mean) may have decimals
    assertThat(read(wide(f, "UTF-8", ",", List.of("quote"))))
        .noneMatch(c -> c.kind().equals("REJECT"));
  }

  @Test
  void badKeysRejectTheRecordAndShortRecordsNameTheirFieldCount(@TempDir Path dir)
      throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("k.csv"), "\uFEFFJahr;Nr;ELB;Quote\n20x9;1;5;1\n2024;;5;1\n2024;3;5\n");
    List<ParsedRecord> records = records(wide(f, "UTF-8", ",", List.of()));
    assertThat(records).allMatch(r -> r.kind() == ParsedRecord.Kind.REJECT && r.values() == null);
    assertThat(read(wide(f, "UTF-8", ",", List.of())))
        .extracting(Cell::line, Cell::rule)
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
            null,
            "jahr",
            null,
            Map.of(),
            "merkmal",
            "anzahl",
            Map.of("seu_untersucht", "untersucht"),
            List.of(),
            Map.of(),
            null,
            java.util.Set.of(),
            null);
    assertThat(read(t))
        .extracting(Cell::kind, Cell::variable)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("VALUE", "seu_untersucht"),
            org.assertj.core.groups.Tuple.tuple("UNUSED", "sonstiges"));
    // a long record is keyed by its variable too, so a repeated one can be told from another
    assertThat(records(t))
        .extracting(ParsedRecord::variable)
        .containsExactly("seu_untersucht", "sonstiges");
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
  void recordsArePulledOneByOneAndAnUnreadableTailEndsThemWithTheFailure(@TempDir Path dir)
      throws Exception {
    // 3,000 good records, then bytes that are not UTF-8: the first records come before the reader
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
    MonitorConfig.Table t = wide(f, "UTF-8", ",", List.of());
    java.util.Iterator<Object> records =
        new CsvTableReader(t, RecordLayout.of(List.of(t))).records(c -> c, e -> e);
    assertThat(records.next())
        .isInstanceOfSatisfying(
            ParsedRecord.class, c -> assertThat(c.where().line()).isEqualTo(2L));
    Object last = null;
    int n = 1;
    while (records.hasNext()) {
      last = records.next();
      n++;
    }
    assertThat(last)
        .isInstanceOfSatisfying(
            TableException.class, e -> assertThat(e.getMessage()).startsWith("tail.csv: "));
    assertThat(n).isGreaterThan(1).isLessThanOrEqualTo(3_000 + 1);
    assertThatThrownBy(() -> read(wide(f, "UTF-8", ",", List.of())))
        .isInstanceOf(TableException.class)
        .hasMessageStartingWith("tail.csv: ");
  }
}
