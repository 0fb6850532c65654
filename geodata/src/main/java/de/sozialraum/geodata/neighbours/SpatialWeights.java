package de.sozialraum.geodata.neighbours;

import java.io.Serializable;

/**
 * Spatial weights on a neighbour list, as spdep's {@code nb2listw}: style W (row-standardised, each row sums to 1)
 * or B (binary, 1 per neighbour). Islands have an empty row ({@code zero.policy = TRUE}). Also the constants the
 * tests of spatial autocorrelation need (spdep {@code spweights.constants}).
 */
public final class SpatialWeights implements Serializable {

  public enum Style { W, B }

  private final NeighbourList neighbours;
  private final Style style;
  private final double[][] weights;

  public SpatialWeights(NeighbourList neighbours, Style style) {
    this.neighbours = neighbours;
    this.style = style;
    this.weights = new double[neighbours.size()][];
    for (int i = 0; i < weights.length; i++) {
      int k = neighbours.cardinality(i);
      weights[i] = new double[k];
      java.util.Arrays.fill(weights[i], style == Style.W ? 1.0 / k : 1.0);
    }
  }

  public int size() {
    return weights.length;
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

  public double[] weightsOf(int i) {
    return weights[i].clone();
  }

  /** The spatial lag Σ_j w_ij x_j of every area (0 for islands). */
  public double[] lag(double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      int[] nb = neighbours.of(i);
      double s = 0;
      for (int k = 0; k < nb.length; k++) {
        s += weights[i][k] * x[nb[k]];
      }
      out[i] = s;
    }
    return out;
  }

  /**
   * S0 = Σ w_ij, S1 = ½ Σ (w_ij + w_ji)², S2 = Σ_i (w_i· + w_·i)², and n, the number of areas that have neighbours
   * (spdep's {@code adjust.n}: islands do not count).
   */
  public record Constants(int n, double s0, double s1, double s2) {}

  public Constants constants() {
    int n = size();
    double s0 = 0;
    double s1 = 0;
    double[] rowSum = new double[n];
    double[] colSum = new double[n];
    java.util.Map<Long, Double> w = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      int[] nb = neighbours.of(i);
      for (int k = 0; k < nb.length; k++) {
        w.put((long) i * n + nb[k], weights[i][k]);
        s0 += weights[i][k];
        rowSum[i] += weights[i][k];
        colSum[nb[k]] += weights[i][k];
      }
    }
    for (java.util.Map.Entry<Long, Double> e : w.entrySet()) {
      long i = e.getKey() / n;
      long j = e.getKey() % n;
      double sym = e.getValue() + w.getOrDefault(j * n + i, 0.0);
      // each unordered pair appears twice (i→j and j→i), so ½ Σ over ordered pairs of (w_ij + w_ji)²
      s1 += sym * sym / 2;
      if (!w.containsKey(j * n + i)) {
        s1 += sym * sym / 2;
      }
    }
    double s2 = 0;
    for (int i = 0; i < n; i++) {
      s2 += (rowSum[i] + colSum[i]) * (rowSum[i] + colSum[i]);
    }
    return new Constants(n - neighbours.islands().size(), s0, s1, s2);
  }
}
