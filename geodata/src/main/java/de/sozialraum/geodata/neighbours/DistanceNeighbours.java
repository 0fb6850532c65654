package de.sozialraum.geodata.neighbours;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Neighbours by distance between representative points (e.g. district centroids) in a metric CRS,
 * as R spdep builds them: the k nearest ({@code knearneigh} + {@code knn2nb}, not symmetrised, so i
 * may list j without j listing i), and the distance band ({@code dnearneigh}: lower bound
 * exclusive, upper bound inclusive). Both query an STR-tree, so they stay near n·log n.
 */
public final class DistanceNeighbours {

  private DistanceNeighbours() {}

  public static NeighbourList nearest(List<Coordinate> points, int k) {
    if (k < 1 || k >= points.size()) {
      throw new IllegalArgumentException(
          "k must be between 1 and the number of points − 1, not " + k);
    }
    STRtree tree = index(points);
    List<TreeSet<Integer>> adj = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      Coordinate p = points.get(i);
      // the k + 1 nearest include the point itself; ties at the k-th distance are broken by
      // position, as spdep does
      Object[] near =
          tree.nearestNeighbour(
              new Envelope(p),
              i,
              (a, b) ->
                  points.get((Integer) a.getItem()).distance(points.get((Integer) b.getItem())),
              k + 1);
      List<Integer> candidates = new ArrayList<>();
      for (Object o : near) {
        if ((Integer) o != i) {
          candidates.add((Integer) o);
        }
      }
      candidates.sort(
          (a, b) -> {
            int c = Double.compare(p.distance(points.get(a)), p.distance(points.get(b)));
            return c != 0 ? c : Integer.compare(a, b);
          });
      adj.add(new TreeSet<>(candidates.subList(0, Math.min(k, candidates.size()))));
    }
    return NeighbourList.of(adj);
  }

  /** Neighbours at a distance d with {@code lower < d ≤ upper}. */
  public static NeighbourList band(List<Coordinate> points, double lower, double upper) {
    STRtree tree = index(points);
    List<TreeSet<Integer>> adj = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      Coordinate p = points.get(i);
      Envelope e = new Envelope(p);
      e.expandBy(upper);
      TreeSet<Integer> s = new TreeSet<>();
      for (Object o : tree.query(e)) {
        int j = (Integer) o;
        double d = p.distance(points.get(j));
        if (j != i && d > lower && d <= upper) {
          s.add(j);
        }
      }
      adj.add(s);
    }
    return NeighbourList.of(adj);
  }

  private static STRtree index(List<Coordinate> points) {
    STRtree tree = new STRtree();
    for (int i = 0; i < points.size(); i++) {
      tree.insert(new Envelope(points.get(i)), i);
    }
    tree.build();
    return tree;
  }
}
