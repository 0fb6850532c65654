package de.sozialraum.monitor.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * One year's counts of several categories (indicator numerators) over the district → municipality →
 * county hierarchy, as a {@link CountSystem}: per category, municipality totals are the sums of
 * their districts' present cells and the county total the sum of the municipalities; per partition
 * (a total category and its part categories, e.g. unemployed = under 25 + 25 and older) the
 * equation total = Σ parts in every unit where the counts are all present and do add up.
 */
public final class HierarchyCounts {

  private final int categories;
  private final int districts;
  private final int municipalities;
  private final CountSystem system;

  /** True values (the publisher's side) rather than published figures (the attacker's side). */
  private boolean trueValues;

  /**
   * @param value [category][district] counts, negative where missing
   * @param base [category][district] the counts' denominators (with decimals where moved from
   *     another zoning), negative where missing; null for none
   * @param municipality municipality number 0 … m−1 per district
   * @param partitions each {total category, part categories …}
   * @param k counts 1 … k−1 are withheld (primary)
   * @param minBase every count over a denominator of 1 … minBase−1 is withheld, 0 or 1 switch it
   *     off; so are municipality and county totals over such a summed denominator
   * @param forced [category][district] counts withheld whatever they are (moved from a small count
   *     of another zoning), bounded by their denominator like a small-base count; null for none
   */
  public HierarchyCounts(
      long[][] value,
      double[][] base,
      int[] municipality,
      int municipalities,
      List<int[]> partitions,
      int k,
      int minBase,
      boolean[][] forced) {
    this(value, municipality, municipalities);
    trueValues = true;
    for (int c = 0; c < categories; c++) {
      double[] totalBase = new double[municipalities];
      for (int d = 0; d < districts; d++) {
        long v = value[c][d];
        double b = base == null ? -1 : base[c][d];
        int x = cell(c, d);
        system.value[x] = Math.max(v, 0);
        system.state[x] =
            v < 0
                ? CountSystem.State.MISSING
                : v > 0 && v < k ? CountSystem.State.PRIMARY : CountSystem.State.PUBLISHED;
        if (v >= 0 && b > 0) {
          totalBase[municipality[d]] += b;
          smallBase(x, b, forced != null && forced[c][d] ? Integer.MAX_VALUE : minBase);
        }
      }
      long[] totals = new long[municipalities];
      for (int d = 0; d < districts; d++) {
        totals[municipality[d]] += system.value[cell(c, d)];
      }
      long county = 0;
      double countyBase = 0;
      for (int m = 0; m < municipalities; m++) {
        system.value[total(c, m)] = totals[m];
        county += totals[m];
        countyBase += totalBase[m];
        smallBase(total(c, m), totalBase[m], minBase);
      }
      system.value[county(c)] = county;
      smallBase(county(c), countyBase, minBase);
    }
    equations(municipality, partitions);
  }

  /**
   * A denominator moved from another zoning has decimals: it bounds the count from above as its
   * ceiling.
   */
  private void smallBase(int x, double base, int minBase) {
    if (base > 0 && base < minBase) {
      system.state[x] = CountSystem.State.SMALL_BASE;
      system.base[x] = (long) Math.ceil(base);
    }
  }

  private HierarchyCounts(long[][] value, int[] municipality, int municipalities) {
    this.categories = value.length;
    this.districts = categories == 0 ? 0 : value[0].length;
    this.municipalities = municipalities;
    this.system = new CountSystem(categories * (districts + municipalities + 1));
    for (int c = 0; c < categories; c++) {
      for (int d = 0; d < districts; d++) {
        system.cell[cell(c, d)] = true;
      }
    }
  }

