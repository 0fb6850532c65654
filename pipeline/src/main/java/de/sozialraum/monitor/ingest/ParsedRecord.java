package de.sozialraum.monitor.ingest;

import java.io.Serializable;
import java.util.List;

/**
 * One record of an indicator table as read: its key (district or zone, year; in a long table also
 * the variable), its values in the slots of the {@link RecordLayout}, the variables it delivers as
 * missing (an NA sentinel), and what its rules rejected. A bad key rejects the whole record; a bad
 * value rejects only its cell, and the record keeps the others. Source and line always point at the
 * delivered file so a planner can find the record.
 *
 * @param values one slot per variable of the layout; null where the record has no value
 * @param missing the variables the record delivers as NA
 * @param rejects every rejected cell, or the record's own reject when {@code kind} is {@code
 *     REJECT}
 */
public record ParsedRecord(
    Kind kind,
    Where where,
    String district,
    Integer year,
    String variable,
    Double[] values,
    List<String> missing,
    List<Reject> rejects)
    implements Serializable {

  public enum Kind {
    /** A record with a valid key; some of its cells may be rejected. */
    RECORD,
    /** A record whose key (district, year, field count) is unusable: nothing of it is used. */
    REJECT,
    /** A record of a long table whose variable the configuration does not use. */
    UNUSED
  }

  /** Table, file name and line of the record being read. */
  public record Where(String table, String source, long line) implements Serializable {}

  /** A rejected cell, or a rejected record's reason ({@code variable} null). */
  public record Reject(String column, String variable, String rule, String message)
      implements Serializable {}

  static ParsedRecord rejected(Where w, String district, Reject reason) {
    return new ParsedRecord(Kind.REJECT, w, district, null, null, null, List.of(), List.of(reason));
  }

  static ParsedRecord unused(Where w, String district, int year, String code) {
    return new ParsedRecord(Kind.UNUSED, w, district, year, code, null, List.of(), List.of());
  }

  /** How many cells the record delivers: values and missing values. */
  public int cells() {
    int n = missing.size();
    if (values != null) {
      for (Double v : values) {
        if (v != null) {
          n++;
        }
      }
    }
    return n;
  }
}
