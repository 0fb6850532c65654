package de.sozialraum.monitor.styles;

import de.sozialraum.monitor.numerics.classify.Palette;
import java.util.List;
import java.util.Objects;

/**
 * The legend of one classified column of a published year: its classes in order (value as
 * published, label, colour) and how districts without a class are shown. Report maps, their legends
 * and the QGIS styles are all drawn from it, so they cannot disagree with each other or with the
 * GeoJSON's colour columns.
 *
 * @param column the published attribute holding the class (a code or a category name)
 * @param valueColumn the published value the classes are made from, or null for categories
 * @param title the legend's heading
 * @param entries the classes in the order of their codes
 * @param noClass the label of districts without a class (grey, hatched in the report)
 * @param mostAdverseFirst whether the first class is the most adverse (IMD deciles) rather than the
 *     least
 */
public record ClassLegend(
    String column,
    String valueColumn,
    String title,
    List<Entry> entries,
    String noClass,
    boolean mostAdverseFirst) {

  /**
   * @param value the published class value: an Integer code, a String category or a Boolean
   */
  public record Entry(Object value, String label, String colour) {}

  public ClassLegend {
    entries = List.copyOf(entries);
  }

  /** The entry for a published value, or null for a district without a class. */
  public Entry entryOf(Object value) {
    if (value == null) {
      return null;
    }
    for (Entry e : entries) {
      if (Objects.equals(e.value(), value)
          || e.value() instanceof Integer code
              && value instanceof Number n
              && n.intValue() == code) {
        return e;
      }
    }
    return null;
  }

  public String colourOf(Object value) {
    Entry e = entryOf(value);
    return e == null ? Palette.NO_CLASS : e.colour();
  }
}
