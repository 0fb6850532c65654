package de.sozialraum.monitor.index;

import java.util.List;
import java.util.Map;

/** The check the methods that weight their domains (COI, IMD) share. */
public final class DomainWeights {

  private DomainWeights() {}

  /**
   * The weights as the report's methods annex lists them, "Gewichte: soziale_lage 0,3, arbeit 0,3":
   * German decimals, each weight as configured (never in scientific notation).
   */
  public static String describe(Map<String, Double> weights) {
    List<String> each = new java.util.ArrayList<>();
    weights.forEach(
        (d, w) ->
            each.add(
                d
                    + " "
                    + java.math.BigDecimal.valueOf(w)
                        .stripTrailingZeros()
                        .toPlainString()
                        .replace('.', ',')));
    return "Gewichte: " + String.join(", ", each);
  }

  /**
   * Every weight names one of the domains; with {@code complete}, every domain has a weight.
   *
   * @param at the preset's configuration path
   */
  public static void check(
      String at,
      Map<String, Double> weights,
      Map<String, List<String>> domains,
      boolean complete,
      List<String> problems) {
    for (String d : weights.keySet()) {
      if (!domains.containsKey(d)) {
        problems.add(
            at
                + "/domain_weights: '"
                + d
                + "' is not a domain of this preset's indicators "
                + domains.keySet());
      }
    }
    if (complete) {
      for (String d : domains.keySet()) {
        if (!weights.containsKey(d)) {
          problems.add(at + "/domain_weights: domain '" + d + "' has no weight");
        }
      }
    }
  }
}
