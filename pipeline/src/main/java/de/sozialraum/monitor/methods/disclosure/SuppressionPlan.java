package de.sozialraum.monitor.methods.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which cells and totals a run withholds: per year one {@link HierarchyCounts} of every count indicator over the
 * county's districts with the configured category partitions, primary suppression from the counts, then
 * {@link SecondarySuppression} until no withheld count can be recovered by subtraction along the hierarchy or
 * across categories.
 */
public final class SuppressionPlan {

  public static final String PRIMARY = "suppressed_primary";
  public static final String SECONDARY = "suppressed_secondary";

  /** A district-year's numerators by indicator (null where missing). */
  public record DistrictCounts(String district, String municipality, int year, Map<String, Long> numerators) {}

  public record DistrictYear(String district, int year) {}

  private final Map<String, String> flags = new HashMap<>();
  private final java.util.Set<DistrictYear> flagged = new java.util.LinkedHashSet<>();
  private final Map<String, java.util.Set<Integer>> withheldYears = new HashMap<>();
  private final Map<String, Boolean> withheldTotals = new HashMap<>();
  private final Map<String, Boolean> withheldCounty = new HashMap<>();

  private SuppressionPlan() {}

  /**
   * @param partitions each a total indicator followed by the part indicators whose numerators add up to its own
   */
  public static SuppressionPlan of(List<DistrictCounts> rows, List<String> indicators, List<List<String>> partitions, int k) {
    SuppressionPlan plan = new SuppressionPlan();
    List<int[]> parts = partitions.stream().map(p -> p.stream().mapToInt(indicators::indexOf).toArray()).toList();
    Map<Integer, List<DistrictCounts>> byYear = new TreeMap<>();
    rows.forEach(r -> byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r));
    for (Map.Entry<Integer, List<DistrictCounts>> e : byYear.entrySet()) {
      List<DistrictCounts> year = new ArrayList<>(e.getValue());
      year.sort(java.util.Comparator.comparing(DistrictCounts::district));
      Map<String, Integer> municipalityIndex = new LinkedHashMap<>();
      year.forEach(r -> municipalityIndex.putIfAbsent(r.municipality() == null ? "" : r.municipality(), municipalityIndex.size()));
      List<String> municipalities = new ArrayList<>(municipalityIndex.keySet());
      int[] m = year.stream().mapToInt(r -> municipalityIndex.get(r.municipality() == null ? "" : r.municipality())).toArray();
      long[][] v = new long[indicators.size()][];
      for (int c = 0; c < v.length; c++) {
        String ind = indicators.get(c);
        v[c] = year.stream().mapToLong(r -> {
          Long x = r.numerators().get(ind);
          return x == null ? -1 : x;
        }).toArray();
      }
      HierarchyCounts h = new HierarchyCounts(v, m, municipalities.size(), parts, k);
      SecondarySuppression.protect(h.system(), k);
      for (int c = 0; c < v.length; c++) {
        String ind = indicators.get(c);
        for (int i = 0; i < year.size(); i++) {
          CountSystem.State st = h.state(c, i);
          if (st == CountSystem.State.PRIMARY || st == CountSystem.State.SECONDARY) {
            plan.flags.put(key(year.get(i).district(), e.getKey(), ind), st == CountSystem.State.PRIMARY ? PRIMARY : SECONDARY);
            plan.flagged.add(new DistrictYear(year.get(i).district(), e.getKey()));
            plan.withheldYears.computeIfAbsent(ind, x -> new java.util.HashSet<>()).add(e.getKey());
          }
        }
        for (int j = 0; j < municipalities.size(); j++) {
          if (h.totalWithheld(c, j)) {
            plan.withheldTotals.put(key(municipalities.get(j), e.getKey(), ind), true);
          }
        }
        if (h.countyWithheld(c)) {
          plan.withheldCounty.put(e.getKey() + "|" + ind, true);
        }
      }
    }
    return plan;
  }

  /** Withholds a small count outside the sums (its denominator is missing, so it enters no total). */
  public void addPrimary(String district, int year, String indicator) {
    flags.put(key(district, year, indicator), PRIMARY);
    flagged.add(new DistrictYear(district, year));
    withheldYears.computeIfAbsent(indicator, x -> new java.util.HashSet<>()).add(year);
  }

  /** The cell's flag, or null where it is published. */
  public String flag(String district, int year, String indicator) {
    return flags.get(key(district, year, indicator));
  }

  public boolean totalWithheld(String municipality, int year, String indicator) {
    return withheldTotals.containsKey(key(municipality == null ? "" : municipality, year, indicator));
  }

  public boolean countyWithheld(int year, String indicator) {
    return withheldCounty.containsKey(year + "|" + indicator);
  }

  /** Whether any district cell of the indicator is withheld in the year. */
  public boolean anyWithheld(int year, String indicator) {
    return withheldYears.getOrDefault(indicator, java.util.Set.of()).contains(year);
  }

  /** The years in which some cell of the indicator is withheld, ascending. */
  public List<Integer> yearsWithWithheld(String indicator) {
    return new ArrayList<>(new java.util.TreeSet<>(withheldYears.getOrDefault(indicator, java.util.Set.of())));
  }

  /** The district-years with at least one withheld cell. */
  public java.util.Set<DistrictYear> flaggedDistrictYears() {
    return java.util.Collections.unmodifiableSet(flagged);
  }

  public long count(String flag) {
    return flags.values().stream().filter(flag::equals).count();
  }

  public int withheldTotals() {
    return withheldTotals.size() + withheldCounty.size();
  }

  private static String key(String unit, int year, String indicator) {
    return unit + "|" + year + "|" + indicator;
  }
}
