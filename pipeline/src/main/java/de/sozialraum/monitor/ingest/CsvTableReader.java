package de.sozialraum.monitor.ingest;

import de.sozialraum.geodata.io.CsvInput;
import de.sozialraum.monitor.config.MonitorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one delimited indicator table, wide (one column per variable) or long (variable and value columns), into
 * {@link ParsedCell}s. A bad cell rejects only that cell; a bad key (district, year, field count) rejects the
 * record. A file that cannot be read at all (missing column, wrong encoding) is a {@link TableException}.
 */
public final class CsvTableReader {

  private final MonitorConfig.Table table;
  private final RecordRules rules;

  public CsvTableReader(MonitorConfig.Table table) {
    this.table = table;
    Character thousands = table.thousands() == null ? null : table.thousands().charAt(0);
    this.rules = new RecordRules(table, new NumberFormat(table.decimal().charAt(0), thousands, new HashSet<>(table.na())));
  }

  public void read(Consumer<ParsedCell> out) throws TableException {
    String source = table.file().getFileName().toString();
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(table.delimiter().charAt(0)).setHeader()
        .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).build();
    try (CSVParser parser = CsvInput.open(table.file(), Charset.forName(table.encoding()), format)) {
      List<String> header = parser.getHeaderNames().stream().map(String::trim).toList();
      checkColumns(source, header);
      for (CSVRecord r : parser) {
        ParsedCell.Where where = new ParsedCell.Where(table.id(), source, CsvInput.startLine(parser, r));
        if (r.size() != header.size()) {
          out.accept(ParsedCell.reject(where, null, null, null, null, "field_count",
              r.size() + " fields, the header has " + header.size()));
          continue;
        }
        rules.record(where, r::get, out);
      }
    } catch (UncheckedIOException e) {
      throw new TableException(source + ": " + describe(e.getCause()), e);
    } catch (IOException e) {
      throw new TableException(source + ": " + describe(e), e);
    }
  }

  private static String describe(IOException e) {
    if (e instanceof CharacterCodingException) {
      return "the file is not in the declared encoding (set 'encoding', e.g. windows-1252 or UTF-8)";
    }
    return "cannot read: " + e.getMessage();
  }

  private void checkColumns(String source, List<String> header) throws TableException {
    List<String> needed = new ArrayList<>(List.of(table.districtColumn(), table.yearColumn()));
    if (table.isLong()) {
      needed.add(table.variableColumn());
      needed.add(table.valueColumn());
    } else {
      needed.addAll(table.columns().values());
    }
    List<String> missing = needed.stream().filter(c -> !header.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new TableException(source + ": line 1: column(s) " + missing + " not found; the header has " + header);
    }
  }
}
