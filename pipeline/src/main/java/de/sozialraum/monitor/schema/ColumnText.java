package de.sozialraum.monitor.schema;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The published columns' German descriptions, kept in the resource bundle {@code
 * de/sozialraum/monitor/schema/columns.properties} rather than in the steps that declare the
 * columns, so that one file holds every text the data dictionary, and a translation, needs. A
 * family of columns has one text with placeholders {@code {0}}, {@code {1}}, … filled in literally
 * (no {@link java.text.MessageFormat} quoting: the texts contain apostrophes).
 */
public final class ColumnText {

  private static final ResourceBundle TEXTS =
      ResourceBundle.getBundle("de.sozialraum.monitor.schema.columns", Locale.GERMAN);

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
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** Whether the bundle describes {@code key}. */
  public static boolean has(String key) {
    return TEXTS.containsKey(key);
  }
}
