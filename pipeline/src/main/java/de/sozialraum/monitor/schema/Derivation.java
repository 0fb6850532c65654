package de.sozialraum.monitor.schema;

import java.io.Serializable;

/**
 * What a published column is derived from, as far as disclosure control is concerned: whether a
 * withheld count takes it along. Every numeric column of the index table must declare one;
 * disclosure withholds by these declarations, not by column names.
 *
 * @param rule how the column follows the count
 * @param indicator the count indicator it is derived from ({@code null} for {@link
 *     Rule#INDEPENDENT})
 * @param withheldAs what a withheld cell shows instead (null, or e.g. the grey of "no class" for a
 *     colour)
 * @param reason why an independent column gives no count away
 */
public record Derivation(Rule rule, String indicator, String withheldAs, String reason)
    implements Serializable {

  public enum Rule {
    /**
     * Gives no withheld count away: a key, a population figure, an offer count, a composite of
     * several indicators.
     */
    INDEPENDENT,
    /**
     * Withheld with the indicator's cell of the same district and year (its rate, class, z-value,
     * smoothed rate).
     */
    CELL,
    /**
     * Withheld when the cell or the one {@code index.dynamic_years} earlier is withheld (a change).
     */
    CELL_OR_EARLIER,
    /**
     * Withheld in every district of a year in which any cell of the indicator is withheld (a
     * spatial statistic, solvable for it).
     */
    YEAR
  }

  public static Derivation independent(String reason) {
    return new Derivation(Rule.INDEPENDENT, null, null, reason);
  }

  public static Derivation cell(String indicator) {
    return new Derivation(Rule.CELL, indicator, null, null);
  }

  public static Derivation cellOrEarlier(String indicator) {
    return new Derivation(Rule.CELL_OR_EARLIER, indicator, null, null);
  }

  public static Derivation year(String indicator) {
    return new Derivation(Rule.YEAR, indicator, null, null);
  }

  /** The same derivation, a withheld cell showing {@code value} instead of nothing. */
  public Derivation shownWithheldAs(String value) {
    return new Derivation(rule, indicator, value, reason);
  }
}
