package de.sozialraum.geodata.neighbours;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Spatial weights on a neighbour list, as spdep's {@code nb2listw}: style W (row-standardised, each
 * row sums to 1) or B (binary, 1 per neighbour). Islands have an empty row ({@code zero.policy =
 * TRUE}). Also the constants the tests of spatial autocorrelation need (spdep {@code
 * spweights.constants}). Both styles give every neighbour of an area the same weight, so no weight
 * is stored: at a million areas the list is all the memory the weights take.
 */
public final class SpatialWeights implements Serializable {

  public enum Style {
    W,
    B
  }

  private final NeighbourList neighbours;
  private final Style style;

  public SpatialWeights(NeighbourList neighbours, Style style) {
    this.neighbours = neighbours;
    this.style = style;
  }

  public int size() {
    return neighbours.size();
  }

  public Style style() {
    return style;
  }

  public NeighbourList neighbours() {
    return neighbours;
  }

  public int[] neighboursOf(int i) {
    return neighbours.of(i);
  }

  /** The weight w_ij of each neighbour j of area i (1/|N(i)| or 1); 0 for an island. */
  public double weight(int i) {
    int k = neighbours.cardinality(i);
    return k == 0 ? 0 : style == Style.W ? 1.0 / k : 1.0;
  }

  /** The weights of area i's neighbours, in the order of {@link #neighboursOf}. */
  public double[] weightsOf(int i) {
    double[] row = new double[neighbours.cardinality(i)];
    Arrays.fill(row, weight(i));
    return row;
  }

  /** Σ_j x_j over the neighbours j of area i, unweighted. */
  public double neighbourSum(double[] x, int i) {
    double s = 0;
    for (int j : neighbours.shared(i)) {
      s += x[j];
    }
    return s;
  }

  /** The spatial lag Σ_j w_ij x_j of area i (0 for an island). */
  public double lag(double[] x, int i) {
    return weight(i) * neighbourSum(x, i);
  }

  /** The spatial lag of every area. */
  public double[] lag(double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = lag(x, i);
    }
    return out;
  }

  /**
   * zᵀWz = Σ_i z_i Σ_j w_ij z_j, without allocating: the permutation tests evaluate it a thousand
   * times.
   */
  public double quadraticForm(double[] z) {
    double s = 0;
    for (int i = 0; i < z.length; i++) {
      s += z[i] * lag(z, i);
    }
    return s;
  }

  /**
   * S0 = Σ w_ij, S1 = ½ Σ (w_ij + w_ji)², S2 = Σ_i (w_i· + w_·i)², and n, the number of areas that
   * have neighbours (spdep's {@code adjust.n}: islands do not count).
   */
  public record Constants(int n, double s0, double s1, double s2) {}

  public Constants constants() {
    int n = size();
    double s0 = 0;
    double s1 = 0;
    double[] colSum = new double[n];
    for (int i = 0; i < n; i++) {
      double wi = weight(i);
      for (int j : neighbours.shared(i)) {
        s0 += wi;
        colSum[j] += wi;
        // w_ji is weight(j) when i is among j's (sorted) neighbours; a list need not be symmetric
        // (k nearest).
        // The ordered pairs (i, j) and (j, i) both contribute ½(w_ij + w_ji)²; the second is met
        // here only if j lists i.
        boolean mutual = Arrays.binarySearch(neighbours.shared(j), i) >= 0;
        double sym = wi + (mutual ? weight(j) : 0);
        s1 += mutual ? sym * sym / 2 : sym * sym;
      }
    }
    double s2 = 0;
    for (int i = 0; i < n; i++) {
      double rowSum = weight(i) * neighbours.cardinality(i);
      s2 += (rowSum + colSum[i]) * (rowSum + colSum[i]);
    }
    return new Constants(n - neighbours.islands().size(), s0, s1, s2);
  }
}
