package de.sozialraum.geodata.neighbours;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Who neighbours whom among n areas, by position 0 … n−1: symmetric, sorted, no self-neighbours,
 * like an spdep {@code nb} object (there 1-based). Areas without neighbours are islands, reported
 * and kept out of local statistics.
 */
public final class NeighbourList implements java.io.Serializable {

  private final int[][] neighbours;

  NeighbourList(int[][] neighbours) {
    this.neighbours = neighbours;
  }

  /** From adjacency sets; each list is sorted and must not contain the area itself. */
  public static NeighbourList of(List<? extends java.util.Collection<Integer>> adjacency) {
    int[][] nb = new int[adjacency.size()][];
    for (int i = 0; i < nb.length; i++) {
      nb[i] = adjacency.get(i).stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }
    return new NeighbourList(nb);
  }

  /**
   * Each area listed among its own neighbours (spdep's {@code include.self}), for Gi* and
   * neighbourhood smoothing; {@code adjacency} must not contain the areas themselves yet.
   */
  public static NeighbourList withSelf(List<? extends java.util.Collection<Integer>> adjacency) {
    int[][] nb = new int[adjacency.size()][];
    for (int i = 0; i < nb.length; i++) {
      java.util.TreeSet<Integer> s = new java.util.TreeSet<>(adjacency.get(i));
      s.add(i);
      nb[i] = s.stream().mapToInt(Integer::intValue).toArray();
    }
    return new NeighbourList(nb);
  }

  /**
   * The list among a subset of the areas (positions ascending), renumbered 0 … m−1 in that order;
   * links to areas outside the subset are dropped, so areas may become islands. The whole set
   * returns this list itself.
   */
  public NeighbourList restrictedTo(int[] members) {
    if (members.length == neighbours.length) {
      return this;
    }
    int[] position = new int[neighbours.length];
    Arrays.fill(position, -1);
    for (int m = 0; m < members.length; m++) {
      position[members[m]] = m;
    }
    int[][] nb = new int[members.length][];
    for (int m = 0; m < members.length; m++) {
      // ascending members keep each renumbered list sorted
      nb[m] =
          Arrays.stream(neighbours[members[m]]).map(j -> position[j]).filter(j -> j >= 0).toArray();
    }
    return new NeighbourList(nb);
  }

  public int size() {
    return neighbours.length;
  }

  /** The sorted neighbours of area i (a copy). */
  public int[] of(int i) {
    return neighbours[i].clone();
  }

  /**
   * The sorted neighbours of area i, not copied: for the inner loops of the weights, which only
   * read them.
   */
  int[] shared(int i) {
    return neighbours[i];
  }

  public int cardinality(int i) {
    return neighbours[i].length;
  }

  /** Areas without any neighbour. */
  public List<Integer> islands() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < neighbours.length; i++) {
      if (neighbours[i].length == 0) {
        out.add(i);
      }
    }
    return out;
  }

  /** Number of directed links (twice the number of neighbour pairs for a symmetric list). */
  public long links() {
    return Arrays.stream(neighbours).mapToLong(a -> a.length).sum();
  }

  /**
   * The list as a GAL file for GeoDa, PySAL ({@code libpysal.io.open(path).read()}) and spdep
   * ({@code read.gal}): GeoDa's header "0 n layer id-field", then per area its id and neighbour
   * count, and its neighbours' ids on the next line. Layer and field names must not contain spaces.
   */
  public void writeGal(java.io.Writer out, List<String> ids, String layer, String idField)
      throws java.io.IOException {
    out.write(
        "0 "
            + neighbours.length
            + " "
            + layer.replace(' ', '_')
            + " "
            + idField.replace(' ', '_')
            + "\n");
    for (int i = 0; i < neighbours.length; i++) {
      out.write(ids.get(i) + " " + neighbours[i].length + "\n");
      StringBuilder line = new StringBuilder();
      for (int k = 0; k < neighbours[i].length; k++) {
        line.append(k == 0 ? "" : " ").append(ids.get(neighbours[i][k]));
      }
      out.write(line + "\n");
    }
  }
}
