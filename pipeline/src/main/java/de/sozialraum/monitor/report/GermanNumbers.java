package de.sozialraum.monitor.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a German report prints them: decimal comma, thousands dot, an en dash for a missing
 * value.
 */
final class GermanNumbers {

  static final String MISSING = "–";

  private GermanNumbers() {}

  static String format(Object value, int decimals) {
    if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
      return MISSING;
    }
    DecimalFormat f =
        new DecimalFormat(
            decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
            DecimalFormatSymbols.getInstance(Locale.GERMANY));
    String s = f.format(n.doubleValue());
    return s.equals("-0") || s.matches("-0,0+") ? s.substring(1) : s;
  }

  /** A change with its sign, "+1,2" or "−0,4" (typographic minus), or the dash. */
  static String signed(Object value, int decimals) {
    String s = format(value, decimals);
    if (s.equals(MISSING) || s.matches("0(,0+)?")) {
      return s;
    }
    return s.startsWith("-") ? "−" + s.substring(1) : "+" + s;
  }
}
