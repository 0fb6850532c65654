package de.sozialraum.monitor.spatial;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.geodata.neighbours.Contiguity;
import de.sozialraum.geodata.neighbours.NeighbourList;
import de.sozialraum.geodata.neighbours.SpatialWeights;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.Neighbourhood;
import de.sozialraum.monitor.spark.LocalSpark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The statistics split over Spark tasks equal the plain-Java computation over the whole series:
 * every area and every permutation has its own stream, so neither the ranges nor the number of
 * cores change a result.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpatialStatisticsJobTest {

  private static final int SIDE = 24;

  @RegisterExtension static final LocalSpark SPARK = new LocalSpark("local[2]", 4);
  private NeighbourList grid;
  private double[] x;
  private boolean[] include;
  private List<String> ids;

  @BeforeAll
  void gridWithAClusteredSurfaceAndAHoleOfInvalidCells() {
    GeometryFactory gf = new GeometryFactory();
    List<Geometry> cells = new ArrayList<>();
    x = new double[SIDE * SIDE];
    include = new boolean[SIDE * SIDE];
    ids = new ArrayList<>();
    SplittableRandom rnd = new SplittableRandom(5);
    for (int r = 0; r < SIDE; r++) {
      for (int c = 0; c < SIDE; c++) {
        cells.add(gf.toGeometry(new org.locationtech.jts.geom.Envelope(c, c + 1, r, r + 1)));
        int i = r * SIDE + c;
        x[i] = Math.sin(r / 4.0) + Math.cos(c / 5.0) + 0.4 * rnd.nextGaussian();
        // a block of invalid cells and one cell cut off by them (an island among the members)
        include[i] = !(r >= 3 && r <= 7 && c >= 3 && c <= 7) || (r == 5 && c == 5);
        ids.add("c" + i);
      }
    }
    x[8 * SIDE + 8] = Double.NaN;
    grid = Contiguity.queen(cells, Contiguity.DEFAULT_SNAP);
  }

  private static MonitorConfig.Spatial settings(boolean fdr) {
    return new MonitorConfig.Spatial(
        Neighbourhood.QUEEN,
        null,
        0.01,
        6,
        null,
        "W",
        new MonitorConfig.Statistics(List.of("x"), 199, 11, 0.05, fdr));
  }

  @Test
  void localResultsOfTheTasksEqualTheWholeSeriesComputation() {
    for (boolean fdr : new boolean[] {false, true}) {
      MonitorConfig.Spatial settings = settings(fdr);
      SpatialSeries series = new SpatialStatistics(settings, grid).series(2024, "x", x, include);
      int[] members = series.members();
      // 576 cells − 25 invalid + the valid cell inside them − the cell without a value
      assertThat(members).hasSize(SIDE * SIDE - 25 + 1 - 1);
      double[] y = IntStream.of(members).mapToDouble(i -> x[i]).toArray();
      SpatialWeights w = new SpatialWeights(grid.restrictedTo(members), SpatialWeights.Style.W);
      LocalMoran.Result expected = LocalMoran.of(y, w, 199, series.seed(), 0.05, fdr);
      double[] giStar = GetisOrd.giStar(y, w);

      Map<String, Row> got = new HashMap<>();
      new SpatialStatisticsJob(SPARK.session(), settings, ids, List.of(series))
          .local()
          .collectAsList()
          .forEach(r -> got.put(r.getAs("district_id"), r));
      assertThat(got).hasSize(members.length);
      int significant = 0;
      for (int m = 0; m < members.length; m++) {
        Row r = got.get("c" + members[m]);
        assertThat(r.<String>getAs("lisa_cluster")).isEqualTo(expected.cluster()[m]);
        if (LocalMoran.ISLAND.equals(expected.cluster()[m])) {
          assertThat(r.<Object>getAs("lisa_i")).isNull();
          assertThat(r.<String>getAs("hotspot")).isEqualTo(LocalMoran.ISLAND);
          continue;
        }
        significant += LocalMoran.NOT_SIGNIFICANT.equals(expected.cluster()[m]) ? 0 : 1;
        assertThat(r.<Double>getAs("lisa_i")).isEqualTo(expected.i()[m]);
        assertThat(r.<Double>getAs("lisa_p")).isEqualTo(expected.pseudoP()[m]);
        assertThat(r.<Double>getAs("gi_star_z")).isEqualTo(giStar[m]);
      }
      // the cut-off cell (5, 5) is the series' island; the clustered surface has significant areas
      // either way
      assertThat(got.get("c" + (5 * SIDE + 5)).<String>getAs("lisa_cluster"))
          .isEqualTo(LocalMoran.ISLAND);
      assertThat(significant).isPositive();
    }
  }

  @Test
  void globalPseudoPOfThePermutationBlocksEqualsTheWholeTest() {
    MonitorConfig.Spatial settings = settings(false);
    SpatialStatistics statistics = new SpatialStatistics(settings, grid);
    SpatialSeries series = statistics.series(2023, "x", x, include);
    boolean[] none = new boolean[x.length];
    SpatialSeries empty = statistics.series(2024, "x", x, none);
    List<Row> rows =
        new SpatialStatisticsJob(SPARK.session(), settings, ids, List.of(series, empty))
            .global()
            .collectAsList();
    double[] y = IntStream.of(series.members()).mapToDouble(i -> x[i]).toArray();
    SpatialWeights w =
        new SpatialWeights(grid.restrictedTo(series.members()), SpatialWeights.Style.W);
    assertThat(rows.get(0).<Double>getAs("pseudo_p"))
        .isEqualTo(GlobalMoran.permutationP(y, w, 199, series.seed()));
    assertThat(rows.get(0).<Double>getAs("moran_i"))
        .isEqualTo(GlobalMoran.of(y, w).randomisation().i());
    assertThat(rows.get(0).<Integer>getAs("n")).isEqualTo(y.length);
    // a year without four valid districts has its row, without statistics
    assertThat(rows.get(1).<Object>getAs("moran_i")).isNull();
    assertThat(rows.get(1).<Integer>getAs("permutations")).isEqualTo(199);
  }
}
