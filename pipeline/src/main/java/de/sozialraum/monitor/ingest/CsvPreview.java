package de.sozialraum.monitor.ingest;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.Suggestions;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * The first lines of a delimited table read before the run, so that a wrong delimiter, decimal mark
 * or encoding, or a misspelt column name, is reported with the configuration's other problems and
 * with what to set instead, not as thousands of rejected cells. Only what the first lines prove is
 * said: a decimal mark is suggested when every number read there fits it and some do not fit the
 * declared one.
 */
final class CsvPreview {

  /** Enough for the header and a few hundred records of any delivery. */
  static final int BYTES = 64 * 1024;

  static final int RECORDS = 200;

  private static final List<Character> DELIMITERS = List.of(';', ',', '\t', '|');

  private final MonitorConfig.Table table;
  private final String at;
  private final String source;

  private CsvPreview(MonitorConfig.Table table, String at) {
    this.table = table;
    this.at = at;
    this.source = table.file().getFileName().toString();
  }

  /** The problems of {@code table}, configured at {@code at} ({@code /tables/0}). */
  static void check(MonitorConfig.Table table, String at, List<String> problems) {
    new CsvPreview(table, at).check(problems);
  }

  private void check(List<String> problems) {
    try {
      if (!Charset.isSupported(table.encoding())) {
        return; // the loader reports the encoding itself
      }
    } catch (IllegalArgumentException e) {
      return;
    }
    byte[] head;
    Charset charset;
    try (BOMInputStream in = BOMInputStream.builder().setPath(table.file()).get()) {
      charset =
          in.hasBOM() ? Charset.forName(in.getBOMCharsetName()) : Charset.forName(table.encoding());
      head = wholeLines(in.readNBytes(BYTES));
    } catch (IOException e) {
      problems.add(at + "/path: " + source + " cannot be read: " + e.getMessage());
      return;
    }
    String text;
    try {
      text = decoder(charset).decode(ByteBuffer.wrap(head)).toString();
    } catch (CharacterCodingException e) {
      problems.add(at + "/encoding: " + encodingHint(head, charset));
      return;
    }
    String utf8Hint = looksUtf8(head, charset);
    Map<String, String> needed = needed();
    List<String> header;
    List<CSVRecord> records;
    try (CSVParser parser = parse(text, table.delimiter().charAt(0))) {
      header = parser.getHeaderNames().stream().map(String::trim).toList();
      records = new ArrayList<>();
      for (CSVRecord r : parser) {
        if (records.size() == RECORDS) {
          break;
        }
        records.add(r);
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
      problems.add(
          at + ": the first lines of " + source + " are not delimited text: " + e.getMessage());
      return;
    }
    List<String> missing = needed.keySet().stream().filter(c -> !header.contains(c)).toList();
    if (!missing.isEmpty()) {
      Character other = otherDelimiter(text, needed.keySet(), header);
      if (other != null) {
        problems.add(
            at
                + "/delimiter: '"
                + table.delimiter()
                + "' splits the header of "
                + source
                + " into "
                + header.size()
                + " column"
                + (header.size() == 1 ? "" : "s")
                + "; the file looks "
                + name(other)
                + "-separated, and with "
                + quoted(other)
                + " every configured column is in its header: set delimiter: "
                + quoted(other));
        return;
      }
      for (String column : missing) {
        problems.add(
            needed.get(column)
                + ": column '"
                + column
                + "' is not in the header of "
                + source
                + (utf8Hint.isEmpty() ? Suggestions.hint(column, header) : utf8Hint)
                + " (its columns: "
                + String.join(", ", header)
                + ")");
      }
      return;
    }
    decimalHint(header, records).ifPresent(problems::add);
  }

  /** Source column → the pointer of the setting naming it. */
  private Map<String, String> needed() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(table.districtColumn(), at + "/district_column");
    if (table.year() == null) {
      out.put(table.yearColumn(), at + "/year_column");
    }
    if (table.isLong()) {
      out.put(table.variableColumn(), at + "/variable_column");
      out.put(table.valueColumn(), at + "/value_column");
    } else {
      table
          .columns()
          .forEach((variable, column) -> out.putIfAbsent(column, at + "/columns/" + variable));
    }
    if (table.validityColumn() != null) {
      out.putIfAbsent(table.validityColumn().column(), "/validity/column/column");
    }
    return out;
  }

  /** The bytes up to the last line break, so a record cut off by the preview is not judged. */
  private static byte[] wholeLines(byte[] b) {
    if (b.length < BYTES) {
      return b;
    }
    for (int i = b.length - 1; i >= 0; i--) {
      if (b[i] == '\n') {
        return Arrays.copyOf(b, i + 1);
      }
    }
    return b;
  }

