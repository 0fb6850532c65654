package de.sozialraum.monitor.neighbours;

import de.sozialraum.geodata.model.District;
import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.geodata.neighbours.Contiguity;
import de.sozialraum.geodata.neighbours.DistanceNeighbours;
import de.sozialraum.geodata.neighbours.NeighbourList;
import de.sozialraum.geodata.neighbours.WeightsFile;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.Neighbourhood;
import de.sozialraum.monitor.stage.InputException;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The districts' neighbours (queen or rook contiguity, {@link Contiguity}; k nearest or distance
 * band between centroids, {@link DistanceNeighbours}; a GAL, GWT or CSV file, {@link WeightsFile})
 * keyed by district id, so that Spark tasks can look neighbours up for whatever subset and order of
 * districts a frame-year holds.
 */
public final class DistrictNeighbours implements Serializable {

  // ids and positions only: Spark ships this to every year's task, and a map from each id to its
  // neighbours' ids
  // made that task 104 MB for a million districts (51.6 MB without it)
  private final List<String> ids;
  private final NeighbourList list;
  private final boolean sought;

  private DistrictNeighbours(List<String> ids, NeighbourList list, boolean sought) {
    this.ids = List.copyOf(ids);
    this.list = list;
    this.sought = sought;
  }

  /**
   * @throws InputException when a weights file cannot serve as the districts' neighbours (every
   *     problem with its line)
   */
  public static DistrictNeighbours of(DistrictLayer layer, MonitorConfig.Spatial spatial)
      throws InputException, IOException {
    List<District> districts = layer.districts();
    List<String> ids = districts.stream().map(District::id).toList();
    NeighbourList nb =
        switch (spatial.neighbours()) {
          case QUEEN -> Contiguity.queen(geometries(districts), spatial.snap());
          case ROOK -> Contiguity.rook(geometries(districts), spatial.snap());
          case KNN ->
              DistanceNeighbours.nearest(
                  centroids(districts), Math.min(spatial.k(), Math.max(1, districts.size() - 1)));
          case DISTANCE -> DistanceNeighbours.band(centroids(districts), 0, spatial.distance());
          case FILE -> fromFile(spatial.neighboursFile(), ids);
          case NONE -> NeighbourList.of(ids.stream().map(id -> List.<Integer>of()).toList());
        };
    return new DistrictNeighbours(ids, nb, spatial.neighbours() != Neighbourhood.NONE);
  }

  private static List<org.locationtech.jts.geom.Geometry> geometries(List<District> districts) {
    return districts.stream().map(d -> (org.locationtech.jts.geom.Geometry) d.geometry()).toList();
  }

  private static List<org.locationtech.jts.geom.Coordinate> centroids(List<District> districts) {
    return districts.stream().map(d -> d.geometry().getCentroid().getCoordinate()).toList();
  }

  private static NeighbourList fromFile(MonitorConfig.NeighboursFile f, List<String> ids)
      throws InputException, IOException {
    WeightsFile.Format format =
        f.format() != null
            ? WeightsFile.Format.valueOf(f.format().toUpperCase(java.util.Locale.ROOT))
            : WeightsFile.Format.of(f.file());
    try {
      return WeightsFile.read(
          f.file(),
          format,
          java.nio.charset.Charset.forName(f.encoding()),
          new WeightsFile.EdgeColumns(f.fromColumn(), f.toColumn(), f.delimiter().charAt(0)),
          ids);
    } catch (WeightsFile.WeightsFileException e) {
      List<String> problems = new java.util.ArrayList<>();
      problems.add(
          "spatial.neighbours_file: "
              + f.file().getFileName()
              + " cannot serve as the districts' neighbours; correct the file or choose"
              + " neighbours: queen, rook, knn or distance");
      problems.addAll(e.problems());
      throw new InputException(problems);
    }
  }

  /**
   * The neighbours of each given district as positions in the given order; districts outside it are
   * left out.
   */
  public int[][] positions(List<String> frameIds) {
    Map<String, Integer> layerPosition = layerPositions();
    int[] inFrame = new int[ids.size()];
    java.util.Arrays.fill(inFrame, -1);
    int[] atLayer = new int[frameIds.size()];
    for (int i = 0; i < frameIds.size(); i++) {
      atLayer[i] = layerPosition.getOrDefault(frameIds.get(i), -1);
      if (atLayer[i] >= 0) {
        inFrame[atLayer[i]] = i;
      }
    }
    int[][] out = new int[frameIds.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          atLayer[i] < 0
              ? new int[0]
              : java.util.Arrays.stream(list.of(atLayer[i]))
                  .map(j -> inFrame[j])
                  .filter(j -> j >= 0)
                  .toArray();
    }
    return out;
  }

  /** Each district id's position in the layer (and in {@link #list()}). */
  public Map<String, Integer> layerPositions() {
    Map<String, Integer> at = new HashMap<>(ids.size() * 4 / 3 + 1);
    for (int i = 0; i < ids.size(); i++) {
      at.put(ids.get(i), i);
    }
    return at;
  }

  /** The district ids in layer order: the positions of {@link #list()}. */
  public List<String> ids() {
    return ids;
  }

  /** The neighbours by layer position. */
  public NeighbourList list() {
    return list;
  }

  /**
   * Districts without any neighbour (islands), in layer order; none where no neighbours were sought
   * ({@code spatial.neighbours: none}).
   */
  public List<String> islands() {
    return sought ? list.islands().stream().map(ids::get).toList() : List.of();
  }

  /** Whether neighbours were sought at all, rather than {@code spatial.neighbours: none}. */
  public boolean sought() {
    return sought;
  }

  /** The neighbours as a GAL file for GeoDa, PySAL and spdep ({@link NeighbourList#writeGal}). */
  public void writeGal(java.io.Writer out, String layer, String idField)
      throws java.io.IOException {
    list.writeGal(out, ids, layer, idField);
  }

  /** The weights of {@code style} as a GWT file ({@link WeightsFile#writeGwt}). */
  public void writeGwt(
      java.io.Writer out,
      de.sozialraum.geodata.neighbours.SpatialWeights.Style style,
      String layer,
      String idField)
      throws IOException {
    WeightsFile.writeGwt(
        out, new de.sozialraum.geodata.neighbours.SpatialWeights(list, style), ids, layer, idField);
  }

  public long links() {
    return list.links();
  }
}
