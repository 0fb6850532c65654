package de.sozialraum.monitor.spark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The rows of one year as the per-year functions handle them: gathered and ordered by district id (so that
 * results do not depend on how Spark delivered them), and given back with computed columns appended.
 */
public final class YearRows {

  private YearRows() {}

  public static List<Row> byDistrict(Iterator<Row> rows) {
    List<Row> in = new ArrayList<>();
    rows.forEachRemaining(in::add);
    in.sort(Comparator.comparing(r -> r.<String>getAs("district_id")));
    return in;
  }

  /** Each row followed by its value of each added column, in the order of {@code added}. */
  public static Iterator<Row> appended(List<Row> in, Collection<Object[]> added) {
    List<Row> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      Row r = in.get(i);
      Object[] v = new Object[r.size() + added.size()];
      for (int c = 0; c < r.size(); c++) {
        v[c] = r.get(c);
      }
      int c = r.size();
      for (Object[] col : added) {
        v[c++] = col[i];
      }
      out.add(RowFactory.create(v));
    }
    return out.iterator();
  }
}
