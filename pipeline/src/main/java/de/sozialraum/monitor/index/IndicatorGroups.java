package de.sozialraum.monitor.index;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Indicators in named groups, in configuration order: the SVI's themes, the domains of COI, IMD and
 * PCA. Knows the indicators in group order, each indicator's group number, and group weights with a
 * default of 1.
 */
public final class IndicatorGroups implements Serializable {

  private final Map<String, List<String>> groups;
  private final List<String> members;
  private final int[] groupOf;

  public IndicatorGroups(Map<String, List<String>> groups) {
    this.groups = new LinkedHashMap<>(groups);
    this.members = this.groups.values().stream().flatMap(List::stream).toList();
    List<String> names = List.copyOf(this.groups.keySet());
    this.groupOf =
        members.stream()
            .mapToInt(
                id -> {
                  for (int g = 0; g < names.size(); g++) {
                    if (this.groups.get(names.get(g)).contains(id)) {
                      return g;
                    }
                  }
                  throw new IllegalArgumentException(
                      "indicator '" + id + "' belongs to no group of " + names);
                })
            .toArray();
  }

  /** One group of the given indicators: a life-phase sub-index. */
  public static IndicatorGroups single(String name, List<String> ids) {
    return new IndicatorGroups(Map.of(name, ids));
  }

  public List<String> names() {
    return List.copyOf(groups.keySet());
  }

  public List<String> of(String group) {
    return groups.get(group);
  }

  public int size() {
    return groups.size();
  }

  /** All indicators, group by group. */
  public List<String> members() {
    return members;
  }

  /** The group number of each of {@link #members()}. */
  public int[] groupOf() {
    return groupOf.clone();
  }

  /** The groups' weights in group order; groups without one weigh 1. */
  public double[] weights(Map<String, Double> byName) {
    return groups.keySet().stream().mapToDouble(g -> byName.getOrDefault(g, 1.0)).toArray();
  }
}
