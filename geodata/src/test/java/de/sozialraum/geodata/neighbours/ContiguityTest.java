package de.sozialraum.geodata.neighbours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class ContiguityTest {

  private static final GeometryFactory GF = new GeometryFactory();

  private static Geometry square(double x, double y, double size) {
    return GF.createPolygon(
        new Coordinate[] {
          new Coordinate(x, y),
          new Coordinate(x + size, y),
          new Coordinate(x + size, y + size),
          new Coordinate(x, y + size),
          new Coordinate(x, y)
        });
  }

  /** A 3 × 3 grid of unit squares, numbered row by row from the bottom left. */
  private static List<Geometry> grid() {
    List<Geometry> g = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        g.add(square(c, r, 1));
      }
    }
    return g;
  }

  @Test
  void queenLinksCornersAndRookOnlyEdgesOnAGrid() {
    // the centre (4) touches all 8 others; by edges (two shared vertices) only 1, 3, 5, 7
    assertThat(Contiguity.queen(grid(), Contiguity.DEFAULT_SNAP).of(4))
        .containsExactly(0, 1, 2, 3, 5, 6, 7, 8);
    assertThat(Contiguity.rook(grid(), Contiguity.DEFAULT_SNAP).of(4)).containsExactly(1, 3, 5, 7);
    // a corner square: queen 1, 3, 4; rook 1, 3
    assertThat(Contiguity.queen(grid(), Contiguity.DEFAULT_SNAP).of(0)).containsExactly(1, 3, 4);
    assertThat(Contiguity.rook(grid(), Contiguity.DEFAULT_SNAP).of(0)).containsExactly(1, 3);
  }

  @Test
  void aGapNarrowerThanTheSnapDistanceIsBridgedAndAWiderOneMakesIslands() {
    List<Geometry> two = List.of(square(0, 0, 1), square(1.004, 0, 1));
    assertThat(Contiguity.rook(two, 0.005).of(0)).containsExactly(1);
    NeighbourList strict = Contiguity.rook(two, Contiguity.DEFAULT_SNAP);
    assertThat(strict.islands()).containsExactly(0, 1);
    assertThat(strict.links()).isZero();
  }

  @Test
  void likeSpdepOnlyVerticesCountNotPointsInsideAnEdge() {
    // a small square whose corner (1, 0.5) lies in the middle of the big square's right edge, not
    // on a vertex of it
    List<Geometry> t = List.of(square(0, 0, 1), square(1, 0.5, 0.25));
    assertThat(Contiguity.queen(t, Contiguity.DEFAULT_SNAP).of(0)).isEmpty();
  }

  @Test
  void theFirstVertexIsDroppedAsSpdepDropsItSoAClosingPointAloneDoesNotMakeRook() {
    // squares sharing only the corner (1, 1), which is the first and closing vertex of the second
    // square: after
    // dropping the first vertex it appears once, so one pair → queen but not rook
    List<Geometry> corner = List.of(square(0, 0, 1), square(1, 1, 1));
    assertThat(Contiguity.queen(corner, Contiguity.DEFAULT_SNAP).of(1)).containsExactly(0);
    assertThat(Contiguity.rook(corner, Contiguity.DEFAULT_SNAP).of(1)).isEmpty();
  }
}
