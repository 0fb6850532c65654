package de.sozialraum.geodata.validity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

class GeometryRepairTest {

  private final GeometryRepair repair = new GeometryRepair(0.001);
  private final WKTReader wkt = new WKTReader();

  @Test
  void validPolygonIsKeptAsMultiPolygon() throws Exception {
    RepairResult r = repair.check(wkt.read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"));
    assertThat(r.status()).isEqualTo(RepairResult.Status.VALID);
    assertThat(r.geometry().getNumGeometries()).isEqualTo(1);
    assertThat(r.geometry().getArea()).isEqualTo(100.0);
  }

  @Test
  void bowTieIsRejectedBecauseAnyRepairWouldBeAGuess() throws Exception {
    // The two lobes have signed areas +25 and -25: the drawn ring encloses "0", any repair invents
    // 50 m².
    RepairResult r = repair.check(wkt.read("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))"));
    assertThat(r.status()).isEqualTo(RepairResult.Status.REJECTED);
    assertThat(r.problem()).contains("Self-intersection");
  }

  @Test
  void zeroWidthSpikeIsRepairedWithoutChangingTheArea() throws Exception {
    // A spike out to (20 5) and back encloses no area; removing it keeps the 100 m² square.
    RepairResult r =
        repair.check(wkt.read("POLYGON ((0 0, 10 0, 10 5, 20 5, 10 5, 10 10, 0 10, 0 0))"));
    assertThat(r.status()).isEqualTo(RepairResult.Status.REPAIRED);
    assertThat(r.geometry().getArea()).isEqualTo(100.0);
    assertThat(r.geometry().isValid()).isTrue();
  }

  @Test
  void lineAndEmptyGeometriesAreRejected() throws Exception {
    assertThat(repair.check(wkt.read("LINESTRING (0 0, 1 1)")).problem()).contains("LineString");
    assertThat(repair.check(null).status()).isEqualTo(RepairResult.Status.REJECTED);
    assertThat(repair.check(wkt.read("POLYGON EMPTY")).problem()).contains("no geometry");
  }
}
