package de.sozialraum.monitor.styles;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.VALIDITY;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static de.sozialraum.monitor.schema.Columns.colourOf;
import static de.sozialraum.monitor.schema.Columns.labelOf;

import de.sozialraum.monitor.indicators.Validity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * What the legends of one published year read from its rows, and nothing more: each indicator's
 * values in the valid districts (finite, in district order), and every distinct class of every
 * classified column as published (value, label, colour) with the first district that carries it. A
 * year of a million districts is a few dozen classes and the indicator values, so a run gathers it
 * where its rows are, in one pass, instead of streaming the wide rows to the driver.
 */
final class PublishedClasses implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A class value as a district carries it; label or colour null where the row has none. */
  record Seen(Object value, String label, String colour) implements Serializable {}

  private final List<String> indicators;
  private final List<String> columns;
  private final boolean[] labelled;
  private final boolean[] coloured;
  private final double[][] values;
  private final int[] sizes;
  private final List<LinkedHashMap<Seen, String>> seen = new ArrayList<>();
  private long rows;

  /**
   * @param present the columns the rows have: a class column without a label or colour column is
   *     published without them, and nothing is checked there
   */
  private PublishedClasses(List<String> indicators, List<String> columns, Set<String> present) {
    this.indicators = List.copyOf(indicators);
    this.columns = List.copyOf(columns);
    labelled = new boolean[columns.size()];
    coloured = new boolean[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      if (!present.contains(columns.get(c))) {
        throw new IllegalStateException(
            "the run's rows have no column "
                + columns.get(c)
                + " although its configuration classifies it");
      }
      labelled[c] = present.contains(labelOf(columns.get(c)));
      coloured[c] = present.contains(colourOf(columns.get(c)));
      seen.add(new LinkedHashMap<>());
    }
    values = new double[indicators.size()][64];
    sizes = new int[indicators.size()];
  }

  /**
   * The fields a row is read by ({@link #add}), in order: district, validity, the indicators, then
   * each classified column with its label and colour.
   */
  private static List<String> fields(List<String> indicators, List<String> columns) {
    List<String> f = new ArrayList<>(List.of(DISTRICT_ID, VALIDITY));
    f.addAll(indicators);
    columns.forEach(c -> f.addAll(List.of(c, labelOf(c), colourOf(c))));
    return f;
  }

  /** One year's rows (column → value), in district order. */
  static PublishedClasses of(
      List<String> indicators, List<String> columns, Iterable<Map<String, Object>> rows) {
    Iterator<Map<String, Object>> it = rows.iterator();
    if (!it.hasNext()) {
      return null;
    }
    List<String> fields = fields(indicators, columns);
    Map<String, Object> first = it.next();
    PublishedClasses out = new PublishedClasses(indicators, columns, first.keySet());
    for (Map<String, Object> r = first; r != null; r = it.hasNext() ? it.next() : null) {
      Map<String, Object> row = r;
      out.add(i -> row.get(fields.get(i)));
    }
    return out;
  }

  /**
   * Every year of a table, gathered by the tasks that hold its partitions and joined in partition
   * order: for a table whose partitions are in (year, district) order, each year's values are in
   * district order, as {@link #of(List, List, Iterable)} reads them.
   */
  static Map<Integer, PublishedClasses> byYear(
      List<String> indicators, List<String> columns, Dataset<Row> table) {
    Set<String> present = Set.of(table.columns());
    PublishedClasses empty = new PublishedClasses(indicators, columns, present);
    List<String> fields = fields(indicators, columns);
    // the fields by position, as add reads them; a column the table lacks is null
    Column[] select = new Column[fields.size()];
    for (int i = 0; i < select.length; i++) {
      String f = fields.get(i);
      select[i] = (present.contains(f) ? functions.col(f) : functions.lit(null)).as("f" + i);
    }
    // the parts travel as Java serialization's bytes: Spark's Kryo cannot write records
    List<byte[]> parts =
        table
            .select(functions.col(YEAR), functions.struct(select))
            .javaRDD()
            .mapPartitionsWithIndex(
                (Function2<Integer, Iterator<Row>, Iterator<byte[]>>)
                    (partition, rows) -> List.of(bytes(parts(partition, rows, empty))).iterator(),
                false)
            .collect();
    Map<Integer, PublishedClasses> out = new TreeMap<>();
    parts.stream()
        .flatMap(b -> PublishedClasses.<List<Part>>object(b).stream())
        .sorted(Comparator.comparingInt(Part::partition).thenComparingInt(Part::order))
        .forEach(p -> out.merge(p.year(), p.classes(), PublishedClasses::append));
    return out;
  }

  private static byte[] bytes(Serializable o) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(b)) {
      out.writeObject(o);
    }
    return b.toByteArray();
  }

  @SuppressWarnings("unchecked")
  private static <T> T object(byte[] bytes) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return (T) in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("a task's legend data cannot be read back", e);
    }
  }

  /** A partition's share of one year. */
  private record Part(int partition, int order, int year, PublishedClasses classes)
      implements Serializable {}

  private static ArrayList<Part> parts(int partition, Iterator<Row> rows, PublishedClasses empty) {
    ArrayList<Part> out = new ArrayList<>();
    PublishedClasses current = null;
    int year = 0;
    while (rows.hasNext()) {
      Row r = rows.next();
      int y = r.getInt(0);
      if (current == null || y != year) {
        current = empty.emptyCopy();
        year = y;
        out.add(new Part(partition, out.size(), year, current));
      }
      Row fields = r.getStruct(1);
      current.add(fields::get);
    }
    return out;
  }

  private PublishedClasses emptyCopy() {
    Set<String> present = new java.util.HashSet<>(columns);
    for (int c = 0; c < columns.size(); c++) {
      if (labelled[c]) {
        present.add(labelOf(columns.get(c)));
      }
      if (coloured[c]) {
        present.add(colourOf(columns.get(c)));
      }
    }
    return new PublishedClasses(indicators, columns, present);
  }

  /** One row, by its index in {@link #fields}. */
  private void add(IntFunction<Object> field) {
    rows++;
    String district = (String) field.apply(0);
    boolean valid = Validity.VALID.equals(field.apply(1));
    for (int k = 0; k < indicators.size(); k++) {
      if (valid && field.apply(2 + k) instanceof Number v && Double.isFinite(v.doubleValue())) {
        if (sizes[k] == values[k].length) {
          values[k] = Arrays.copyOf(values[k], 2 * sizes[k]);
        }
        values[k][sizes[k]++] = v.doubleValue();
      }
    }
    int at = 2 + indicators.size();
    for (int c = 0; c < columns.size(); c++, at += 3) {
      Seen s =
          new Seen(
              field.apply(at),
              labelled[c] ? (String) field.apply(at + 1) : null,
              coloured[c] ? (String) field.apply(at + 2) : null);
      seen.get(c).putIfAbsent(s, district);
    }
  }

  /** This part followed by the next part of the same year. */
  private PublishedClasses append(PublishedClasses next) {
    rows += next.rows;
    for (int k = 0; k < indicators.size(); k++) {
      double[] joined = Arrays.copyOf(values[k], sizes[k] + next.sizes[k]);
      System.arraycopy(next.values[k], 0, joined, sizes[k], next.sizes[k]);
      values[k] = joined;
      sizes[k] = joined.length;
    }
    for (int c = 0; c < columns.size(); c++) {
      LinkedHashMap<Seen, String> mine = seen.get(c);
      next.seen.get(c).forEach(mine::putIfAbsent);
    }
    return this;
  }

  /** The finite values of an indicator in the valid districts, in district order. */
  double[] values(String indicator) {
    int k = indicators.indexOf(indicator);
    return Arrays.copyOf(values[k], sizes[k]);
  }

  /** The distinct classes of a column as published, each with the first district carrying it. */
  Collection<Map.Entry<Seen, String>> seen(String column) {
    return seen.get(columns.indexOf(column)).entrySet();
  }

  boolean labelled(String column) {
    return labelled[columns.indexOf(column)];
  }

  boolean coloured(String column) {
    return coloured[columns.indexOf(column)];
  }
}
