package de.sozialraum.monitor.spark;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The rows of one year as the per-year functions handle them: held column by column, ordered by
 * district id (so that results do not depend on how Spark delivered them), and given back one row
 * at a time with computed columns appended. Columns because a year of a million districts, kept as
 * the rows Spark hands over with every number boxed, takes several gigabytes per task; as double
 * arrays it takes a third of that.
 */
public final class YearRows {

  private final StructType schema;

  /**
   * per field: double[] for DoubleType fields (NaN where null, see {@link #nulls}), otherwise
   * Object[]
   */
  private final Object[] columns;

  private final BitSet[] nulls;
  private final int size;

  private YearRows(StructType schema, Object[] columns, BitSet[] nulls, int size) {
    this.schema = schema;
    this.columns = columns;
    this.nulls = nulls;
    this.size = size;
  }

  /** Gathers the rows of {@code schema} and orders them by the text column {@code district_id}. */
  public static YearRows byDistrict(Iterator<Row> rows, StructType schema) {
    return gathered(rows, schema).sortedByDistrict();
  }

  /** Gathers the rows of {@code schema} in the order they come. */
  public static YearRows gathered(Iterator<Row> rows, StructType schema) {
    int width = schema.fields().length;
    Object[] columns = new Object[width];
    BitSet[] nulls = new BitSet[width];
    for (int c = 0; c < width; c++) {
      boolean numeric = schema.fields()[c].dataType().equals(DataTypes.DoubleType);
      columns[c] = numeric ? new double[1024] : new Object[1024];
      nulls[c] = numeric ? new BitSet() : null;
    }
    int n = 0;
    while (rows.hasNext()) {
      Row r = rows.next();
      if (n == capacity(columns[0])) {
        for (int c = 0; c < width; c++) {
          columns[c] = resized(columns[c], 2 * n);
        }
      }
      for (int c = 0; c < width; c++) {
        if (columns[c] instanceof double[] d) {
          boolean isNull = r.isNullAt(c);
          d[n] = isNull ? Double.NaN : r.getDouble(c);
          if (isNull) {
            nulls[c].set(n);
          }
        } else {
          ((Object[]) columns[c])[n] = r.get(c);
        }
      }
      n++;
    }
    for (int c = 0; c < width; c++) {
      columns[c] = resized(columns[c], n);
    }
    return new YearRows(schema, columns, nulls, n);
  }

  private YearRows sortedByDistrict() {
    int n = size;
    Object[] ids = (Object[]) columns[schema.fieldIndex(DISTRICT_ID)];
    int[] order =
        java.util.stream.IntStream.range(0, n)
            .boxed()
            .sorted(Comparator.comparing(i -> (String) ids[i]))
            .mapToInt(Integer::intValue)
            .toArray();
    // column by column, so that the year is never held twice
    for (int c = 0; c < columns.length; c++) {
      columns[c] = reordered(columns[c], order);
      if (nulls[c] != null) {
        nulls[c] = reorderedBits(nulls[c], order);
      }
    }
    return this;
  }

  public int size() {
    return size;
  }

  /** The column's values as Spark stores them: null where the row has none. */
  public Object value(String column, int i) {
    return value(schema.fieldIndex(column), i);
  }

  private Object value(int c, int i) {
    if (columns[c] instanceof double[] d) {
      return nulls[c].get(i) ? null : d[i];
    }
    return ((Object[]) columns[c])[i];
  }

  /**
   * A numeric column, NaN where the row has no value: the column itself, which callers only read.
   */
  public double[] doubles(String column) {
    return (double[]) columns[schema.fieldIndex(column)];
  }

  /** The values of a text column, in the rows' order. */
  public List<String> texts(String column) {
    Object[] v = (Object[]) columns[schema.fieldIndex(column)];
    List<String> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add((String) v[i]);
    }
    return out;
  }

  /**
   * Each row followed by its value of each added column, in the order of {@code added}; rows are
   * built as Spark pulls them, so the year is never held twice.
   */
  public Iterator<Row> appended(Collection<IntFunction<Object>> added) {
    List<IntFunction<Object>> extra = List.copyOf(added);
    return new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < size;
      }

      @Override
      public Row next() {
        if (i >= size) {
          throw new NoSuchElementException();
        }
        Object[] v = new Object[columns.length + extra.size()];
        for (int c = 0; c < columns.length; c++) {
          v[c] = value(c, i);
        }
        int c = columns.length;
        for (IntFunction<Object> col : extra) {
          v[c++] = col.apply(i);
        }
        i++;
        return RowFactory.create(v);
      }
    };
  }

  private static Object resized(Object column, int length) {
    return column instanceof double[] d
        ? Arrays.copyOf(d, length)
        : Arrays.copyOf((Object[]) column, length);
  }

  private static int capacity(Object column) {
    return column instanceof double[] d ? d.length : ((Object[]) column).length;
  }

  private static Object reordered(Object column, int[] order) {
    if (column instanceof double[] d) {
      double[] out = new double[order.length];
      for (int i = 0; i < order.length; i++) {
        out[i] = d[order[i]];
      }
      return out;
    }
    Object[] o = (Object[]) column;
    Object[] out = new Object[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = o[order[i]];
    }
    return out;
  }

  private static BitSet reorderedBits(BitSet bits, int[] order) {
    BitSet out = new BitSet(order.length);
    for (int i = 0; i < order.length; i++) {
      if (bits.get(order[i])) {
        out.set(i);
      }
    }
    return out;
  }
}
