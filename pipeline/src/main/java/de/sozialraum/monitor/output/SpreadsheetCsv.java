package de.sozialraum.monitor.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * CSV as German Excel opens it with a double click: UTF-8 with BOM, semicolon, decimal comma, CRLF.
 * Text that a spreadsheet would execute as a formula ({@code =HYPERLINK(…)}, {@code +}, {@code -},
 * {@code @}) is prefixed with an apostrophe (OWASP "CSV injection"), so a hostile district name
 * stays text.
 */
public final class SpreadsheetCsv implements Closeable {

  /**
   * The rows a worksheet holds, header included (Excel since 2007, LibreOffice Calc since 7.4): a
   * longer file opens cut off, without a word in some versions.
   */
  public static final long MAX_ROWS = 1_048_576;

  /** The name of a part of {@link #writeParts} before its partition's number. */
  private static final String PART = "part-";

  /** What ends every record: CRLF, as Excel writes it. */
  public static final String RECORD_SEPARATOR = "\r\n";

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator(RECORD_SEPARATOR).build();

  private final OutputStream bytes;
  private final BufferedWriter out;
  private final CSVPrinter printer;

  public SpreadsheetCsv(Path file, List<String> header) throws IOException {
    bytes = Files.newOutputStream(file);
    out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
    out.write('\uFEFF');
    printer = new CSVPrinter(out, FORMAT);
    printer.printRecord(header);
  }

  /**
   * A whole table, streamed from the executors in its order, into one file (its folder made);
   * returns the rows.
   */
  public static long write(Dataset<Row> table, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    long n = 0;
    try (SpreadsheetCsv csv = new SpreadsheetCsv(file, List.of(table.columns()))) {
      Iterator<String> it = lines(table).toLocalIterator();
      while (it.hasNext()) {
        csv.line(it.next());
        n++;
      }
    }
    return n;
  }

