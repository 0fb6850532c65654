package de.sozialraum.monitor.disclosure;

/**
 * Secondary suppression (docs/METHODS.md §5): as long as the {@link IntervalAttack} pins a withheld
 * count, one more count is withheld from the equations that contain pinned ones: preferably a
 * published district cell (the smallest non-zero one; a withheld zero would be pinned at once),
 * otherwise a published total (the smallest non-zero one); ties go to the lower position, so a run
 * is deterministic.
 *
 * <p>One attack serves a round for all pinned counts at once. A pinned count's equations that give
 * it away are those whose other counts are published (else known to the attacker; else, where the
 * pin comes from combining bounds, all its equations); pinned counts that share such an equation
 * form a group, and each group gets one partner from those equations, as if it were the only one.
 * Groups far apart (different districts' category equations) are thus protected in the same round,
 * which keeps a state's million districts at a few dozen attacks per year instead of one attack per
 * partner; for a single group it is the one-at-a-time rule.
 *
 * <p>Some pins no suppression can lift: a withheld total of 2 whose two parts are withheld 1s is
 * fixed by the rules alone (each primary count is 1 … k−1), whatever else is published. Those are
 * found first, by attacking the system with every non-zero count withheld, and left alone; chasing
 * them would withhold every count of their equations in vain. A group whose equations have nothing
 * left to withhold while no other group finds a partner either is left alone as well.
 */
public final class SecondarySuppression {

  private SecondarySuppression() {}

  /**
   * @return how many withheld counts stay pinned because no suppression can protect them
   */
  public static int protect(CountSystem s, int k) {
    boolean[] unprotectable = unprotectable(s, k);
    int[][] byVariable = s.equationsByVariable();
    while (true) {
      IntervalAttack attack = IntervalAttack.on(s, k);
      int[] pinned =
          java.util.stream.IntStream.range(0, s.size())
              .filter(v -> attack.discloses(v) && !unprotectable[v])
              .toArray();
      if (pinned.length == 0) {
        int n = 0;
        for (int v = 0; v < s.size(); v++) {
          n += unprotectable[v] && attack.discloses(v) ? 1 : 0;
        }
        return n;
      }
      int[][] revealing = new int[pinned.length][];
      for (int i = 0; i < pinned.length; i++) {
        revealing[i] = revealing(s, attack, pinned[i], byVariable[pinned[i]]);
      }
      int[] group = groups(revealing, s.equations.size());
      int[] bestCell = new int[pinned.length];
      int[] bestTotal = new int[pinned.length];
      java.util.Arrays.fill(bestCell, -1);
      java.util.Arrays.fill(bestTotal, -1);
      boolean[] scanned = new boolean[s.equations.size()];
      for (int i = 0; i < pinned.length; i++) {
        for (int e : revealing[i]) {
          if (!scanned[e]) {
            scanned[e] = true;
            for (int v : s.equations.get(e)) {
              if (s.state[v] == CountSystem.State.PUBLISHED && s.value[v] > 0) {
                int[] best = s.cell[v] ? bestCell : bestTotal;
                int b = best[group[i]];
                if (b < 0 || s.value[v] < s.value[b] || s.value[v] == s.value[b] && v < b) {
                  best[group[i]] = v;
                }
              }
            }
          }
        }
      }
      // cells before totals across groups too: a group that could only give up a total waits for a
      // round in which no
      // group has a cell to give, since another group's cell often frees it (a withheld
      // municipality's total is
      // pinned by the county only while the other municipality's cells are all published)
      boolean cellRound = java.util.Arrays.stream(bestCell).anyMatch(c -> c >= 0);
      boolean withheld = false;
      for (int g = 0; g < pinned.length; g++) {
        int pick = cellRound ? bestCell[g] : bestTotal[g];
        if (pick >= 0 && s.state[pick] == CountSystem.State.PUBLISHED) {
          s.state[pick] = CountSystem.State.SECONDARY;
          withheld = true;
        }
      }
      if (!withheld) {
        // nothing left to withhold in any pinned count's equations
        for (int v : pinned) {
          unprotectable[v] = true;
        }
      }
    }
  }

  /**
   * The equations that give v away: those whose other counts are all published; else those whose
   * other counts the attacker all knows (some pinned in turn); else, where the pin comes from
   * combining bounds, all of v's equations. Preferring published ones keeps a municipality's
   * equation, whose withheld cells are each pinned through their own district's category equation,
   * from joining all of them into one group.
   */
  private static int[] revealing(CountSystem s, IntervalAttack attack, int v, int[] equations) {
    int[] published = othersAll(s, v, equations, w -> !s.withheld(w));
    if (published.length > 0) {
      return published;
    }
    int[] known = othersAll(s, v, equations, attack::known);
    return known.length > 0 ? known : equations;
  }

  private static int[] othersAll(
      CountSystem s, int v, int[] equations, java.util.function.IntPredicate test) {
    int[] out = new int[equations.length];
    int n = 0;
    for (int e : equations) {
      boolean all = true;
      for (int w : s.equations.get(e)) {
        if (w != v && !test.test(w)) {
          all = false;
          break;
        }
      }
      if (all) {
        out[n++] = e;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /**
   * The group of each pinned count, as the position of its group's first member: pinned counts that
   * share a revealing equation are in one group (union–find over the equations).
   */
  private static int[] groups(int[][] revealing, int equations) {
    int[] parent = new int[revealing.length];
    int[] firstIn = new int[equations];
    java.util.Arrays.fill(firstIn, -1);
    for (int i = 0; i < revealing.length; i++) {
      parent[i] = i;
      for (int e : revealing[i]) {
        if (firstIn[e] < 0) {
          firstIn[e] = i;
        } else {
          int a = root(parent, i);
          int b = root(parent, firstIn[e]);
          parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
    for (int i = 0; i < revealing.length; i++) {
      parent[i] = root(parent, i);
    }
    return parent;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** The withheld counts an attacker pins even when every non-zero count is withheld. */
  private static boolean[] unprotectable(CountSystem s, int k) {
    CountSystem all = s.copy();
    for (int v = 0; v < all.size(); v++) {
      if (all.state[v] == CountSystem.State.PUBLISHED && all.value[v] > 0) {
        all.state[v] = CountSystem.State.SECONDARY;
      }
    }
    IntervalAttack attack = IntervalAttack.on(all, k);
    boolean[] pinned = new boolean[s.size()];
    for (int v = 0; v < pinned.length; v++) {
      pinned[v] = s.withheld(v) && attack.discloses(v);
    }
    return pinned;
  }
}
