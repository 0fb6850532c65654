package de.sozialraum.monitor.disclosure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which cells and totals a run withholds: per year one {@link HierarchyCounts} of every count
 * indicator over the county's districts with the configured category partitions, primary
 * suppression from the counts, then {@link SecondarySuppression} until no withheld count can be
 * recovered by subtraction along the hierarchy or across categories.
 *
 * <p>The plan is kept as one byte per district, year and indicator over the sorted district ids, so
 * a state's million districts over five years take some 55 MB and the plan can be broadcast to the
 * tasks that blank the published table.
 */
public final class SuppressionPlan implements Serializable {

  public static final String PRIMARY = "suppressed_primary";
  public static final String SECONDARY = "suppressed_secondary";

  /**
   * Withheld because the denominator is below {@code disclosure.min_denominator}, whatever the
   * count.
   */
  public static final String DENOMINATOR = "suppressed_denominator";

  /**
   * Withheld because it holds part of a count of 1 … k−1 delivered on another zoning (a school
   * district, say).
   */
  public static final String ZONE = "suppressed_zone";

  private static final byte NONE = 0;
  private static final byte PRIMARY_CODE = 1;
  private static final byte SECONDARY_CODE = 2;
  private static final byte DENOMINATOR_CODE = 3;
  private static final byte ZONE_CODE = 4;

  private final String[] districts;
  private final int[] municipality;
  private final List<String> municipalities;
  private final List<String> indicators;
  private final List<int[]> partitions;
  private final int k;
  private final int minDenominator;

  /** year → [indicator][district position] → NONE, PRIMARY_CODE or SECONDARY_CODE. */
  private final Map<Integer, byte[][]> flags = new TreeMap<>();

  /** The flags of withheld municipality and county totals. */
  private final Map<String, String> withheldTotals = new HashMap<>();

  private final Map<String, String> withheldCounty = new HashMap<>();
  private long pinnedByRules;

  /**
   * @param districts every district id, sorted: positions in the plan and, as before, the tie-break
   *     order
   * @param municipality each district's municipality id (null for none)
   * @param indicators the count indicators, in the order of the numerator arrays
   * @param partitions each a total indicator followed by the part indicators whose numerators add
   *     up to its own
   * @param k counts 1 … k−1 are withheld
   * @param minDenominator counts over a denominator of 1 … minDenominator−1 are withheld (0
   *     switches the rule off)
   */
  public SuppressionPlan(
      String[] districts,
      String[] municipality,
      List<String> indicators,
      List<List<String>> partitions,
      int k,
      int minDenominator) {
    for (int i = 1; i < districts.length; i++) {
      if (districts[i - 1].compareTo(districts[i]) >= 0) {
        throw new IllegalArgumentException(
            "district ids must be sorted and unique: '"
                + districts[i - 1]
                + "', '"
                + districts[i]
                + "'");
      }
    }
    this.districts = districts.clone();
    // municipalities numbered by first appearance in district order, which fixes the positions of
    // their totals
    Map<String, Integer> index = new java.util.LinkedHashMap<>();
    this.municipality = new int[districts.length];
    for (int d = 0; d < districts.length; d++) {
      this.municipality[d] =
          index.computeIfAbsent(municipality[d] == null ? "" : municipality[d], m -> index.size());
    }
    this.municipalities = new ArrayList<>(index.keySet());
    // mutable lists: executors rebuild the broadcast plan with Kryo, which adds element by element
    this.indicators = new ArrayList<>(indicators);
    this.partitions =
        new ArrayList<>(
            partitions.stream()
                .map(p -> p.stream().mapToInt(indicators::indexOf).toArray())
                .toList());
    this.k = k;
    this.minDenominator = minDenominator;
  }

  /** The position of a district in the plan, or −1 for an id it does not know. */
  public int position(String district) {
    int p = Arrays.binarySearch(districts, district);
    return p < 0 ? -1 : p;
  }

