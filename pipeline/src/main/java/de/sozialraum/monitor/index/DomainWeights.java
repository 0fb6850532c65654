package de.sozialraum.monitor.index;

import java.util.List;
import java.util.Map;

/** The check the methods that weight their domains (COI, IMD) share. */
public final class DomainWeights {

  private DomainWeights() {}

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
