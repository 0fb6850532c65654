package de.sozialraum.geodata.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.geodata.SharedData;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProjJsonTest {

  @Test
  void utm32CarriesEpsgIdsForMethodAndParameters() throws Exception {
    ObjectNode json = ProjJson.of(CrsResolver.decode("EPSG:25832"));
    assertThat(json.path("type").asText()).isEqualTo("ProjectedCRS");
    assertThat(json.path("id").path("code").asInt()).isEqualTo(25832);
    assertThat(json.path("conversion").path("method").path("id").path("code").asInt())
        .isEqualTo(9807);
    assertThat(json.path("coordinate_system").path("axis").get(0).path("direction").asText())
        .isEqualTo("east");
  }

  @Test
  void lonLatWgs84IsWrittenAsCrs84() throws Exception {
    assertThat(ProjJson.of(CrsResolver.wgs84LonLat()).path("id").path("code").asText())
        .isEqualTo("CRS84");
  }

  @Test
  void gdalReadsOurUtm32AsEpsg25832() throws Exception {
    String out = gdalsrsinfo(ProjJson.of(CrsResolver.decode("EPSG:25832")), "epsg");
    assertThat(out).contains("EPSG:25832");
  }

  @Test
  void gdalReadsCologneCustomCrsWithItsFalseEasting() throws Exception {
    ResolvedCrs custom = CrsResolver.fromPrj(SharedData.require("koeln_stadtteile/Stadtteil.prj"));
    String proj4 = gdalsrsinfo(ProjJson.of(custom), "proj4");
    // Stadtteil.prj: Transverse Mercator, CM 9°, k 0.9996, false easting 2,500,000 m on the WGS 84
    // ellipsoid. Its ESRI
    // datum name "D_WGS_1984" carries no EPSG id, so PROJ states the ellipsoid rather than the
    // datum: same coordinates.
    assertThat(proj4)
        .contains("+proj=tmerc")
        .contains("+lon_0=9")
        .contains("+k=0.9996")
        .contains("+x_0=2500000")
        .contains("+ellps=WGS84");
  }

  private static String gdalsrsinfo(ObjectNode json, String format) throws Exception {
    assumeTrue(
        new File("/usr/bin/gdalsrsinfo").canExecute(),
        "skipped: gdal-bin is not installed (scripts/install-test-tools installs it)");
    Process p =
        new ProcessBuilder("gdalsrsinfo", "-o", format, json.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
