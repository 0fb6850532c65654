package de.sozialraum.monitor.config;

import java.util.Collection;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean": the known name a misspelt one was most likely meant to be. Close means at most
 * one edit for short names and two for longer ones, so that a swapped pair ("titel") is caught
 * while an unrelated short name ("elb" for "ew") is not offered.
 */
public final class Suggestions {

  private Suggestions() {}

  /** The nearest of {@code known} to {@code given}, if one is close; ties go to the first. */
  public static Optional<String> nearest(String given, Collection<String> known) {
    if (given == null || given.isEmpty()) {
      return Optional.empty();
    }
    int limit = given.length() <= 4 ? 1 : 2;
    LevenshteinDistance distance = new LevenshteinDistance(limit);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d =
          distance.apply(
              given.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
      if (d >= 0 && d < bestDistance && !k.equals(given)) {
        best = k;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code "; did you mean 'x'?"} or nothing, to end a message naming an unknown {@code given}. */
  public static String hint(String given, Collection<String> known) {
    return nearest(given, known).map(s -> "; did you mean '" + s + "'?").orElse("");
  }
}
