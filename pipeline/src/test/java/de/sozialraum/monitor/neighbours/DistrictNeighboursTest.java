package de.sozialraum.monitor.neighbours;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.geodata.model.District;
import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.Neighbourhood;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * A row of unit squares A | B | C and a square D far off: queen neighbours A–B and B–C, D an
 * island.
 */
class DistrictNeighboursTest {

  private static final GeometryFactory GF = new GeometryFactory();

  private final DistrictNeighbours neighbours;

  DistrictNeighboursTest() throws Exception {
    neighbours =
        DistrictNeighbours.of(
            new DistrictLayer(
                null,
                null,
                null,
                4,
                List.of(square("A", 0), square("B", 1), square("C", 2), square("D", 10)),
                List.of()),
            new MonitorConfig.Spatial(
                Neighbourhood.QUEEN,
                null,
                0.01,
                6,
                null,
                "W",
                new MonitorConfig.Statistics(List.of("x"), 199, 11, 0.05, false)));
  }

  @Test
  void positionsFollowTheFramesOrderAndLeaveUnknownDistrictsWithoutNeighbours() {
    int[][] p = neighbours.positions(List.of("C", "X", "A", "B"));
    assertThat(p[0]).containsExactly(3);
    assertThat(p[1]).as("X is not in the layer").isEmpty();
    assertThat(p[2]).containsExactly(3);
    assertThat(p[3]).as("A and C, in the layer's order").containsExactly(2, 0);
  }

  @Test
  void neighboursOutsideTheFrameAreLeftOut() {
    int[][] p = neighbours.positions(List.of("A", "C"));
    assertThat(p[0]).isEmpty();
    assertThat(p[1]).isEmpty();
  }

  @Test
  void islandsAndLinksCountTheWholeLayer() {
    assertThat(neighbours.islands()).containsExactly("D");
    assertThat(neighbours.links()).as("A–B and B–C, each in both directions").isEqualTo(4);
    assertThat(neighbours.ids()).containsExactly("A", "B", "C", "D");
  }

  private static District square(String id, double x) {
    Polygon p =
        GF.createPolygon(
            new Coordinate[] {
              new Coordinate(x, 0),
              new Coordinate(x + 1, 0),
              new Coordinate(x + 1, 1),
              new Coordinate(x, 1),
              new Coordinate(x, 0)
            });
    MultiPolygon m = GF.createMultiPolygon(new Polygon[] {p});
    return new District(id, id, "T", "Town", m, "test");
  }
}
