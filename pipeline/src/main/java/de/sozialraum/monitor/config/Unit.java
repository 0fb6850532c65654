package de.sozialraum.monitor.config;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The unit of a rate or delivered-change indicator ({@code indicators[].unit}), and the one place
 * that says how the report, the profiles and the data dictionary write it.
 */
public enum Unit {
  PERCENT(100, "%", "Prozentpunkte"),
  PER_MILLE(1000, "‰", "‰-Punkte"),
  /** A delivered change of a share: the value is already a difference. */
  PERCENTAGE_POINTS(100, "Prozentpunkte", "Prozentpunkte"),
  /** A delivered score without a unit (an index such as the GISD's 0 … 1). */
  NONE(1, "", "");

  private final int scale;
  private final String symbol;
  private final String changeSymbol;

  Unit(int scale, String symbol, String changeSymbol) {
    this.scale = scale;
    this.symbol = symbol;
    this.changeSymbol = changeSymbol;
  }

  /** The configuration's spelling: {@code percent}, {@code per_mille}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a value in this unit is a share, so that a numerator over a denominator can have it;
   * the others are units of delivered values only.
   */
  public boolean isShare() {
    return this == PERCENT || this == PER_MILLE;
  }

  /** rate = scale · Σnumerator / Σdenominator. */
  public int scale() {
    return scale;
  }

  /** Written after a value: {@code %}, {@code ‰}. */
  public String symbol() {
    return symbol;
  }

  /** Written after a change of a value: {@code Prozentpunkte}, {@code ‰-Punkte}. */
  public String changeSymbol() {
    return changeSymbol;
  }

  /**
   * The caption of a table or map of rates in these units: "Anteile in %", or "Anteile in % bzw. ‰"
   * where they mix.
   */
  public static String caption(Collection<Unit> units) {
    String shares =
        "Anteile in "
            + units.stream()
                .distinct()
                .filter(Unit::isShare)
                .sorted()
                .map(Unit::symbol)
                .collect(Collectors.joining(" bzw. "));
    return units.contains(PERCENTAGE_POINTS)
        ? shares + ", gelieferte Veränderungen in Prozentpunkten"
        : shares;
  }
}
