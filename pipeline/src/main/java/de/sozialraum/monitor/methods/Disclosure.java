package de.sozialraum.monitor.methods;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.methods.classify.Palette;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Primary suppression (METHODS.md §5): a numerator of 1 … k−1 persons is never published, and neither is
 * anything that would give it back: the rate, its change (also where the earlier year was withheld), its map
 * class, and the z-values and percentile ranks a preset shows for it. Composite indices stay published: they
 * mix several indicators and cannot be solved for one of them. Zero is published (it discloses no person), and
 * so are denominators, which are population figures. Each withheld cell is flagged in {@code <indicator>_flag}.
 * Indices are computed from the true values before this step, so suppression never changes a result.
 */
public final class Disclosure {

  public static final String PRIMARY = "suppressed_primary";

  private Disclosure() {}

  /** Whether a count is small enough to be withheld: 0 < count < k. */
  public static Column small(Column count, int k) {
    return count.gt(0).and(count.lt(k));
  }

  /**
   * @param presets the run's preset names, whose per-indicator columns ({@code <preset>_z_<id>}, {@code <preset>_pr_<id>}) are
   *                withheld with the indicator
   */
  public static Dataset<Row> primary(Dataset<Row> table, MonitorConfig config, List<String> presets) {
    int k = config.disclosure().minCount();
    int years = config.index().dynamicYears();
    List<String> columns = List.of(table.columns());
    List<String> ratio = config.indicators().stream().filter(MonitorConfig.Indicator::isRatio).map(MonitorConfig.Indicator::id).toList();
    Dataset<Row> t = table;
    for (String id : ratio) {
      t = t.withColumn(id + "_flag", when(small(col(id + "_numerator"), k), lit(PRIMARY)));
    }
    List<String> flags = ratio.stream().map(id -> id + "_flag").toList();
    t = Dynamics.withEarlier(t, flags, years, (now, before) -> before, "_before");
    Map<String, Column> replaced = new LinkedHashMap<>();
    for (String id : ratio) {
      Column now = col(id + "_flag").isNotNull();
      Column either = now.or(col(id + "_flag_before").isNotNull());
      List<String> withNow = new ArrayList<>(List.of(id + "_numerator", id, id + "_class", id + "_class_label"));
      List<String> withEither = new ArrayList<>(List.of(id + "_change"));
      for (String p : presets) {
        withNow.add(p + "_z_" + id);
        withNow.add(p + "_pr_" + id);
        withEither.add(p + "_z_" + id + "_change");
      }
      withNow.stream().filter(columns::contains).forEach(c -> replaced.put(c, when(now, lit(null)).otherwise(col(c))));
      withEither.stream().filter(columns::contains).forEach(c -> replaced.put(c, when(either, lit(null)).otherwise(col(c))));
      if (columns.contains(id + "_class_colour")) {
        replaced.put(id + "_class_colour", when(now, lit(Palette.NO_CLASS)).otherwise(col(id + "_class_colour")));
      }
    }
    List<Column> select = new ArrayList<>();
    for (String c : columns) {
      select.add(replaced.getOrDefault(c, col(c)).as(c));
      if (ratio.contains(c)) {
        select.add(col(c + "_flag"));
      }
    }
    return t.select(select.toArray(new Column[0]));
  }
}
