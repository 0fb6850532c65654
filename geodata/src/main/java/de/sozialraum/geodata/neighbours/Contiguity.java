package de.sozialraum.geodata.neighbours;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Queen and rook contiguity exactly as R spdep's {@code poly2nb} decides it: two areas are
 * neighbours when at least one (queen) or more than one (rook) pair of their boundary vertices lies
 * within the snap distance of each other (Euclidean, in the CRS's units, so use a metric CRS).
 * Vertices are taken as spdep takes them from {@code sf::st_coordinates}: every part, shell before
 * holes, each ring with its closing point, then the area's very first vertex dropped. A snap
 * tolerance above spdep's default (√ε ≈ 1.5e−8) bridges the slivers and tiny gaps of real boundary
 * files.
 *
 * <p>Instead of comparing every candidate pair's vertex lists, vertices are hashed into a grid of
 * cell size snap, so that only vertices in the same or an adjacent cell are compared: linear in the
 * number of vertices.
 */
public final class Contiguity {

  /** spdep's default snap, {@code sqrt(.Machine$double.eps)}. */
  public static final double DEFAULT_SNAP = Math.sqrt(Math.ulp(1.0));

  private Contiguity() {}

  public static NeighbourList queen(List<? extends Geometry> areas, double snap) {
    return build(areas, snap, 0);
  }

  public static NeighbourList rook(List<? extends Geometry> areas, double snap) {
    return build(areas, snap, 1);
  }

  /**
   * Neighbours where the number of vertex pairs within snap exceeds the criterion (queen 0, rook
   * 1).
   */
  private static NeighbourList build(List<? extends Geometry> areas, double snap, int criterion) {
    if (!(snap > 0)) {
      throw new IllegalArgumentException("snap distance must be positive, not " + snap);
    }
    List<double[]> xs = new ArrayList<>();
    List<double[]> ys = new ArrayList<>();
    for (Geometry g : areas) {
      List<Coordinate> v = vertices(g);
      xs.add(v.stream().mapToDouble(c -> c.x).toArray());
      ys.add(v.stream().mapToDouble(c -> c.y).toArray());
    }
    Map<Cell, List<int[]>> grid = new HashMap<>();
    for (int a = 0; a < areas.size(); a++) {
      double[] x = xs.get(a);
      double[] y = ys.get(a);
      for (int k = 0; k < x.length; k++) {
        grid.computeIfAbsent(
                cell(Math.floor(x[k] / snap), Math.floor(y[k] / snap)), c -> new ArrayList<>())
            .add(new int[] {a, k});
      }
    }
    Map<Long, Integer> pairs = new HashMap<>();
    for (int a = 0; a < areas.size(); a++) {
      double[] x = xs.get(a);
      double[] y = ys.get(a);
      for (int k = 0; k < x.length; k++) {
        double cx = Math.floor(x[k] / snap);
        double cy = Math.floor(y[k] / snap);
        for (int dx = -1; dx <= 1; dx++) {
          for (int dy = -1; dy <= 1; dy++) {
            List<int[]> bucket = grid.get(cell(cx + dx, cy + dy));
            if (bucket == null) {
              continue;
            }
            for (int[] other : bucket) {
              int b = other[0];
              if (b > a && within(x[k], y[k], xs.get(b)[other[1]], ys.get(b)[other[1]], snap)) {
                pairs.merge((long) a * areas.size() + b, 1, Integer::sum);
              }
            }
          }
        }
      }
    }
    List<TreeSet<Integer>> adjacency = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      adjacency.add(new TreeSet<>());
    }
    pairs.forEach(
        (key, count) -> {
          if (count > criterion) {
            int a = (int) (key / areas.size());
            int b = (int) (key % areas.size());
            adjacency.get(a).add(b);
            adjacency.get(b).add(a);
          }
        });
    return NeighbourList.of(adjacency);
  }

  /** spdep's test: |dx| ≤ snap, |dy| ≤ snap, then hypot(dx, dy) ≤ snap. */
  private static boolean within(double x1, double y1, double x2, double y2, double snap) {
    double dx = x1 - x2;
    double dy = y1 - y2;
    return Math.abs(dx) <= snap && Math.abs(dy) <= snap && Math.hypot(dx, dy) <= snap;
  }

  /**
   * A grid cell; a record, not a hashed long, so that no two cells share a bucket and no pair is
   * counted twice.
   */
  private record Cell(long x, long y) {}

  private static Cell cell(double cx, double cy) {
    return new Cell((long) cx, (long) cy);
  }

  /**
   * The vertices as spdep reads them from sf: all parts and rings with closing points, minus the
   * first vertex.
   */
  static List<Coordinate> vertices(Geometry g) {
    List<Coordinate> out = new ArrayList<>();
    for (int p = 0; p < g.getNumGeometries(); p++) {
      if (g.getGeometryN(p) instanceof Polygon poly) {
        out.addAll(List.of(poly.getExteriorRing().getCoordinates()));
        for (int h = 0; h < poly.getNumInteriorRing(); h++) {
          out.addAll(List.of(poly.getInteriorRingN(h).getCoordinates()));
        }
      }
    }
    return out.isEmpty() ? out : out.subList(1, out.size());
  }
}
