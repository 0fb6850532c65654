package de.sozialraum.monitor.ingest;

import java.io.Serializable;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses numbers as a table's source writes them ("1.234,5" in German exports, "1234.5"
 * internationally) and recognises the source's NA sentinels. Strict on purpose: "NaN", "Infinity",
 * "1e999" and "1.2.3" are not numbers, so they are reported instead of entering the statistics.
 */
public final class NumberFormat implements Serializable {

  private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  private final char decimal;
  private final Character thousands;
  private final Set<String> na;

  public NumberFormat(char decimal, Character thousands, Set<String> na) {
    this.decimal = decimal;
    this.thousands = thousands;
    this.na = Set.copyOf(na);
  }

  /** As {@code table} declares its numbers: decimal mark, grouping, NA sentinels. */
  static NumberFormat of(de.sozialraum.monitor.config.MonitorConfig.Table table) {
    return new NumberFormat(
        table.decimal().charAt(0),
        table.thousands() == null ? null : table.thousands().charAt(0),
        new java.util.HashSet<>(table.na()));
  }

  /**
   * As a typed format's numbers arrive, written as plain decimal text (Parquet, DBF): a point, no
   * grouping, the table's NA sentinels.
   */
  static NumberFormat typed(de.sozialraum.monitor.config.MonitorConfig.Table table) {
    return new NumberFormat('.', null, new java.util.HashSet<>(table.na()));
  }

  /** Whether the text (trimmed) is one of the NA sentinels. */
  public boolean isMissing(String trimmed) {
    return na.contains(trimmed);
  }

  /** The parsed value, or null for an NA sentinel. */
  public Double parse(String raw) throws NumberFormatException {
    String s = raw == null ? "" : raw.trim();
    if (isMissing(s)) {
      return null;
    }
    if (thousands != null && s.indexOf(thousands) >= 0) {
      // "1.234.567,8" is grouped; "1.2.3" is a typo and must not silently become 123
      String t = Pattern.quote(String.valueOf(thousands));
      String d = Pattern.quote(String.valueOf(decimal));
      if (!s.matches("[+-]?\\d{1,3}(" + t + "\\d{3})+(" + d + "\\d*)?")) {
        throw new NumberFormatException(
            "'" + raw + "' is not a number (misplaced thousands separator)");
      }
      s = s.replace(String.valueOf(thousands), "");
    }
    if (decimal == ',') {
      if (s.indexOf('.') >= 0) {
        throw new NumberFormatException("'" + raw + "' is not a number with decimal comma");
      }
      s = s.replace(',', '.');
    }
    if (!PLAIN.matcher(s).matches()) {
      throw new NumberFormatException("'" + raw + "' is not a number");
    }
    double v = Double.parseDouble(s);
    if (!Double.isFinite(v)) {
      throw new NumberFormatException("'" + raw + "' is out of range");
    }
    return v;
  }
}
