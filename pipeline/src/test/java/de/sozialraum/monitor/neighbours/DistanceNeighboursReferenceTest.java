package de.sozialraum.monitor.neighbours;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.geodata.neighbours.DistanceNeighbours;
import de.sozialraum.geodata.neighbours.NeighbourList;
import de.sozialraum.monitor.RReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/**
 * k nearest neighbours and distance bands of NRW's municipal centroids against spdep
 * knearneigh/knn2nb and dnearneigh.
 */
class DistanceNeighboursReferenceTest {

  @Test
  void nearestNeighboursAndDistanceBandsEqualSpdep(@TempDir Path dir) throws Exception {
    RReference.assumeInstalled("spdep");
    NrwUnemployment nrw = NrwUnemployment.load(dir);
    List<Coordinate> centroids =
        nrw.geometries().stream().map(g -> g.getCentroid().getCoordinate()).toList();
    double[] xs = centroids.stream().mapToDouble(c -> c.x).toArray();
    double[] ys = centroids.stream().mapToDouble(c -> c.y).toArray();
    List<String> r =
        RReference.run(
            "suppressMessages(library(spdep)); xy <- cbind("
                + RReference.vector(xs)
                + ", "
                + RReference.vector(ys)
                + "); a <- knn2nb(knearneigh(xy, k = 6)); b <- dnearneigh(xy, 0, 15000); "
                + "for (nb in list(a, b)) for (i in seq_along(nb)) cat(nb[[i]], '\\n')");
    int n = centroids.size();
    assertThat(r).hasSize(2 * n);
    assertThat(lines(DistanceNeighbours.nearest(centroids, 6)))
        .containsExactlyElementsOf(trim(r.subList(0, n)));
    assertThat(lines(DistanceNeighbours.band(centroids, 0, 15000)))
        .containsExactlyElementsOf(trim(r.subList(n, 2 * n)));
  }

  private static List<String> lines(NeighbourList nb) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nb.size(); i++) {
      int[] a = nb.of(i);
      out.add(
          a.length == 0
              ? "0"
              : IntStream.of(a)
                  .mapToObj(j -> Integer.toString(j + 1))
                  .collect(Collectors.joining(" ")));
    }
    return out;
  }

  private static List<String> trim(List<String> l) {
    return l.stream().map(String::trim).toList();
  }
}