  /**
   * What a run published, read back by an attacker: cell values, states and (for SMALL_BASE cells)
   * the published denominators per category and district, the municipality and county totals
   * (withheld ones as null).
   */
  public static HierarchyCounts published(
      long[][] cells,
      CountSystem.State[][] states,
      long[][] bases,
      Long[][] totals,
      Long[] county,
      int[] municipality,
      List<int[]> partitions) {
    HierarchyCounts h =
        new HierarchyCounts(cells, municipality, totals.length == 0 ? 0 : totals[0].length);
    for (int c = 0; c < h.categories; c++) {
      for (int d = 0; d < h.districts; d++) {
        h.system.value[h.cell(c, d)] = cells[c][d];
        h.system.state[h.cell(c, d)] = states[c][d];
        h.system.base[h.cell(c, d)] = bases[c][d];
      }
      for (int m = 0; m < h.municipalities; m++) {
        h.put(h.total(c, m), totals[c][m]);
      }
      h.put(h.county(c), county[c]);
    }
    h.equations(municipality, partitions);
    return h;
  }

  private void put(int v, Long published) {
    system.value[v] = published == null ? 0 : published;
    system.state[v] = published == null ? CountSystem.State.SECONDARY : CountSystem.State.PUBLISHED;
  }

  private void equations(int[] municipality, List<int[]> partitions) {
    List<List<Integer>> members = new ArrayList<>();
    for (int m = 0; m < municipalities; m++) {
      members.add(new ArrayList<>());
    }
    for (int d = 0; d < districts; d++) {
      members.get(municipality[d]).add(d);
    }
    for (int c = 0; c < categories; c++) {
      for (int m = 0; m < municipalities; m++) {
        int cc = c;
        system.equation(total(c, m), members.get(m).stream().mapToInt(d -> cell(cc, d)).toArray());
      }
      int cc = c;
      system.equation(
          county(c),
          java.util.stream.IntStream.range(0, municipalities).map(m -> total(cc, m)).toArray());
    }
    for (int[] p : partitions) {
      for (int d = 0; d < districts; d++) {
        int dd = d;
        partition(p, c -> cell(c, dd));
      }
      for (int m = 0; m < municipalities; m++) {
        int mm = m;
        partition(p, c -> total(c, mm));
      }
      partition(p, this::county);
    }
  }

  /**
   * total category = Σ part categories in one unit, where all are present and the figures add up:
   * the true ones on the publisher's side; on the attacker's side the published ones, or, where
   * some are withheld, by assumption.
   */
  private void partition(int[] p, java.util.function.IntUnaryOperator unit) {
    long sum = 0;
    int[] parts = new int[p.length - 1];
    for (int i = 1; i < p.length; i++) {
      parts[i - 1] = unit.applyAsInt(p[i]);
      if (system.state[parts[i - 1]] == CountSystem.State.MISSING) {
        return;
      }
      sum += system.value[parts[i - 1]];
    }
    int total = unit.applyAsInt(p[0]);
    boolean anyWithheld =
        system.withheld(total) || java.util.Arrays.stream(parts).anyMatch(system::withheld);
    if (system.state[total] != CountSystem.State.MISSING
        && (system.value[total] == sum || !trueValues && anyWithheld)) {
      system.equation(total, parts);
    }
  }

  public CountSystem system() {
    return system;
  }

  public CountSystem.State state(int category, int district) {
    return system.state[cell(category, district)];
  }

  public CountSystem.State totalState(int category, int m) {
    return system.state[total(category, m)];
  }

  public CountSystem.State countyState(int category) {
    return system.state[county(category)];
  }

  public boolean totalWithheld(int category, int m) {
    return system.withheld(total(category, m));
  }

  public boolean countyWithheld(int category) {
    return system.withheld(county(category));
  }

  /**
   * The first withheld count an attacker pins, as {category, district} for a cell, or null when
   * none is.
   */
  public int[] firstDisclosed(int k) {
    int v = IntervalAttack.on(system, k).firstDisclosed();
    if (v < 0) {
      return null;
    }
    return v < categories * districts
        ? new int[] {v / districts, v % districts}
        : new int[] {-1, v};
  }

  private int cell(int c, int d) {
    return c * districts + d;
  }

  private int total(int c, int m) {
    return categories * districts + c * municipalities + m;
  }

  private int county(int c) {
    return categories * (districts + municipalities) + c;
  }
}
