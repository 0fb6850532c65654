package de.sozialraum.geodata.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

class AreaCrosswalkTest {

  private static final GeometryFactory GF = new GeometryFactory();

  private static Geometry box(double x0, double y0, double x1, double y1) {
    return GF.createPolygon(
        new Coordinate[] {
          new Coordinate(x0, y0),
          new Coordinate(x1, y0),
          new Coordinate(x1, y1),
          new Coordinate(x0, y1),
          new Coordinate(x0, y0)
        });
  }

  @Test
  void areaWeightsSplitACountByTheSharedAreaAndConserveTheTotal() {
    // source A = [0,3]×[0,1] over targets [0,1], [1,3] (by x): shares 1/3 and 2/3; source B =
    // [3,4]×[0,1] inside the second
    List<Geometry> source = List.of(box(0, 0, 3, 1), box(3, 0, 4, 1));
    List<Geometry> target = List.of(box(0, 0, 1, 1), box(1, 0, 4, 1));
    AreaCrosswalk cw = AreaCrosswalk.byArea(source, target);
    double[] moved = cw.move(new double[] {30, 7});
    // by hand: target 0 gets 30·1/3 = 10; target 1 gets 30·2/3 + 7 = 27; 10 + 27 = 37 = 30 + 7
    assertThat(moved[0]).isCloseTo(10, within(1e-12));
    assertThat(moved[1]).isCloseTo(27, within(1e-12));
    assertThat(cw.coverage()).containsExactly(1.0, 1.0);
  }

  @Test
  void areaOutsideEveryTargetIsReportedAsLostCoverage() {
    // source [0,2]×[0,1], a single target [0,1]×[0,1]: half the area (and count) has nowhere to go
    AreaCrosswalk cw = AreaCrosswalk.byArea(List.of(box(0, 0, 2, 1)), List.of(box(0, 0, 1, 1)));
    assertThat(cw.coverage()[0]).isCloseTo(0.5, within(1e-12));
    assertThat(cw.move(new double[] {8})[0]).isCloseTo(4, within(1e-12));
  }

  @Test
  void populationWeightsFollowWherePeopleLiveNotTheArea() {
    // source [0,2]×[0,1] split evenly by area between two targets, but 90 of its 100 residents live
    // in the left half
    List<Geometry> source = List.of(box(0, 0, 2, 1));
    List<Geometry> target = List.of(box(0, 0, 1, 1), box(1, 0, 2, 1));
    List<Point> people =
        List.of(GF.createPoint(new Coordinate(0.5, 0.5)), GF.createPoint(new Coordinate(1.5, 0.5)));
    AreaCrosswalk cw = AreaCrosswalk.byPopulation(source, target, people, new double[] {90, 10});
    double[] moved = cw.move(new double[] {20});
    assertThat(moved[0]).isCloseTo(18, within(1e-12));
    assertThat(moved[1]).isCloseTo(2, within(1e-12));
  }

  @Test
  void nrwMunicipalitiesMovedToTheirDistrictsConserveTheTotal() throws Exception {
    // real boundaries: NRW's 396 municipalities (VG5000) moved to the 53 Kreise dissolved from them
    // by the first five
    // digits of the AGS, with each municipality's count = its area in hectares (so every count
    // differs)
    java.nio.file.Path file =
        de.sozialraum.geodata.SharedData.require(
            "de_vg5000_gemeinden/nrw_gemeinden_vg5000_2021_wgs84.geojson");
    List<de.sozialraum.geodata.model.District> gem =
        new de.sozialraum.geodata.DistrictLayerLoader(
                de.sozialraum.geodata.crs.CrsResolver.decode("EPSG:25832"), 0.001)
            .load(
                file,
                null,
                de.sozialraum.geodata.io.LayerOptions.defaults(),
                new de.sozialraum.geodata.DistrictLayerLoader.Fields("AGS", "GEN", null, null))
            .districts();
    java.util.Map<String, List<Geometry>> parts = new java.util.TreeMap<>();
    gem.forEach(
        d ->
            parts
                .computeIfAbsent(d.id().substring(0, 5), k -> new java.util.ArrayList<>())
                .add(d.geometry()));
    List<Geometry> kreise =
        parts.values().stream()
            .map(l -> org.locationtech.jts.operation.union.UnaryUnionOp.union(l))
            .toList();
    assertThat(kreise).hasSize(53);
    List<Geometry> sources = gem.stream().map(d -> (Geometry) d.geometry()).toList();
    double[] counts = sources.stream().mapToDouble(g -> Math.round(g.getArea() / 1e4)).toArray();
    AreaCrosswalk cw = AreaCrosswalk.byArea(sources, kreise);
    double moved = java.util.Arrays.stream(cw.move(counts)).sum();
    double total = java.util.Arrays.stream(counts).sum();
    assertThat(Math.abs(moved - total) / total).isLessThan(1e-9);
    for (double c : cw.coverage()) {
      assertThat(c).isCloseTo(1, within(1e-9));
    }
  }
}
