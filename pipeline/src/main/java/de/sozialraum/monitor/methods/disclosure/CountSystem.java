package de.sozialraum.monitor.methods.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Non-negative counts tied by additive equations (total = Σ parts), each published or withheld: the district
 * cells of one or more categories, their municipality and county totals, and the equations a reader of the
 * published tables can subtract along (hierarchy: municipality = Σ its districts, county = Σ municipalities;
 * categories: a total category = Σ its part categories in the same unit).
 */
public final class CountSystem {

  public enum State { PUBLISHED, PRIMARY, SECONDARY, MISSING }

  final long[] value;
  final State[] state;
  /** District cells (chosen as secondary partners first) as opposed to totals. */
  final boolean[] cell;
  final List<int[]> equations = new ArrayList<>();

  CountSystem(int variables) {
    value = new long[variables];
    state = new State[variables];
    cell = new boolean[variables];
    java.util.Arrays.fill(state, State.PUBLISHED);
  }

  /** total = Σ parts, as variable indices. */
  void equation(int total, int[] parts) {
    int[] e = new int[parts.length + 1];
    e[0] = total;
    System.arraycopy(parts, 0, e, 1, parts.length);
    equations.add(e);
  }

  public int size() {
    return value.length;
  }

  public State state(int variable) {
    return state[variable];
  }

  boolean withheld(int v) {
    return state[v] == State.PRIMARY || state[v] == State.SECONDARY;
  }
}
