package de.sozialraum.monitor.ingest;

import de.sozialraum.geodata.io.CsvInput;
import de.sozialraum.monitor.config.MonitorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one delimited indicator table, wide (one column per variable) or long (variable and value
 * columns), into {@link ParsedRecord}s. A bad cell rejects only that cell; a bad key (district,
 * year, field count) rejects the record. A file that cannot be read at all (missing column, wrong
 * encoding) is a {@link TableException}.
 */
public final class CsvTableReader {

  private final MonitorConfig.Table table;
  private final RecordRules rules;

  public CsvTableReader(MonitorConfig.Table table, RecordLayout layout) {
    this.table = table;
    this.rules = new RecordRules(table, NumberFormat.of(table), layout);
  }

  /**
   * Every record of the table, in file order; throws when the file cannot be read, after the
   * records read before.
   */
  public void read(Consumer<ParsedRecord> out) throws TableException {
    Iterator<Object> it = records(c -> c, e -> e);
    while (it.hasNext()) {
      Object next = it.next();
      if (next instanceof TableException e) {
        throw e;
      }
      out.accept((ParsedRecord) next);
    }
  }

  /**
   * The records as the caller pulls them, each made into a {@code T}, so a table of millions of
   * records is never held whole; a file that cannot be read ends the records with {@code
   * unreadable}'s item.
   */
  public <T> Iterator<T> records(
      Function<ParsedRecord, T> as, Function<TableException, T> unreadable) {
    return new Iterator<>() {
      private final ArrayDeque<T> pending = new ArrayDeque<>();
      private final String source = table.file().getFileName().toString();
      private CSVParser parser;
      private Iterator<CSVRecord> records;
      private List<String> header;
      private boolean done;

      @Override
      public boolean hasNext() {
        while (pending.isEmpty() && !done) {
          try {
            if (parser == null) {
              open();
            } else if (records.hasNext()) {
              pending.add(as.apply(parse(records.next())));
            } else {
              finish(null);
            }
          } catch (UncheckedIOException e) {
            finish(new TableException(source + ": " + describe(e.getCause()), e));
          } catch (IOException e) {
            finish(new TableException(source + ": " + describe(e), e));
          } catch (TableException e) {
            finish(e);
          }
        }
        return !pending.isEmpty();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.poll();
      }

      private void open() throws IOException, TableException {
        parser =
            CsvInput.open(
                table.file(),
                Charset.forName(table.encoding()),
                format(table.delimiter().charAt(0)));
        header = parser.getHeaderNames().stream().map(String::trim).toList();
        checkColumns(source, header);
        records = parser.iterator();
      }

      private ParsedRecord parse(CSVRecord r) {
        ParsedRecord.Where where =
            new ParsedRecord.Where(table.id(), source, CsvInput.startLine(parser, r));
        if (r.size() != header.size()) {
          return ParsedRecord.rejected(
              where,
              null,
              new ParsedRecord.Reject(
                  null,
                  null,
                  "field_count",
                  r.size() + " fields, the header has " + header.size()));
        }
        return rules.record(where, r::get);
      }

      private void finish(TableException failure) {
        done = true;
        if (failure != null) {
          pending.add(unreadable.apply(failure));
        }
        if (parser != null) {
          try {
            parser.close();
          } catch (IOException ignored) {
            // read to the end or already failed: nothing left that closing could lose
          }
        }
      }
    };
  }

  /**
   * How a table is parsed: a header naming the columns, empty lines skipped. The preview of its
   * first lines ({@link CsvPreview}) parses them alike, so it judges what the run will read.
   */
  static CSVFormat format(char delimiter) {
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(delimiter)
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true)
        .setAllowMissingColumnNames(true)
        .build();
  }

  private static String describe(IOException e) {
    if (e instanceof CharacterCodingException) {
      return "the file is not in the declared encoding (set 'encoding', e.g. windows-1252 or UTF-8)";
    }
    return "cannot read: " + e.getMessage();
  }

  private void checkColumns(String source, List<String> header) throws TableException {
    List<String> missing = table.readColumns().stream().filter(c -> !header.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new TableException(
          source + ": line 1: column(s) " + missing + " not found; the header has " + header);
    }
  }
}