  /**
   * Each row of a table as its CSV line (without the line break), formatted where the rows are, so
   * that a large table is formatted on the executors in parallel and the driver only writes.
   */
  private static Dataset<String> lines(Dataset<Row> table) {
    StructType schema = table.schema();
    return table.mapPartitions(
        (MapPartitionsFunction<Row, String>)
            rows -> {
              Lines line = new Lines(schema);
              return new Iterator<>() {
                @Override
                public boolean hasNext() {
                  return rows.hasNext();
                }

                @Override
                public String next() {
                  try {
                    return line.of(rows.next()).toString();
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                }
              };
            },
        Encoders.STRING());
  }

  /**
   * A row's CSV line, formatted column by column as the schema types them: numbers are written as
   * they are formatted, without a string per cell, and never quoted (digits, minus and comma need
   * no quotes with a semicolon as delimiter); text goes through Commons CSV's quoting. Each task
   * has its own, because a {@link CSVFormat} prints under a lock.
   */
  private static final class Lines {
    private final CSVFormat format = FORMAT.builder().build();
    private final boolean[] decimal;
    private final boolean[] whole;
    private final StringBuilder text = new StringBuilder(4096);
    private final char[] digits = new char[6];

    Lines(StructType schema) {
      StructField[] f = schema.fields();
      decimal = new boolean[f.length];
      whole = new boolean[f.length];
      for (int c = 1; c < f.length; c++) {
        DataType t = f[c].dataType();
        decimal[c] = t.equals(DataTypes.DoubleType);
        whole[c] = t.equals(DataTypes.IntegerType) || t.equals(DataTypes.LongType);
      }
    }

    /** The line, valid until the next call. */
    CharSequence of(Row r) throws IOException {
      text.setLength(0);
      for (int c = 0; c < r.size(); c++) {
        if (decimal[c] || whole[c]) {
          text.append(format.getDelimiterString());
          if (r.isNullAt(c)) {
            continue;
          }
          if (whole[c]) {
            text.append(((Number) r.get(c)).longValue());
          } else if (Double.isFinite(r.getDouble(c))) {
            appendDecimalComma(text, r.getDouble(c), digits);
          }
        } else {
          format.print(cell(r.get(c)), text, c == 0);
        }
      }
      return text;
    }
  }

  /** A line {@link #lines} formatted, and the line break. */
  public void line(String formatted) throws IOException {
    out.write(formatted);
    out.write(FORMAT.getRecordSeparator());
  }

  /**
   * Formats and writes the rows of a table where they are, every task its own file per key in
   * {@code dir}: {@code <key>/part-<partition>}, UTF-8, each line ended by the record separator. A
   * task's files appear whole (written aside, then moved), so a retried task replaces them. The
   * rows of a key must be together within each partition.
   *
   * @param keyColumn the integer column whose value a line's file is named by (the year)
   * @return the lines written per key
   */
  public static Map<Integer, Long> writeParts(Dataset<Row> table, String keyColumn, Path dir) {
    String root = dir.toString();
    int key = table.schema().fieldIndex(keyColumn);
    StructType schema = table.schema();
    Map<Integer, Long> rows = new TreeMap<>();
    table
        .mapPartitions(
            (MapPartitionsFunction<Row, Tuple2<Integer, Long>>)
                it -> writePart(it, key, new Lines(schema), Path.of(root)).iterator(),
            Encoders.tuple(Encoders.INT(), Encoders.LONG()))
        .collectAsList()
        .forEach(t -> rows.merge(t._1(), t._2(), Long::sum));
    return rows;
  }

  /** The parts {@link #writeParts} wrote for a key, in partition order. */
  public static List<Path> parts(Path dir, int key) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.list(dir.resolve(Integer.toString(key)))) {
      return files
          .filter(f -> f.getFileName().toString().matches(PART + "\\d+"))
          .sorted(
              java.util.Comparator.comparingInt(
                  f -> Integer.parseInt(f.getFileName().toString().substring(PART.length()))))
          .toList();
    }
  }

  /** The part of the running task: its lines, in their order, split by key. */
  private static List<Tuple2<Integer, Long>> writePart(
      Iterator<Row> rows, int keyAt, Lines lines, Path root) throws IOException {
    TaskContext task = TaskContext.get();
    String name = String.format(Locale.ROOT, PART + "%05d", task.partitionId());
    List<Tuple2<Integer, Long>> counts = new ArrayList<>();
    BufferedWriter out = null;
    Path aside = null;
    int key = 0;
    long n = 0;
    try {
      while (rows.hasNext()) {
        Row row = rows.next();
        int rowKey = row.getInt(keyAt);
        if (out == null || rowKey != key) {
          if (out != null) {
            out.close();
            publish(aside, name);
            counts.add(new Tuple2<>(key, n));
          }
          key = rowKey;
          if (counts.stream().anyMatch(c -> c._1() == rowKey)) {
            throw new IllegalStateException(
                "the lines of key " + key + " are not together in partition " + task.partitionId());
          }
          n = 0;
          Path keyDir = Files.createDirectories(root.resolve(Integer.toString(key)));
          aside = keyDir.resolve(name + ".attempt-" + task.attemptNumber());
          out = Files.newBufferedWriter(aside, StandardCharsets.UTF_8);
        }
        out.append(lines.of(row));
        out.write(RECORD_SEPARATOR);
        n++;
      }
      if (out != null) {
        out.close();
        publish(aside, name);
        counts.add(new Tuple2<>(key, n));
      }
    } finally {
      if (out != null) {
        out.close();
      }
    }
    return counts;
  }

  private static void publish(Path aside, String name) throws IOException {
    Files.move(
        aside,
        aside.resolveSibling(name),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  /** Appends a part of {@link #writeParts} byte for byte. */
  public void appendLines(Path formatted) throws IOException {
    out.flush();
    Files.copy(formatted, bytes);
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
   * always plain, never scientific notation, which spreadsheets in German locales misread. The
   * double's exact binary value is rounded half up.
   */
  private static String decimalComma(double d) {
    StringBuilder out = new StringBuilder(24);
    appendDecimalComma(out, d, new char[6]);
    return out.toString();
  }

  /**
   * {@link #decimalComma} appended to {@code out}; {@code digits} is scratch space of six chars.
   */
  private static void appendDecimalComma(StringBuilder out, double d, char[] digits) {
    double a = Math.abs(d);
    if (a >= 1e-3 && a < MAX_FAST) {
      appendFixedSix(out, d, a, digits);
      return;
    }
    BigDecimal b = new BigDecimal(d);
    BigDecimal r =
        d != 0 && a < 1e-3
            ? b.round(new java.math.MathContext(6, RoundingMode.HALF_UP))
            : b.setScale(6, RoundingMode.HALF_UP);
    out.append(r.stripTrailingZeros().toPlainString().replace('.', ','));
  }

  /** Where a·2·10^6 stays below 2^53, so that the integers compared with it are exact doubles. */
  private static final double MAX_FAST = 0x1p53 / 2e6;

  /**
   * {@link #decimalComma} without a BigDecimal per number: a·10^6 and a·2·10^6 are taken with their
   * exact rounding errors (fused multiply-add), so the floor and the half-way test are those of the
   * exact product. Rounding is monotonic, so a rounded product below (above) an exact integer means
   * the exact one is too.
   */
  private static void appendFixedSix(StringBuilder out, double d, double a, char[] digits) {
    double q = a * 1e6;
    double c = Math.floor(q);
    if (c == q && Math.fma(a, 1e6, -q) < 0) {
      c--;
    }
    double p = a * 2e6;
    double half = 2 * c + 1;
    boolean up = p > half || (p == half && Math.fma(a, 2e6, -p) >= 0);
    long units = (long) c + (up ? 1 : 0);
    long whole = units / 1_000_000;
    int fraction = (int) (units % 1_000_000);
    if (d < 0 && units != 0) {
      out.append('-');
    }
    out.append(whole);
    if (fraction != 0) {
      for (int i = 5; i >= 0; i--) {
        digits[i] = (char) ('0' + fraction % 10);
        fraction /= 10;
      }
      int end = 6;
      while (digits[end - 1] == '0') {
        end--;
      }
      out.append(',').append(digits, 0, end);
    }
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
