package de.sozialraum.monitor.methods.disclosure;

/**
 * The attacker of METHODS.md §5: knows every published cell and total and the rules (a withheld primary cell is
 * 1 … k−1; a secondary cell is a published-size count, ≥ k; a withheld total is ≥ 0), and subtracts along every
 * equation of the hierarchy (municipality total = Σ its districts, county = Σ municipality totals), narrowing
 * each unknown's interval until nothing changes. A withheld cell whose interval shrinks to one value is disclosed.
 */
public final class IntervalAttack {

  private static final long INF = Long.MAX_VALUE / 4;

  private final long[] lo;
  private final long[] hi;

  private IntervalAttack(CountTable t, int k) {
    int n = t.size();
    int m = t.municipalities();
    // variables: districts 0 … n−1, municipality totals n … n+m−1, county n+m
    lo = new long[n + m + 1];
    hi = new long[n + m + 1];
    for (int i = 0; i < n; i++) {
      switch (t.cell[i]) {
        case PRIMARY -> set(i, 1, k - 1);
        case SECONDARY -> set(i, k, INF);
        case MISSING -> set(i, 0, 0);
        default -> set(i, t.value[i], t.value[i]);
      }
    }
    for (int j = 0; j < m; j++) {
      long total = t.total(j);
      if (t.totalWithheld[j]) {
        set(n + j, 0, INF);
      } else {
        set(n + j, total, total);
      }
    }
    if (t.countyWithheld) {
      set(n + m, 0, INF);
    } else {
      set(n + m, t.countyTotal(), t.countyTotal());
    }
    propagate(t);
  }

  /** The attacker's bounds after subtracting along the whole hierarchy. */
  public static IntervalAttack on(CountTable t, int k) {
    return new IntervalAttack(t, k);
  }

  /** Whether a withheld district cell is pinned to one value. */
  public boolean discloses(CountTable t, int district) {
    return t.withheld(district) && lo[district] == hi[district];
  }

  /** The first withheld district the attacker pins, or −1. */
  public int firstDisclosed(CountTable t) {
    for (int i = 0; i < t.size(); i++) {
      if (discloses(t, i)) {
        return i;
      }
    }
    return -1;
  }

  private void set(int v, long l, long h) {
    lo[v] = l;
    hi[v] = h;
  }

  private void propagate(CountTable t) {
    int n = t.size();
    int m = t.municipalities();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int j = 0; j < m; j++) {
        int jj = j;
        int[] parts = java.util.stream.IntStream.range(0, n).filter(i -> t.municipality[i] == jj).toArray();
        changed |= equation(n + j, parts);
      }
      changed |= equation(n + m, java.util.stream.IntStream.range(n, n + m).toArray());
    }
  }

  /** total = Σ parts: tightens every variable of the equation from the others' bounds; true if any bound moved. */
  private boolean equation(int total, int[] parts) {
    long sumLo = 0;
    long finiteHi = 0;
    int unbounded = 0;
    for (int p : parts) {
      sumLo = sat(sumLo + lo[p]);
      if (hi[p] >= INF) {
        unbounded++;
      } else {
        finiteHi = sat(finiteHi + hi[p]);
      }
    }
    boolean changed = tighten(total, sumLo, unbounded > 0 ? INF : finiteHi);
    for (int p : parts) {
      long othersLo = sumLo - lo[p];
      boolean othersUnbounded = unbounded - (hi[p] >= INF ? 1 : 0) > 0;
      long othersHi = othersUnbounded ? INF : finiteHi - (hi[p] >= INF ? 0 : hi[p]);
      long newLo = othersUnbounded ? lo[p] : lo[total] - othersHi;
      long newHi = hi[total] >= INF ? hi[p] : hi[total] - othersLo;
      changed |= tighten(p, newLo, newHi);
    }
    return changed;
  }

  private boolean tighten(int v, long l, long h) {
    long nl = Math.max(lo[v], l);
    long nh = Math.min(hi[v], h);
    if (nl != lo[v] || nh != hi[v]) {
      lo[v] = nl;
      hi[v] = nh;
      return true;
    }
    return false;
  }

  private static long sat(long x) {
    return Math.min(x, INF);
  }
}
