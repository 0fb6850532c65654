package de.sozialraum.geodata.crosswalk;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Moves counts from one zoning (school districts, postcode areas, old boundaries) to another (the
 * social spaces) by areal interpolation (docs/METHODS.md §7): each source zone's count is split
 * over the target zones in proportion to the shared area, or to the population living in the shared
 * part when a population layer (points with residents, e.g. address or grid points) is given.
 * Counts are moved, rates never: rates are recomputed from the moved counts afterwards. A source
 * zone whose area (or population) lies partly outside every target zone loses that share; {@link
 * #coverage()} says how much of each source arrived, so the loss is reported, not hidden.
 */
public final class AreaCrosswalk {

  /** The share of source zone {@code source}'s count that goes to target zone {@code target}. */
  public record Share(int source, int target, double share) {}

  private final int sources;
  private final int targets;
  private final List<Share> shares;

  private AreaCrosswalk(int sources, int targets, List<Share> shares) {
    this.sources = sources;
    this.targets = targets;
    this.shares = List.copyOf(shares);
  }

  /** Shares by area of intersection over the source zone's area. */
  public static AreaCrosswalk byArea(
      List<? extends Geometry> source, List<? extends Geometry> target) {
    STRtree index = index(target);
    List<Share> shares = new ArrayList<>();
    for (int s = 0; s < source.size(); s++) {
      Geometry g = source.get(s);
      double area = g.getArea();
      for (Object o : index.query(g.getEnvelopeInternal())) {
        int t = (Integer) o;
        double shared = g.intersection(target.get(t)).getArea();
        if (shared > 0 && area > 0) {
          shares.add(new Share(s, t, shared / area));
        }
      }
    }
    return new AreaCrosswalk(source.size(), target.size(), shares);
  }

  /**
   * Shares by population: each point's residents count for the source and target zones that contain
   * it (a point on a boundary counts for the first zone in list order, so no one is counted twice).
   */
  public static AreaCrosswalk byPopulation(
      List<? extends Geometry> source,
      List<? extends Geometry> target,
      List<Point> points,
      double[] population) {
    int[] inSource = locate(source, points);
    int[] inTarget = locate(target, points);
    double[] total = new double[source.size()];
    java.util.Map<Long, Double> pair = new java.util.TreeMap<>();
    for (int p = 0; p < points.size(); p++) {
      if (inSource[p] >= 0) {
        total[inSource[p]] += population[p];
        if (inTarget[p] >= 0) {
          pair.merge((long) inSource[p] * target.size() + inTarget[p], population[p], Double::sum);
        }
      }
    }
    List<Share> shares = new ArrayList<>();
    pair.forEach(
        (key, pop) -> {
          int s = (int) (key / target.size());
          if (total[s] > 0) {
            shares.add(new Share(s, (int) (key % target.size()), pop / total[s]));
          }
        });
    return new AreaCrosswalk(source.size(), target.size(), shares);
  }

  /**
   * The counts of the target zones; NaN source counts move nothing and are reported by the caller.
   */
  public double[] move(double[] sourceCounts) {
    double[] out = new double[targets];
    for (Share s : shares) {
      double c = sourceCounts[s.source()];
      if (Double.isFinite(c)) {
        out[s.target()] += c * s.share();
      }
    }
    return out;
  }

  /**
   * Per source zone, the share of its count that reaches some target zone (1 where it lies wholly
   * inside).
   */
  public double[] coverage() {
    double[] c = new double[sources];
    for (Share s : shares) {
      c[s.source()] += s.share();
    }
    return c;
  }

  public List<Share> shares() {
    return shares;
  }

  private static STRtree index(List<? extends Geometry> zones) {
    STRtree tree = new STRtree();
    for (int i = 0; i < zones.size(); i++) {
      tree.insert(zones.get(i).getEnvelopeInternal(), i);
    }
    tree.build();
    return tree;
  }

  /** The first zone (in list order) covering each point, or −1. */
  private static int[] locate(List<? extends Geometry> zones, List<Point> points) {
    STRtree tree = index(zones);
    List<PreparedGeometry> prepared = zones.stream().map(PreparedGeometryFactory::prepare).toList();
    int[] out = new int[points.size()];
    for (int p = 0; p < points.size(); p++) {
      out[p] = -1;
      Point pt = points.get(p);
      int best = Integer.MAX_VALUE;
      for (Object o : tree.query(new Envelope(pt.getCoordinate()))) {
        int z = (Integer) o;
        if (z < best && prepared.get(z).covers(pt)) {
          best = z;
        }
      }
      out[p] = best == Integer.MAX_VALUE ? -1 : best;
    }
    return out;
  }
}
