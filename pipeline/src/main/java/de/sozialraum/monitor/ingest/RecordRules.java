package de.sozialraum.monitor.ingest;

import de.sozialraum.monitor.config.MonitorConfig;
import java.io.Serializable;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The rules for one record of an indicator table, whatever the file format: a bad key (district,
 * year) rejects the record, a bad value rejects only its cell, an NA sentinel is a missing value,
 * and counts must be non-negative (and whole, where an indicator or the population counts them) and
 * rates lie in 0–100 %.
 */
final class RecordRules implements Serializable {

  private final MonitorConfig.Table table;
  private final NumberFormat numbers;

  RecordRules(MonitorConfig.Table table, NumberFormat numbers) {
    this.table = table;
    this.numbers = numbers;
  }

  /**
   * @param field the record's text in a named column
   */
  void record(ParsedCell.Where where, UnaryOperator<String> field, Consumer<ParsedCell> out) {
    String districtText = field.apply(table.districtColumn());
    String district = districtText == null ? "" : districtText.trim();
    String yearText = field.apply(table.yearColumn());
    yearText = yearText == null ? "" : yearText.trim();
    if (district.isEmpty()) {
      out.accept(
          ParsedCell.reject(
              where,
              table.districtColumn(),
              null,
              null,
              null,
              "missing_district",
              "no district id"));
      return;
    }
    int year;
    try {
      year =
          Integer.parseInt(
              yearText.endsWith(".0") ? yearText.substring(0, yearText.length() - 2) : yearText);
    } catch (NumberFormatException e) {
      out.accept(
          ParsedCell.reject(
              where,
              table.yearColumn(),
              district,
              null,
              null,
              "bad_year",
              "year '" + yearText + "' is not a whole number"));
      return;
    }
    if (table.isLong()) {
      String code = field.apply(table.variableColumn());
      code = code == null ? "" : code.trim();
      String variable = variableFor(code);
      if (variable == null) {
        out.accept(ParsedCell.unused(where, table.variableColumn(), code));
        return;
      }
      cell(
          where,
          table.valueColumn(),
          field.apply(table.valueColumn()),
          district,
          year,
          variable,
          out);
    } else {
      for (Map.Entry<String, String> c : table.columns().entrySet()) {
        cell(where, c.getValue(), field.apply(c.getValue()), district, year, c.getKey(), out);
      }
    }
  }

  private String variableFor(String code) {
    for (Map.Entry<String, String> v : table.variables().entrySet()) {
      if (v.getValue().equals(code)) {
        return v.getKey();
      }
    }
    return null;
  }

  private void cell(
      ParsedCell.Where where,
      String column,
      String raw,
      String district,
      int year,
      String variable,
      Consumer<ParsedCell> out) {
    java.util.function.BiConsumer<String, String> reject =
        (rule, message) ->
            out.accept(ParsedCell.reject(where, column, district, year, variable, rule, message));
    Double v;
    try {
      v = numbers.parse(raw);
    } catch (NumberFormatException e) {
      reject.accept("not_a_number", e.getMessage());
      return;
    }
    if (v == null) {
      out.accept(ParsedCell.missing(where, column, district, year, variable));
    } else if (table.isRate(variable) && (v < 0 || v > 100)) {
      reject.accept("rate_out_of_range", "rate " + raw.trim() + " lies outside 0–100 %");
    } else if (!table.isRate(variable) && v < 0) {
      reject.accept("negative_count", "count " + raw.trim() + " is negative");
    } else if (table.isCounted(variable) && v != Math.rint(v)) {
      reject.accept(
          "count_not_whole",
          "count "
              + raw.trim()
              + " is not a whole number; '"
              + variable
              + "' is counted by an indicator or the population (if it is a percentage, list it"
              + " under the table's rates)");
    } else {
      out.accept(ParsedCell.value(where, column, district, year, variable, v));
    }
  }
}
