package de.sozialraum.monitor.spatial;

import de.sozialraum.geodata.model.District;
import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.geodata.neighbours.Contiguity;
import de.sozialraum.geodata.neighbours.DistanceNeighbours;
import de.sozialraum.geodata.neighbours.NeighbourList;
import de.sozialraum.monitor.config.MonitorConfig;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The districts' neighbours (queen or rook contiguity, {@link Contiguity}; k nearest or distance band between
 * centroids, {@link DistanceNeighbours}) keyed by district id, so that Spark tasks can look
 * neighbours up for whatever subset and order of districts a frame-year holds.
 */
public final class DistrictNeighbours implements Serializable {

  private final Map<String, String[]> byId;
  private final List<String> ids;
  private final NeighbourList list;

  private DistrictNeighbours(List<String> ids, NeighbourList list) {
    this.ids = List.copyOf(ids);
    this.list = list;
    this.byId = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      byId.put(ids.get(i), java.util.Arrays.stream(list.of(i)).mapToObj(ids::get).toArray(String[]::new));
    }
  }

  public static DistrictNeighbours of(DistrictLayer layer, MonitorConfig.Spatial spatial) {
    List<District> districts = layer.districts();
    List<org.locationtech.jts.geom.Geometry> geometries = districts.stream().map(d -> (org.locationtech.jts.geom.Geometry) d.geometry()).toList();
    List<org.locationtech.jts.geom.Coordinate> centroids = geometries.stream().map(g -> g.getCentroid().getCoordinate()).toList();
    NeighbourList nb = switch (spatial.neighbours()) {
      case "rook" -> Contiguity.rook(geometries, spatial.snap());
      case "knn" -> DistanceNeighbours.nearest(centroids, Math.min(spatial.k(), Math.max(1, centroids.size() - 1)));
      case "distance" -> DistanceNeighbours.band(centroids, 0, spatial.distance());
      default -> Contiguity.queen(geometries, spatial.snap());
    };
    return new DistrictNeighbours(districts.stream().map(District::id).toList(), nb);
  }

  /** The neighbours of each given district as positions in the given order; districts outside it are left out. */
  public int[][] positions(List<String> ids) {
    Map<String, Integer> pos = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      pos.put(ids.get(i), i);
    }
    int[][] out = new int[ids.size()][];
    for (int i = 0; i < ids.size(); i++) {
      out[i] = java.util.Arrays.stream(byId.getOrDefault(ids.get(i), new String[0])).filter(pos::containsKey).mapToInt(pos::get).toArray();
    }
    return out;
  }

  /** The district ids in layer order: the positions of {@link #list()}. */
  public List<String> ids() {
    return ids;
  }

  /** The neighbours by layer position. */
  public NeighbourList list() {
    return list;
  }

  /** Districts without any neighbour (islands), in layer order. */
  public List<String> islands() {
    List<String> out = new ArrayList<>();
    byId.forEach((id, nb) -> {
      if (nb.length == 0) {
        out.add(id);
      }
    });
    return out;
  }

  /** The neighbours as a GAL file for GeoDa, PySAL and spdep ({@link NeighbourList#writeGal}). */
  public void writeGal(java.io.Writer out, String layer, String idField) throws java.io.IOException {
    list.writeGal(out, ids, layer, idField);
  }

  public long links() {
    return byId.values().stream().mapToLong(a -> a.length).sum();
  }
}
