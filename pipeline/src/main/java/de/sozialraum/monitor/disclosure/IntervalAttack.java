package de.sozialraum.monitor.disclosure;

import java.util.List;

/**
 * The attacker: knows every published count and the rules (a primary cell is 1 … k−1; a cell over a
 * small denominator is 0 … that denominator; a secondary cell is a publishable count, ≥ k; a
 * withheld total is ≥ 0) and subtracts along every equation of the {@link CountSystem}, narrowing
 * each unknown's interval until nothing changes. A withheld count whose interval shrinks to one
 * value is disclosed.
 */
public final class IntervalAttack {

  private static final long INF = Long.MAX_VALUE / 4;

  private final CountSystem s;
  private final long[] lo;
  private final long[] hi;
  private final boolean[] open;

  private IntervalAttack(CountSystem s, int k) {
    this.s = s;
    int n = s.size();
    lo = new long[n];
    hi = new long[n];
    for (int v = 0; v < n; v++) {
      switch (s.state[v]) {
        case PRIMARY -> set(v, 1, k - 1);
        case SMALL_BASE -> set(v, 0, s.base[v]);
        case SECONDARY -> set(v, s.cell[v] ? k : 0, INF);
        case MISSING -> set(v, 0, 0);
        default -> set(v, s.value[v], s.value[v]);
      }
    }
    open = new boolean[n];
    for (int v = 0; v < n; v++) {
      open[v] = lo[v] != hi[v];
    }
    // a worklist instead of sweeps over all equations: after the first pass only the equations of a
    // count whose
    // bounds moved are looked at again, which keeps a system of millions of counts at a few passes'
    // cost
    int[][] byVariable = s.equationsByVariable();
    List<int[]> equations = s.equations;
    java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
    boolean[] queued = new boolean[equations.size()];
    for (int e = 0; e < equations.size(); e++) {
      work.add(e);
      queued[e] = true;
    }
    while (!work.isEmpty()) {
      int e = work.poll();
      queued[e] = false;
      for (int v : equation(equations.get(e))) {
        for (int other : byVariable[v]) {
          if (!queued[other]) {
            queued[other] = true;
            work.add(other);
          }
        }
      }
    }
  }

  /** The attacker's bounds after subtracting along every equation. */
  public static IntervalAttack on(CountSystem s, int k) {
    return new IntervalAttack(s, k);
  }

  /**
   * Whether subtraction pins the withheld count. A count the rules alone already fix (a primary
   * cell when k = 2 can only be 1) is not a disclosure by subtraction; the flag itself says as
   * much, so k should be at least 3.
   */
  public boolean discloses(int v) {
    return s.withheld(v) && open[v] && lo[v] == hi[v];
  }

  /** Whether the attacker knows the count's value, published or pinned. */
  boolean known(int v) {
    return lo[v] == hi[v];
  }

  /** The first withheld count pinned to one value, or −1. */
  public int firstDisclosed() {
    for (int v = 0; v < lo.length; v++) {
      if (discloses(v)) {
        return v;
      }
    }
    return -1;
  }

  private void set(int v, long l, long h) {
    lo[v] = l;
    hi[v] = h;
  }

  /**
   * e[0] = Σ e[1…]: tightens every variable from the others' bounds; returns the variables whose
   * bounds moved.
   */
  private int[] equation(int[] e) {
    long sumLo = 0;
    long finiteHi = 0;
    int unbounded = 0;
    for (int i = 1; i < e.length; i++) {
      sumLo = sat(sumLo + lo[e[i]]);
      if (hi[e[i]] >= INF) {
        unbounded++;
      } else {
        finiteHi = sat(finiteHi + hi[e[i]]);
      }
    }
    int total = e[0];
    int[] moved = new int[e.length];
    int m = 0;
    if (tighten(total, sumLo, unbounded > 0 ? INF : finiteHi)) {
      moved[m++] = total;
    }
    for (int i = 1; i < e.length; i++) {
      int p = e[i];
      long othersLo = sumLo - lo[p];
      boolean othersUnbounded = unbounded - (hi[p] >= INF ? 1 : 0) > 0;
      long othersHi = othersUnbounded ? INF : finiteHi - (hi[p] >= INF ? 0 : hi[p]);
      long newLo = othersUnbounded ? lo[p] : lo[total] - othersHi;
      long newHi = hi[total] >= INF ? hi[p] : hi[total] - othersLo;
      if (tighten(p, newLo, newHi)) {
        moved[m++] = p;
      }
    }
    return m == 0 ? NONE : java.util.Arrays.copyOf(moved, m);
  }

  private static final int[] NONE = new int[0];

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
