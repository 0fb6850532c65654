package de.sozialraum.monitor.neighbours;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.geodata.DistrictLayerLoader;
import de.sozialraum.geodata.SharedData;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.io.LayerOptions;
import de.sozialraum.geodata.model.District;
import de.sozialraum.geodata.neighbours.Contiguity;
import de.sozialraum.geodata.neighbours.NeighbourList;
import de.sozialraum.monitor.RReference;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Our contiguity against R spdep's {@code poly2nb} on real boundary files from ../shared/data, in
 * the working CRS (EPSG:25832). Both sides get exactly the same coordinates: R reads our geometries
 * as WKT written with the shortest decimal that round-trips each double.
 */
class ContiguityReferenceTest {

  @ParameterizedTest(name = "{0} queen={2} snap={3}")
  @CsvSource({
    "koeln_stadtteile/Stadtteil.shp, STT_NR, true, 1.4901161193847656e-8",
    "koeln_stadtteile/Stadtteil.shp, STT_NR, false, 1.4901161193847656e-8",
    "de_vg5000_gemeinden/nrw_gemeinden_vg5000_2021_wgs84.geojson, AGS, true, 1.4901161193847656e-8",
    "de_vg5000_gemeinden/nrw_gemeinden_vg5000_2021_wgs84.geojson, AGS, false, 1.4901161193847656e-8",
    "de_vg5000_gemeinden/nrw_gemeinden_vg5000_2021_wgs84.geojson, AGS, true, 250"
  })
  void neighbourListsEqualSpdepPoly2nb(
      String file, String idField, boolean queen, double snap, @TempDir Path dir) throws Exception {
    RReference.assumeInstalled("sf", "spdep");
    Path source = SharedData.require(file);
    List<? extends Geometry> areas =
        new DistrictLayerLoader(CrsResolver.decode("EPSG:25832"), 0.001)
                .load(
                    source,
                    null,
                    LayerOptions.defaults(),
                    new DistrictLayerLoader.Fields(idField, idField, null, null))
                .districts()
                .stream()
                .map(District::geometry)
                .toList();
    Path wkt = dir.resolve("areas.wkt");
    Files.write(wkt, areas.stream().map(ContiguityReferenceTest::exactWkt).toList());

    NeighbourList ours = queen ? Contiguity.queen(areas, snap) : Contiguity.rook(areas, snap);
    List<String> spdep =
        RReference.run(
            "suppressMessages({library(sf); library(spdep)}); g <- st_as_sfc(readLines('"
                + wkt
                + "')); nb <- poly2nb(g, queen = "
                + (queen ? "TRUE" : "FALSE")
                + ", snap = "
                + snap
                + "); "
                + "for (i in seq_along(nb)) cat(nb[[i]], '\\n')");
    assertThat(spdep).hasSize(areas.size());
    List<String> mine = new ArrayList<>();
    for (int i = 0; i < ours.size(); i++) {
      int[] nb = ours.of(i);
      mine.add(
          nb.length == 0
              ? "0"
              : IntStream.of(nb)
                  .mapToObj(j -> Integer.toString(j + 1))
                  .collect(Collectors.joining(" ")));
    }
    assertThat(mine).containsExactlyElementsOf(spdep.stream().map(String::trim).toList());
    assertThat(ours.links()).isPositive();
  }

  /** MULTIPOLYGON WKT in plain decimals that parse back to the identical doubles. */
  static String exactWkt(Geometry g) {
    List<String> parts = new ArrayList<>();
    for (int p = 0; p < g.getNumGeometries(); p++) {
      Polygon poly = (Polygon) g.getGeometryN(p);
      List<String> rings = new ArrayList<>(List.of(ring(poly.getExteriorRing().getCoordinates())));
      for (int h = 0; h < poly.getNumInteriorRing(); h++) {
        rings.add(ring(poly.getInteriorRingN(h).getCoordinates()));
      }
      parts.add("(" + String.join(", ", rings) + ")");
    }
    return "MULTIPOLYGON (" + String.join(", ", parts) + ")";
  }

  private static String ring(Coordinate[] cs) {
    List<String> pts = new ArrayList<>();
    for (Coordinate c : cs) {
      pts.add(
          new BigDecimal(Double.toString(c.x)).toPlainString()
              + " "
              + new BigDecimal(Double.toString(c.y)).toPlainString());
    }
    return "(" + String.join(", ", pts) + ")";
  }
}
