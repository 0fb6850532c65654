package de.sozialraum.monitor.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * CSV as German Excel opens it with a double click: UTF-8 with BOM, semicolon, decimal comma, CRLF.
 * Text that a spreadsheet would execute as a formula ({@code =HYPERLINK(…)}, {@code +}, {@code -},
 * {@code @}) is prefixed with an apostrophe (OWASP "CSV injection"), so a hostile district name
 * stays text.
 */
public final class SpreadsheetCsv implements Closeable {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").build();

  private final CSVPrinter printer;

  public SpreadsheetCsv(Path file, List<String> header) throws IOException {
    BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    printer = new CSVPrinter(w, FORMAT);
    printer.printRecord(header);
  }

  /**
   * A whole table, streamed from the executors in its order, into one file (its folder made);
   * returns the rows.
   */
  public static long write(Dataset<Row> table, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    List<String> columns = List.of(table.columns());
    long n = 0;
    try (SpreadsheetCsv csv = new SpreadsheetCsv(file, columns)) {
      Iterator<Row> it = table.toLocalIterator();
      while (it.hasNext()) {
        Row r = it.next();
        List<Object> values = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
          values.add(r.get(c));
        }
        csv.row(values);
        n++;
      }
    }
    return n;
  }

  public void row(List<?> values) throws IOException {
    for (Object v : values) {
      printer.print(cell(v));
    }
    printer.println();
  }

  static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      return Double.isFinite(d) ? decimalComma(d) : "";
    }
    if (v instanceof Float f) {
      return cell(f.doubleValue());
    }
    if (v instanceof Number n) {
      return n.toString();
    }
    String s = v.toString();
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }

  /**
   * Six decimals, or six significant digits below 0.001 so that small p-values do not turn into 0;
   * always plain, never scientific notation, which spreadsheets in German locales misread.
   */
  private static String decimalComma(double d) {
    BigDecimal b = new BigDecimal(d);
    BigDecimal r =
        d != 0 && Math.abs(d) < 1e-3
            ? b.round(new java.math.MathContext(6, RoundingMode.HALF_UP))
            : b.setScale(6, RoundingMode.HALF_UP);
    return r.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
