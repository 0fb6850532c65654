package de.sozialraum.monitor.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/**
 * How far back a change looks ({@code index.dynamic_years}): a fixed number of years, x(t) −
 * x(t−k), or {@code previous}, the previous published year whatever the gap, for deliveries of
 * irregular years (1984 and 1993, two census periods).
 *
 * @param years k; 0 for the previous published year
 */
public record YearStep(int years) implements Serializable {

  public static final String PREVIOUS = "previous";

  @JsonCreator
  public static YearStep of(Object value) {
    return PREVIOUS.equals(value) ? new YearStep(0) : new YearStep(((Number) value).intValue());
  }

  public boolean isPrevious() {
    return years == 0;
  }

  /** As the configuration spells it. */
  @JsonValue
  Object spelling() {
    return isPrevious() ? PREVIOUS : years;
  }

  @Override
  public String toString() {
    return String.valueOf(spelling());
  }
}
