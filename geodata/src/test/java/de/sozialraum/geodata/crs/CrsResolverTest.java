package de.sozialraum.geodata.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.sozialraum.geodata.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

class CrsResolverTest {

  @Test
  void utm32PointLandsOnCologneCathedralSquareInLonLatOrder() throws Exception {
    // Golden value from PROJ: gdaltransform -s_srs EPSG:25832 -t_srs EPSG:4326 turns 356000/5645000
    // into lon 6.95044230, lat 50.93862484.
    Reprojector r = new Reprojector(CrsResolver.decode("EPSG:25832"), CrsResolver.wgs84LonLat());
    Coordinate c = r.apply(new Coordinate(356000, 5645000));
    assertThat(c.x).isCloseTo(6.9504423, within(1e-7));
    assertThat(c.y).isCloseTo(50.9386249, within(1e-7));
  }

  @Test
  void absurdCoordinatesAreATransformExceptionNotAnIllegalArgument() throws Exception {
    // found by the fuzz corpus: a coordinate of 1e22 m made GeoTools fail while formatting its
    // range warning
    Reprojector r = new Reprojector(CrsResolver.decode("EPSG:25832"), CrsResolver.wgs84LonLat());
    assertThatThrownBy(() -> r.apply(new Coordinate(1e22, 5645000)))
        .isInstanceOf(org.geotools.api.referencing.operation.TransformException.class)
        .hasMessageContaining("EPSG:25832");
  }

  @Test
  void urnAndCrs84SpellingsDecodeToTheSameCrs() throws Exception {
    assertThat(
            CrsResolver.decode("urn:ogc:def:crs:EPSG::25832")
                .sameAs(CrsResolver.decode("EPSG:25832")))
        .isTrue();
    assertThat(CrsResolver.decode("OGC:CRS84").epsg()).isEqualTo(4326);
    assertThat(CrsResolver.decode("urn:ogc:def:crs:OGC:1.3:CRS84").isGeographic()).isTrue();
  }

  @Test
  void unknownCodeIsReportedByName() {
    assertThatThrownBy(() -> CrsResolver.decode("EPSG:999999"))
        .isInstanceOf(CrsException.class)
        .hasMessageContaining("EPSG:999999");
  }

  @Test
  void esriPrjWithEpsgAuthorityIsIdentifiedSoTheDatumShiftIsKnown() throws Exception {
    ResolvedCrs gk3 = CrsResolver.fromPrj(SharedData.require("de_vg5000_gemeinden/VG5000_GEM.prj"));
    assertThat(gk3.epsg()).isEqualTo(31467);
  }

  @Test
  void cologneCustomUtmPrjWithoutCodeIsUsedAsDefined() throws Exception {
    ResolvedCrs custom = CrsResolver.fromPrj(SharedData.require("koeln_stadtteile/Stadtteil.prj"));
    assertThat(custom.epsg()).isNull();
    assertThat(custom.origin()).contains("custom");
    // Same point as the EPSG:25832 golden value, with Cologne's false easting of 2,500,000 m
    // instead of 500,000 m.
    Coordinate c =
        new Reprojector(custom, CrsResolver.wgs84LonLat()).apply(new Coordinate(2356000, 5645000));
    assertThat(c.x).isCloseTo(6.9504423, within(1e-7));
    assertThat(c.y).isCloseTo(50.9386249, within(1e-7));
  }

  @Test
  void emptyPrjIsAnErrorNamingTheFile(@TempDir Path dir) throws Exception {
    Path prj = Files.writeString(dir.resolve("leer.prj"), "  ");
    assertThatThrownBy(() -> CrsResolver.fromPrj(prj))
        .hasMessageContaining("leer.prj")
        .hasMessageContaining("empty");
  }
}