  private static CharsetDecoder decoder(Charset c) {
    return c.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Where the declared encoding fails, and what the bytes there read as instead. */
  private String encodingHint(byte[] head, Charset declared) {
    int offset = firstUndecodable(head, declared);
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (head[i] == '\n') {
        line++;
      }
    }
    Charset other =
        declared.equals(StandardCharsets.UTF_8)
            ? Charset.forName("windows-1252")
            : StandardCharsets.UTF_8;
    String instead = "";
    try {
      instead =
          "; read as "
              + other.name()
              + " it says '"
              + decoder(other).decode(ByteBuffer.wrap(around(head, offset))).toString().trim()
              + "': set encoding: "
              + other.name();
    } catch (CharacterCodingException e) {
      // neither fits: say only where the declared one fails
    }
    return String.format(
        "line %d of %s is not %s (byte 0x%02X)%s",
        line, source, declared.name(), head[offset] & 0xff, instead);
  }

  private static int firstUndecodable(byte[] head, Charset c) {
    ByteBuffer in = ByteBuffer.wrap(head);
    CharBuffer out = CharBuffer.allocate(head.length + 1);
    CoderResult r = decoder(c).decode(in, out, true);
    return r.isError() ? in.position() : 0;
  }

  /** A few words either side of {@code offset}, within its line, cut between characters. */
  private static byte[] around(byte[] b, int offset) {
    int start = offset;
    while (start > 0 && offset - start < 24 && b[start - 1] != '\n') {
      start--;
    }
    while (start < offset && (b[start] & 0xC0) == 0x80) {
      start++; // not inside a UTF-8 sequence
    }
    int end = offset + 1;
    while (end < b.length && end - offset < 24 && b[end] != '\n' && b[end] != '\r') {
      end++;
    }
    while (end < b.length && (b[end] & 0xC0) == 0x80) {
      end++;
    }
    return Arrays.copyOfRange(b, start, end);
  }

  /**
   * A hint when a single-byte encoding was declared for bytes that are UTF-8 ("Ã¤" where "ä" was
   * meant): then names with umlauts do not match.
   */
  private static String looksUtf8(byte[] head, Charset declared) {
    if (declared.equals(StandardCharsets.UTF_8) || declared.newEncoder().maxBytesPerChar() > 1) {
      return "";
    }
    boolean multibyte = false;
    for (byte b : head) {
      multibyte |= b < 0;
    }
    if (!multibyte) {
      return "";
    }
    try {
      decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(head));
      return "; the file looks UTF-8 encoded, not " + declared.name() + ": set encoding: UTF-8";
    } catch (CharacterCodingException e) {
      return "";
    }
  }

  private static CSVParser parse(String text, char delimiter) throws IOException {
    return CsvTableReader.format(delimiter).parse(new StringReader(text));
  }

  /** A delimiter under which the header holds every needed column the declared one misses. */
  private Character otherDelimiter(String text, java.util.Set<String> needed, List<String> header) {
    for (char d : DELIMITERS) {
      if (d == table.delimiter().charAt(0)) {
        continue;
      }
      try (CSVParser p = parse(text.lines().findFirst().orElse(""), d)) {
        List<String> names = p.getHeaderNames().stream().map(String::trim).toList();
        if (names.size() > header.size() && names.containsAll(needed)) {
          return d;
        }
      } catch (IOException | IllegalArgumentException e) {
        // not this one
      }
    }
    return null;
  }

  /**
   * The decimal mark the first records prove: some number fails the declared one, and every number
   * read fits the other (with the other grouping, if one is declared).
   */
  private java.util.Optional<String> decimalHint(List<String> header, List<CSVRecord> records) {
    char declared = table.decimal().charAt(0);
    char other = declared == ',' ? '.' : ',';
    Character thousands = table.thousands() == null ? null : table.thousands().charAt(0);
    Character otherThousands = thousands == null ? null : declared;
    NumberFormat given = NumberFormat.of(table);
    NumberFormat swapped = new NumberFormat(other, otherThousands, new HashSet<>(table.na()));
    List<String> valueColumns =
        table.isLong() ? List.of(table.valueColumn()) : List.copyOf(table.columns().values());
    String firstFailure = null;
    for (CSVRecord r : records) {
      for (String column : valueColumns) {
        int i = header.indexOf(column);
        if (i < 0 || i >= r.size()) {
          continue;
        }
        String v = r.get(i);
        if (!fits(swapped, v)) {
          return java.util.Optional.empty();
        }
        if (firstFailure == null && !fits(given, v)) {
          firstFailure =
              "line " + (r.getRecordNumber() + 1) + ", column '" + column + "': '" + v.trim() + "'";
        }
      }
    }
    if (firstFailure == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        at
            + "/decimal: "
            + source
            + ", "
            + firstFailure
            + " is not a number with decimal "
            + quoted(declared)
            + "; the first "
            + records.size()
            + " records all read as numbers with decimal "
            + quoted(other)
            + ": set decimal: "
            + quoted(other)
            + (thousands == null ? "" : " and thousands: " + quoted(declared)));
  }

  private static boolean fits(NumberFormat f, String v) {
    try {
      f.parse(v);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String quoted(char c) {
    return c == '\t' ? "\"\\t\"" : "'" + c + "'";
  }

  private static String name(char c) {
    return switch (c) {
      case ';' -> "semicolon";
      case ',' -> "comma";
      case '\t' -> "tab";
      default -> "'" + c + "'";
    };
  }
}
