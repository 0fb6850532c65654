package de.sozialraum.monitor.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Non-negative counts tied by additive equations (total = Σ parts), each published or withheld: the
 * district cells of one or more categories, their municipality and county totals, and the equations
 * a reader of the published tables can subtract along (hierarchy: municipality = Σ its districts,
 * county = Σ municipalities; categories: a total category = Σ its part categories in the same
 * unit).
 */
public final class CountSystem {

  /**
   * PRIMARY: a count of 1 … k−1; SMALL_BASE: any count over a denominator below the minimum (0 …
   * denominator, as the published denominator tells); SECONDARY: withheld so that no other withheld
   * count can be solved for.
   */
  public enum State {
    PUBLISHED,
    PRIMARY,
    SMALL_BASE,
    SECONDARY,
    MISSING
  }

  final long[] value;
  final State[] state;

  /** The published denominator of a SMALL_BASE count, which bounds it; 0 for every other count. */
  final long[] base;

  /** District cells (chosen as secondary partners first) as opposed to totals. */
  final boolean[] cell;

  final List<int[]> equations = new ArrayList<>();
  private int[][] byVariable;
  private int byVariableOf;

  CountSystem(int variables) {
    value = new long[variables];
    base = new long[variables];
    state = new State[variables];
    cell = new boolean[variables];
    java.util.Arrays.fill(state, State.PUBLISHED);
  }

  /** The same counts, states and equations; states may then change independently. */
  CountSystem copy() {
    CountSystem c = new CountSystem(value.length);
    System.arraycopy(value, 0, c.value, 0, value.length);
    System.arraycopy(base, 0, c.base, 0, base.length);
    System.arraycopy(state, 0, c.state, 0, state.length);
    System.arraycopy(cell, 0, c.cell, 0, cell.length);
    c.equations.addAll(equations);
    c.byVariable = equationsByVariable();
    c.byVariableOf = equations.size();
    return c;
  }

  /** total = Σ parts, as variable indices. */
  void equation(int total, int[] parts) {
    int[] e = new int[parts.length + 1];
    e[0] = total;
    System.arraycopy(parts, 0, e, 1, parts.length);
    equations.add(e);
  }

  /**
   * For each variable the positions of the equations it appears in; built once, as equations only
   * grow at construction.
   */
  int[][] equationsByVariable() {
    if (byVariable == null || byVariableOf != equations.size()) {
      int[] n = new int[value.length];
      for (int[] e : equations) {
        for (int v : e) {
          n[v]++;
        }
      }
      int[][] by = new int[value.length][];
      for (int v = 0; v < by.length; v++) {
        by[v] = new int[n[v]];
        n[v] = 0;
      }
      for (int i = 0; i < equations.size(); i++) {
        for (int v : equations.get(i)) {
          by[v][n[v]++] = i;
        }
      }
      byVariable = by;
      byVariableOf = equations.size();
    }
    return byVariable;
  }

  public int size() {
    return value.length;
  }

  public State state(int variable) {
    return state[variable];
  }

  boolean withheld(int v) {
    return state[v] == State.PRIMARY || state[v] == State.SMALL_BASE || state[v] == State.SECONDARY;
  }
}
