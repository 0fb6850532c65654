package de.sozialraum.monitor.ingest;

import java.io.Serializable;

/**
 * One outcome of reading a table cell: a value, a missing value (NA sentinel), a value outside the
 * analysis (a variable the configuration does not use), or a reject with its rule. Source and line
 * always point at the delivered file so a planner can find the cell.
 */
public record ParsedCell(
    Kind kind,
    String table,
    String source,
    long line,
    String column,
    String district,
    Integer year,
    String variable,
    Double value,
    String rule,
    String message)
    implements Serializable {

  public enum Kind {
    VALUE,
    MISSING,
    UNUSED,
    REJECT
  }

  static ParsedCell value(
      Where w, String column, String district, int year, String variable, double v) {
    return new ParsedCell(
        Kind.VALUE,
        w.table(),
        w.source(),
        w.line(),
        column,
        district,
        year,
        variable,
        v,
        null,
        null);
  }

  static ParsedCell missing(Where w, String column, String district, int year, String variable) {
    return new ParsedCell(
        Kind.MISSING,
        w.table(),
        w.source(),
        w.line(),
        column,
        district,
        year,
        variable,
        null,
        null,
        null);
  }

  static ParsedCell unused(Where w, String column, String code) {
    return new ParsedCell(
        Kind.UNUSED, w.table(), w.source(), w.line(), column, null, null, code, null, null, null);
  }

  static ParsedCell reject(
      Where w,
      String column,
      String district,
      Integer year,
      String variable,
      String rule,
      String message) {
    return new ParsedCell(
        Kind.REJECT,
        w.table(),
        w.source(),
        w.line(),
        column,
        district,
        year,
        variable,
        null,
        rule,
        message);
  }

  /** Table, file name and line of the record being read. */
  record Where(String table, String source, long line) {}
}
