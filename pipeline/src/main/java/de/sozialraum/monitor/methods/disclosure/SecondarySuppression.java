package de.sozialraum.monitor.methods.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Secondary suppression (METHODS.md §5): as long as the {@link IntervalAttack} pins a withheld count, one more
 * count is withheld from an equation that contains a pinned one: preferably a published district cell (the
 * smallest non-zero one; a withheld zero would be pinned at once), otherwise a published total (the smallest
 * non-zero one). Every step withholds one more count, so the loop ends; ties go to the lower position, so a run
 * is deterministic.
 */
public final class SecondarySuppression {

  private SecondarySuppression() {}

  public static void protect(CountSystem s, int k) {
    while (true) {
      IntervalAttack attack = IntervalAttack.on(s, k);
      List<int[]> touched = new ArrayList<>();
      for (int[] e : s.equations) {
        for (int v : e) {
          if (attack.discloses(v)) {
            touched.add(e);
            break;
          }
        }
      }
      if (touched.isEmpty() && attack.firstDisclosed() < 0) {
        return;
      }
      int pick = smallestPublished(s, touched, true);
      if (pick < 0) {
        pick = smallestPublished(s, touched, false);
      }
      if (pick < 0) {
        throw new IllegalStateException("no count left to protect the withheld count at position " + attack.firstDisclosed());
      }
      s.state[pick] = CountSystem.State.SECONDARY;
    }
  }

  private static int smallestPublished(CountSystem s, List<int[]> equations, boolean cells) {
    int best = -1;
    for (int[] e : equations) {
      for (int v : e) {
        if (s.state[v] == CountSystem.State.PUBLISHED && s.cell[v] == cells && s.value[v] > 0
            && (best < 0 || s.value[v] < s.value[best] || s.value[v] == s.value[best] && v < best)) {
          best = v;
        }
      }
    }
    return best;
  }
}
