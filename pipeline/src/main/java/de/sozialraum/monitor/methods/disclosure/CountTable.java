package de.sozialraum.monitor.methods.disclosure;

import java.util.Arrays;

/**
 * One count (an indicator's numerator in one year) over the district → municipality → county hierarchy, with
 * what is published of it: each district cell is published, withheld (primary or secondary) or missing; each
 * municipality total and the county total is published or withheld. Totals are the sums of the districts' cells
 * that are present, so that published totals and parts form the equations an attacker can subtract along.
 */
public final class CountTable {

  public enum Cell { PUBLISHED, PRIMARY, SECONDARY, MISSING }

  final long[] value;
  final int[] municipality;
  final Cell[] cell;
  final boolean[] totalWithheld;
  boolean countyWithheld;
  /** Published totals as read from a run (attacker's view); null: the sums of the true values. */
  private long[] knownTotals;
  private long knownCounty;

  /**
   * @param value        count per district, negative where missing
   * @param municipality municipality number 0 … m−1 per district
   * @param k            primary suppression threshold: counts 1 … k−1 are withheld
   */
  public CountTable(long[] value, int[] municipality, int municipalities, int k) {
    this.value = value.clone();
    this.municipality = municipality.clone();
    this.cell = new Cell[value.length];
    for (int i = 0; i < value.length; i++) {
      cell[i] = value[i] < 0 ? Cell.MISSING : value[i] > 0 && value[i] < k ? Cell.PRIMARY : Cell.PUBLISHED;
    }
    this.totalWithheld = new boolean[municipalities];
  }

  /**
   * What a run published, as an attacker reads it back: the published cells (withheld ones carry any value, it is
   * not used), their state, and the published municipality and county totals (ignored where withheld).
   */
  public static CountTable published(long[] value, int[] municipality, Cell[] cell, long[] totals, boolean[] totalWithheld, long county,
      boolean countyWithheld) {
    CountTable t = new CountTable(value, municipality, totalWithheld.length, 1);
    System.arraycopy(cell, 0, t.cell, 0, cell.length);
    System.arraycopy(totalWithheld, 0, t.totalWithheld, 0, totalWithheld.length);
    t.countyWithheld = countyWithheld;
    t.knownTotals = totals.clone();
    t.knownCounty = county;
    return t;
  }

  public int size() {
    return value.length;
  }

  public int municipalities() {
    return totalWithheld.length;
  }

  public Cell cell(int district) {
    return cell[district];
  }

  public boolean totalWithheld(int municipality) {
    return totalWithheld[municipality];
  }

  public boolean countyWithheld() {
    return countyWithheld;
  }

  /** The municipality total as published: the sum of its present cells, or the figure read from a run. */
  public long total(int m) {
    if (knownTotals != null) {
      return knownTotals[m];
    }
    long s = 0;
    for (int i = 0; i < value.length; i++) {
      if (municipality[i] == m && cell[i] != Cell.MISSING) {
        s += value[i];
      }
    }
    return s;
  }

  /** The county total as published: the sum of the municipality totals, or the figure read from a run. */
  public long countyTotal() {
    if (knownTotals != null) {
      return knownCounty;
    }
    long s = 0;
    for (int j = 0; j < municipalities(); j++) {
      s += total(j);
    }
    return s;
  }

  boolean withheld(int district) {
    return cell[district] == Cell.PRIMARY || cell[district] == Cell.SECONDARY;
  }

  boolean anyWithheld() {
    return Arrays.stream(cell).anyMatch(c -> c == Cell.PRIMARY || c == Cell.SECONDARY);
  }
}
