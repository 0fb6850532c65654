package de.sozialraum.monitor.ingest;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.Suggestions;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The rules for one record of an indicator table, whatever the file format: a bad key (district,
 * year) rejects the record, a bad value rejects only its cell, an NA sentinel is a missing value,
 * counts must be non-negative (and whole, where an indicator or the population counts them), rates
 * lie in 0–100 % and plain values in their declared range.
 */
final class RecordRules implements Serializable {

  private final MonitorConfig.Table table;
  private final NumberFormat numbers;
  private final RecordLayout layout;

  RecordRules(MonitorConfig.Table table, NumberFormat numbers, RecordLayout layout) {
    this.table = table;
    this.numbers = numbers;
    this.layout = layout;
  }

  /**
   * @param field the record's text in a named column
   */
  ParsedRecord record(ParsedRecord.Where where, UnaryOperator<String> field) {
    String districtText = field.apply(table.districtColumn());
    String district = table.districtId(districtText == null ? "" : districtText.trim());
    String yearText =
        table.year() != null ? table.year().toString() : field.apply(table.yearColumn());
    yearText = yearText == null ? "" : yearText.trim();
    if (district.isEmpty()) {
      return ParsedRecord.rejected(
          where,
          null,
          new ParsedRecord.Reject(
              table.districtColumn(), null, "missing_district", "no district id"));
    }
    int year;
    try {
      year =
          Integer.parseInt(
              yearText.endsWith(".0") ? yearText.substring(0, yearText.length() - 2) : yearText);
    } catch (NumberFormatException e) {
      return ParsedRecord.rejected(
          where,
          district,
          new ParsedRecord.Reject(
              table.yearColumn(),
              null,
              "bad_year",
              "year '" + yearText + "' is not a whole number"));
    }
    Cells cells = new Cells();
    String keyVariable = null;
    if (table.isLong()) {
      String code = field.apply(table.variableColumn());
      code = code == null ? "" : code.trim();
      keyVariable = variableFor(code);
      if (keyVariable == null) {
        return ParsedRecord.unused(where, district, year, code);
      }
      cells.read(table.valueColumn(), field.apply(table.valueColumn()), keyVariable);
    } else {
      for (Map.Entry<String, String> c : table.columns().entrySet()) {
        cells.read(c.getValue(), field.apply(c.getValue()), c.getKey());
      }
      MonitorConfig.ValidityColumn validity = table.validityColumn();
      if (validity != null) {
        cells.readValidity(validity, field.apply(validity.column()));
      }
    }
    return new ParsedRecord(
        ParsedRecord.Kind.RECORD,
        where,
        district,
        year,
        keyVariable,
        cells.values,
        cells.missing,
        cells.rejects);
  }

  private String variableFor(String code) {
    for (Map.Entry<String, String> v : table.variables().entrySet()) {
      if (v.getValue().equals(code)) {
        return v.getKey();
      }
    }
    return null;
  }

  /** The cells of one record as its rules find them. */
  private final class Cells {
    final Double[] values = layout.emptyValues();
    final List<String> missing = new ArrayList<>(0);
    final List<ParsedRecord.Reject> rejects = new ArrayList<>(0);

    void read(String column, String raw, String variable) {
      Double v;
      try {
        v = numbers.parse(raw);
      } catch (NumberFormatException e) {
        reject(column, variable, "not_a_number", e.getMessage());
        return;
      }
      if (v == null) {
        missing.add(variable);
      } else if (table.isRanged(variable)) {
        MonitorConfig.Range range = table.ranges().get(variable);
        if (range.contains(v)) {
          values[layout.index(variable)] = v;
        } else {
          reject(
              column,
              variable,
              "value_out_of_range",
              "value " + raw.trim() + " lies outside its declared range " + range.describe());
        }
      } else if (table.isRate(variable) && (v < 0 || v > 100)) {
        reject(
            column, variable, "rate_out_of_range", "rate " + raw.trim() + " lies outside 0–100 %");
      } else if (!table.isRate(variable) && v < 0) {
        reject(column, variable, "negative_count", "count " + raw.trim() + " is negative");
      } else if (table.isCounted(variable) && v != Math.rint(v)) {
        reject(
            column,
            variable,
            "count_not_whole",
            "count "
                + raw.trim()
                + " is not a whole number; '"
                + variable
                + "' is counted by an indicator or the population (if it is a percentage, list it"
                + " under the table's rates)");
      } else {
        values[layout.index(variable)] = v;
      }
    }

    /** A delivered verdict as its code; an NA leaves the decision to the other rules. */
    void readValidity(MonitorConfig.ValidityColumn validity, String raw) {
      String value = raw == null ? "" : raw.trim();
      String variable = RecordLayout.DELIVERED_VALIDITY;
      if (numbers.isMissing(value)) {
        missing.add(variable);
        return;
      }
      int code = validity.code(value);
      if (code < 0) {
        reject(
            validity.column(),
            variable,
            "unknown_validity_value",
            "'"
                + value
                + "' is neither valid "
                + validity.valid()
                + " nor invalid "
                + validity.invalid()
                + " (validity.column)"
                + Suggestions.hint(value, validity.values()));
      } else {
        values[layout.index(variable)] = (double) code;
      }
    }

    private void reject(String column, String variable, String rule, String message) {
      rejects.add(new ParsedRecord.Reject(column, variable, rule, message));
    }
  }
}
