package de.sozialraum.monitor.indicators;

import de.sozialraum.monitor.config.YearStep;
import de.sozialraum.monitor.schema.ColumnText;
import de.sozialraum.monitor.spark.Lookup;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;

/**
 * Which earlier year each year is compared with ({@code index.dynamic_years}, docs/METHODS.md §1):
 * k years before, or the previous of the published years. Every change, every previous class and
 * every flag of an earlier cell asks this one object, so they all compare the same pairs.
 */
public final class YearPairs implements Serializable {

  private final YearStep step;
  private final TreeSet<Integer> years;

  /**
   * @param years the published years (they decide the pairs only for {@code previous})
   */
  public YearPairs(YearStep step, Collection<Integer> years) {
    this.step = step;
    this.years = new TreeSet<>(years);
  }

  /** The year {@code year} is compared with; null when it has none among the published years. */
  public Integer earlier(int year) {
    if (step.isPrevious()) {
      return years.lower(year);
    }
    int e = year - step.years();
    return years.contains(e) ? e : null;
  }

  /**
   * The year that a row of {@code year} is the earlier value for, as a column: {@code year + k}, or
   * the next published year; null where there is none.
   */
  public Column laterOf(Column year) {
    if (!step.isPrevious()) {
      return year.plus(step.years());
    }
    Map<Integer, Integer> next = new TreeMap<>();
    for (int y : years) {
      Integer later = years.higher(y);
      if (later != null) {
        next.put(y, later);
      }
    }
    return Lookup.of(next, year, "int");
  }

  /** Every pair of published years as {@code 2022-2024}, in order. */
  public List<String> labels() {
    List<String> out = new ArrayList<>();
    for (int y : years) {
      Integer e = earlier(y);
      if (e != null) {
        out.add(e + "-" + y);
      }
    }
    return out;
  }

  /** The dictionary's description of a change of {@code column} over {@code step}. */
  public static String changeText(YearStep step, String column) {
    return step.isPrevious()
        ? ColumnText.of("change_previous", column)
        : ColumnText.of("change", column, step.years());
  }

  /** The dictionary's description of the class {@code column} had in the year compared with. */
  public static String previousClassText(YearStep step, String column) {
    return step.isPrevious()
        ? ColumnText.of("previous_class_previous", column)
        : ColumnText.of("previous_class", column, step.years());
  }

  /** The step as the configuration gives it. */
  public YearStep step() {
    return step;
  }
}
