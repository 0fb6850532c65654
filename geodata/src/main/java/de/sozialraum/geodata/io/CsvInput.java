package de.sozialraum.geodata.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Opens delimited text the way authorities deliver it (with or without a BOM) and says on which
 * line a record starts.
 */
public final class CsvInput {

  private CsvInput() {}

  /**
   * The dialect of a layer or list in CSV: a header, {@code delimiter}, empty lines skipped, values
   * trimmed.
   */
  public static CSVFormat withHeader(char delimiter) {
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(delimiter)
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true)
        .setTrim(true)
        .build();
  }

  /**
   * @throws GeodataException naming the line when {@code record} has another number of fields than
   *     the header
   */
  static void requireConsistent(Path file, long line, CSVRecord record, int headerSize)
      throws GeodataException {
    if (!record.isConsistent()) {
      throw new GeodataException(
          file + ": line " + line + ": " + record.size() + " fields, the header has " + headerSize);
    }
  }

  /**
   * A parser over {@code file}; a UTF-8/UTF-16 byte-order mark is skipped whatever {@code charset}
   * says.
   */
  public static CSVParser open(Path file, Charset charset, CSVFormat format) throws IOException {
    BOMInputStream in = BOMInputStream.builder().setPath(file).get();
    Charset effective = in.hasBOM() ? Charset.forName(in.getBOMCharsetName()) : charset;
    return format.parse(
        new InputStreamReader(
            in,
            effective
                .newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)));
  }

  /**
   * The 1-based file line on which {@code record} starts. The parser counts the line it has
   * reached, which for a quoted value spanning lines lies after the start; the line breaks inside
   * the values are subtracted.
   */
  public static long startLine(CSVParser parser, CSVRecord record) {
    long end = parser.getCurrentLineNumber();
    long inner = 0;
    for (String v : record) {
      // nearly every value has no line break: one scan, no stream per value
      for (int i = v.indexOf('\n'); i >= 0; i = v.indexOf('\n', i + 1)) {
        inner++;
      }
    }
    return end - inner;
  }
}
