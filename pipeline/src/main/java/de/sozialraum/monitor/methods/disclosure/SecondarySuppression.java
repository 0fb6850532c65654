package de.sozialraum.monitor.methods.disclosure;

/**
 * Secondary suppression over the district → municipality → county hierarchy (METHODS.md §5). As long as the
 * {@link IntervalAttack} pins a withheld cell, the cheapest protection of that cell's municipality is added: its
 * smallest published non-zero district cell (a zero would be pinned at once), else the municipality total, else
 * the total of the municipality with the smallest published total that still has a cell to hide behind, else
 * the county total. Every step withholds one more value, so the loop ends; a run is deterministic because ties
 * are broken by position.
 */
public final class SecondarySuppression {

  private SecondarySuppression() {}

  /** Adds secondary suppressions to the table until the attacker pins no withheld cell. */
  public static void protect(CountTable t, int k) {
    int disclosed;
    while ((disclosed = IntervalAttack.on(t, k).firstDisclosed(t)) >= 0) {
      int m = t.municipality[disclosed];
      int cell = smallestPublished(t, m);
      if (cell >= 0) {
        t.cell[cell] = CountTable.Cell.SECONDARY;
      } else if (!t.totalWithheld[m]) {
        t.totalWithheld[m] = true;
      } else {
        int other = otherMunicipality(t, m);
        if (other >= 0) {
          t.totalWithheld[other] = true;
          int c = smallestPublished(t, other);
          if (c >= 0 && !hasWithheld(t, other)) {
            t.cell[c] = CountTable.Cell.SECONDARY;
          }
        } else if (!t.countyWithheld) {
          t.countyWithheld = true;
        } else {
          throw new IllegalStateException("no protection left for district " + disclosed);
        }
      }
    }
  }

  private static int smallestPublished(CountTable t, int m) {
    int best = -1;
    for (int i = 0; i < t.size(); i++) {
      if (t.municipality[i] == m && t.cell[i] == CountTable.Cell.PUBLISHED && t.value[i] > 0 && (best < 0 || t.value[i] < t.value[best])) {
        best = i;
      }
    }
    return best;
  }

  private static boolean hasWithheld(CountTable t, int m) {
    for (int i = 0; i < t.size(); i++) {
      if (t.municipality[i] == m && t.withheld(i)) {
        return true;
      }
    }
    return false;
  }

  /** The municipality with the smallest published total that has a non-zero cell or a withheld one. */
  private static int otherMunicipality(CountTable t, int except) {
    int best = -1;
    for (int j = 0; j < t.municipalities(); j++) {
      if (j != except && !t.totalWithheld[j] && (smallestPublished(t, j) >= 0 || hasWithheld(t, j))
          && (best < 0 || t.total(j) < t.total(best))) {
        best = j;
      }
    }
    return best;
  }
}