  /**
   * Plans one year from its true numerators.
   *
   * @param numerators [indicator][district position] counts, negative where missing
   * @param denominators [indicator][district position] the counts' denominators, negative where
   *     missing
   * @param loose [indicator][district position] true where a count has no denominator: it enters no
   *     total, and a small one is withheld on its own
   * @param zoned [indicator][district position] true where the count holds part of a small count of
   *     another zoning (1 … k−1 there): it is withheld whatever it is; null for none
   */
  public void planYear(
      int year,
      long[][] numerators,
      double[][] denominators,
      boolean[][] loose,
      boolean[][] zoned) {
    HierarchyCounts h =
        new HierarchyCounts(
            numerators,
            denominators,
            municipality,
            municipalities.size(),
            partitions,
            k,
            minDenominator,
            zoned);
    pinnedByRules += SecondarySuppression.protect(h.system(), k);
    byte[][] f = new byte[indicators.size()][districts.length];
    for (int c = 0; c < f.length; c++) {
      for (int d = 0; d < districts.length; d++) {
        CountSystem.State st = h.state(c, d);
        f[c][d] =
            switch (st) {
              case PRIMARY -> PRIMARY_CODE;
              case SMALL_BASE -> zoned != null && zoned[c][d] ? ZONE_CODE : DENOMINATOR_CODE;
              case SECONDARY -> SECONDARY_CODE;
              default -> NONE;
            };
        if (loose != null && loose[c][d]) {
          f[c][d] = PRIMARY_CODE;
        }
      }
      for (int j = 0; j < municipalities.size(); j++) {
        if (h.totalWithheld(c, j)) {
          withheldTotals.put(
              key(municipalities.get(j), year, indicators.get(c)), totalFlag(h.totalState(c, j)));
        }
      }
      if (h.countyWithheld(c)) {
        withheldCounty.put(year + "|" + indicators.get(c), totalFlag(h.countyState(c)));
      }
    }
    flags.put(year, f);
  }

  /**
   * The cell's flag, or null where it is published (or the plan does not know the district or
   * year).
   */
  public String flag(String district, int year, String indicator) {
    return flag(position(district), year, indicators.indexOf(indicator));
  }

  /** The cell's flag by positions, or null. */
  public String flag(int district, int year, int indicator) {
    byte[][] f = flags.get(year);
    if (f == null || district < 0 || indicator < 0) {
      return null;
    }
    return switch (f[indicator][district]) {
      case PRIMARY_CODE -> PRIMARY;
      case SECONDARY_CODE -> SECONDARY;
      case DENOMINATOR_CODE -> DENOMINATOR;
      case ZONE_CODE -> ZONE;
      default -> null;
    };
  }

  private static String totalFlag(CountSystem.State state) {
    return state == CountSystem.State.SMALL_BASE ? DENOMINATOR : SECONDARY;
  }

  /** The flag of a withheld municipality total, or null where it is published. */
  public String totalFlag(String municipality, int year, String indicator) {
    return withheldTotals.get(key(municipality == null ? "" : municipality, year, indicator));
  }

  /** The flag of a withheld county total, or null where it is published. */
  public String countyFlag(int year, String indicator) {
    return withheldCounty.get(year + "|" + indicator);
  }

  /** Whether any district cell of the indicator is withheld in the year. */
  public boolean anyWithheld(int year, String indicator) {
    return withheld(year, indicator) > 0;
  }

  /** How many of the year's cells of the indicator are withheld, for whatever reason. */
  public int withheld(int year, String indicator) {
    byte[][] f = flags.get(year);
    int c = indicators.indexOf(indicator);
    if (f == null || c < 0) {
      return 0;
    }
    int n = 0;
    for (byte b : f[c]) {
      if (b != NONE) {
        n++;
      }
    }
    return n;
  }

  /** The years in which some cell of the indicator is withheld, ascending. */
  public List<Integer> yearsWithWithheld(String indicator) {
    return flags.keySet().stream().filter(y -> anyWithheld(y, indicator)).toList();
  }

  public long count(String flag) {
    byte code =
        PRIMARY.equals(flag)
            ? PRIMARY_CODE
            : SECONDARY.equals(flag)
                ? SECONDARY_CODE
                : DENOMINATOR.equals(flag) ? DENOMINATOR_CODE : ZONE.equals(flag) ? ZONE_CODE : -1;
    long n = 0;
    for (byte[][] f : flags.values()) {
      for (byte[] row : f) {
        for (byte b : row) {
          n += b == code ? 1 : 0;
        }
      }
    }
    return n;
  }

  /**
   * Withheld counts an attacker still pins from other withheld counts and the rules alone (a total
   * of 2 split into two withheld 1s): no further suppression could protect them; they are withheld
   * all the same.
   */
  public long pinnedByRules() {
    return pinnedByRules;
  }

  public int withheldTotals() {
    return withheldTotals.size() + withheldCounty.size();
  }

  private static String key(String unit, int year, String indicator) {
    return unit + "|" + year + "|" + indicator;
  }
}
