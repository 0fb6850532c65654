package de.sozialraum.monitor.schema;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The published columns' German descriptions, kept in the resource bundle {@code
 * de/sozialraum/monitor/schema/columns.properties} rather than in the steps that declare the
 * columns, so that one file holds every text the data dictionary, and a translation, needs. A
 * family of columns has one text with numbered placeholders ({@code {0}}, {@code {1}} and so on),
 * each replaced by its value as written (no {@link java.text.MessageFormat} quoting: the texts
 * contain apostrophes).
 */
public final class ColumnText {

  private static final ResourceBundle TEXTS =
      ResourceBundle.getBundle("de.sozialraum.monitor.schema.columns", Locale.GERMAN);

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private ColumnText() {}

  /**
   * @throws IllegalStateException when the bundle has no text under {@code key}: a declared column
   *     without its description is the product's fault
   */
  public static String of(String key, Object... args) {
    String text;
    try {
      text = TEXTS.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("columns.properties has no text '" + key + "'", e);
    }
    // one pass, so that a value containing "{1}" (a label is the user's text) stays as given
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      m.appendReplacement(
          out, Matcher.quoteReplacement(i < args.length ? String.valueOf(args[i]) : m.group()));
    }
    return m.appendTail(out).toString();
  }

  /**
   * Why disclosure control withheld a value, by the indicator's flag ("gesperrt: kleine Fallzahl");
   * null where the flag is null, that is where the value is published.
   */
  public static String withheld(String flag) {
    if (flag == null) {
      return null;
    }
    String key = "withheld." + flag;
    return has(key) ? of(key) : "gesperrt";
  }

  /** Whether the bundle describes {@code key}. */
  public static boolean has(String key) {
    return TEXTS.containsKey(key);
  }
}
