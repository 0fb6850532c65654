package de.sozialraum.geodata.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.sozialraum.geodata.SharedData;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.crs.ResolvedCrs;
import de.sozialraum.geodata.io.GeoPackageWriter.Field;
import de.sozialraum.geodata.io.GeoPackageWriter.Shape;
import de.sozialraum.geodata.io.GeoPackageWriter.Type;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKTReader;

/**
 * The GeoPackage is read back with plain SQLite and a hand decoding of the GeoPackage geometry blob
 * (OGC 12-128r18, §2.1.3), so that nothing of the writing library checks itself; GDAL opens it
 * where installed.
 */
class GeoPackageWriterTest {

  @TempDir Path dir;

  private static final Date WRITTEN = Date.from(Instant.parse("2026-11-30T02:00:00Z"));

  private static final List<Field> FIELDS =
      List.of(
          new Field("district_id", Type.TEXT),
          new Field("population", Type.INTEGER),
          new Field("rate", Type.REAL));

  @Test
  void featuresAttributesAndStylesReadBackAsWritten() throws Exception {
    Geometry a = new WKTReader().read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
    Geometry b =
        new WKTReader()
            .read("MULTIPOLYGON (((20 5, 30 5, 30 15, 20 15, 20 5)), ((40 0, 41 0, 41 1, 40 0)))");
    Path file = dir.resolve("t.gpkg");
    try (GeoPackageWriter w =
        new GeoPackageWriter(file, CrsResolver.decode("EPSG:25832"), WRITTEN)) {
      try (GeoPackageWriter.Layer l =
          w.features("bezirke", "Bezirke", "zwei Bezirke", Shape.MULTIPOLYGON, FIELDS)) {
        l.add(a, new Object[] {"05978004001", 1234L, 12.5});
        l.add(b, new Object[] {"05978004002", null, Double.NaN});
      }
      try (GeoPackageWriter.Layer l =
          w.features("angebote", "Angebote", "ein Punkt", Shape.POINT, List.of(FIELDS.get(0)))) {
        l.add(new WKTReader().read("POINT (5 5)"), new Object[] {"A1"});
      }
      w.attributes(
          "gemeinden",
          "Gemeinden",
          "eine Zeile",
          List.of(FIELDS.get(0), FIELDS.get(2)),
          List.<Object[]>of(new Object[] {"05978004", 7.25}));
      w.style("bezirke", "Klassen", "<qgis/>", "die Klassen", true);
      w.style("angebote", "Phasen", "<qgis version=\"x\"/>", "nach Phase", true);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      // 'GPKG' as a big-endian integer, and GeoPackage 1.3 (Requirements 2 and 3)
      assertThat(one(s, "PRAGMA application_id")).isEqualTo(0x47504B47L);
      assertThat(one(s, "PRAGMA user_version")).isEqualTo(10300L);
      assertThat(rows(s, "SELECT table_name, data_type, identifier FROM gpkg_contents"))
          .contains(
              List.of("bezirke", "features", "Bezirke"),
              List.of("angebote", "features", "Angebote"),
              List.of("gemeinden", "attributes", "Gemeinden"));
      // the union of both districts' envelopes: x 0..41, y 0..15
      assertThat(
              rows(
                  s,
                  "SELECT min_x, min_y, max_x, max_y, srs_id, last_change FROM gpkg_contents"
                      + " WHERE table_name = 'bezirke'"))
          .containsExactly(
              List.of("0.0", "0.0", "41.0", "15.0", "25832", "2026-11-30T02:00:00.000Z"));
      assertThat(
              rows(
                  s,
                  "SELECT geometry_type_name, srs_id FROM gpkg_geometry_columns"
                      + " WHERE table_name = 'bezirke'"))
          .containsExactly(List.of("MULTIPOLYGON", "25832"));
      assertThat(
              rows(
                  s,
                  "SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys"
                      + " WHERE srs_id = 25832"))
          .containsExactly(List.of("EPSG", "25832"));

      List<Geometry> read = new ArrayList<>();
      List<List<String>> values = new ArrayList<>();
      try (ResultSet r =
          s.executeQuery("SELECT geom, district_id, population, rate FROM bezirke ORDER BY fid")) {
        while (r.next()) {
          read.add(decode(r.getBytes(1), 25832));
          values.add(Arrays.asList(r.getString(2), r.getString(3), r.getString(4)));
        }
      }
      assertThat(read.get(0).getGeometryType()).isEqualTo("MultiPolygon");
      assertThat(
              read.get(0)
                  .equalsExact(
                      a.getFactory()
                          .createMultiPolygon(
                              new org.locationtech.jts.geom.Polygon[] {
                                (org.locationtech.jts.geom.Polygon) a
                              })))
          .isTrue();
      assertThat(read.get(1).equalsExact(b)).isTrue();
      // the leading zero kept, an empty count and a NaN rate as SQL NULL
      assertThat(values)
          .containsExactly(
              Arrays.asList("05978004001", "1234", "12.5"),
              Arrays.asList("05978004002", null, null));
      assertThat(rows(s, "SELECT district_id, rate FROM gemeinden"))
          .containsExactly(List.of("05978004", "7.25"));
      assertThat(
              rows(
                  s,
                  "SELECT f_table_name, f_geometry_column, styleName, styleQML, useAsDefault"
                      + " FROM layer_styles ORDER BY id"))
          .containsExactly(
              List.of("bezirke", "geom", "Klassen", "<qgis/>", "1"),
              List.of("angebote", "geom", "Phasen", "<qgis version=\"x\"/>", "1"));
    }
    assumeTrue(
        new File("/usr/bin/ogrinfo").canExecute(),
        "skipped: GDAL's ogrinfo is not installed (scripts/install-test-tools installs it)");
    Process p =
        new ProcessBuilder("/usr/bin/ogrinfo", "-ro", "-al", "-so", file.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out).doesNotContainIgnoringCase("warning").doesNotContain("ERROR");
    assertThat(out).contains("Feature Count: 2", "Feature Count: 1", "EPSG\",25832");
  }

  @Test
  void aCrsWithoutEpsgCodeIsStoredAsItsWktUnderAUserDefinedId() throws Exception {
    Path stadtteil = SharedData.require("koeln_stadtteile/Stadtteil.prj");
    ResolvedCrs crs = CrsResolver.fromPrj(stadtteil);
    assumeTrue(crs.epsg() == null, "the .prj resolved to an EPSG code; nothing custom to store");
    Path file = oneTriangle("koeln.gpkg", crs);
    // 100000 is the first id GeoPackage leaves to users' own systems
    assertThat(layerSrs(file)).isEqualTo("100000");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      String wkt =
          rows(s, "SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = 100000")
              .get(0)
              .get(0);
      assertThat(CRS.equalsIgnoreMetadata(CRS.parseWKT(wkt), crs.crs())).isTrue();
    }
  }

  @Test
  void planeCoordinatesUseTheUndefinedCartesianSystem() throws Exception {
    assertThat(layerSrs(oneTriangle("plan.gpkg", ResolvedCrs.planar("test")))).isEqualTo("-1");
  }

  /** A GeoPackage of one layer holding one triangle, in the given CRS. */
  private Path oneTriangle(String name, ResolvedCrs crs) throws Exception {
    Path file = dir.resolve(name);
    try (GeoPackageWriter w = new GeoPackageWriter(file, crs, WRITTEN);
        GeoPackageWriter.Layer l =
            w.features("s", "S", "", Shape.MULTIPOLYGON, List.of(FIELDS.get(0)))) {
      l.add(new WKTReader().read("POLYGON ((0 0, 1 0, 1 1, 0 0))"), new Object[] {"1"});
    }
    return file;
  }

  private static String layerSrs(Path file) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      return rows(s, "SELECT srs_id FROM gpkg_geometry_columns").get(0).get(0);
    }
  }

  @Test
  void anExistingFileIsNotOverwritten() throws Exception {
    Path file = Files.writeString(dir.resolve("da.gpkg"), "earlier");
    assertThatThrownBy(() -> new GeoPackageWriter(file, ResolvedCrs.planar("t"), WRITTEN))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("da.gpkg exists");
    assertThat(Files.readString(file)).isEqualTo("earlier");
  }

  @Test
  void aPointInAPolygonLayerIsRefusedNamingTheLayer() throws Exception {
    try (GeoPackageWriter w =
            new GeoPackageWriter(dir.resolve("p.gpkg"), ResolvedCrs.planar("t"), WRITTEN);
        GeoPackageWriter.Layer l =
            w.features("bezirke", "B", "", Shape.MULTIPOLYGON, List.of(FIELDS.get(0)))) {
      assertThatThrownBy(() -> l.add(new WKTReader().read("POINT (1 1)"), new Object[] {"1"}))
          .hasMessage("bezirke: a Point in a polygon layer");
    }
  }

  /**
   * A GeoPackage geometry blob: "GP", version 0, flags (bit 0 byte order, bits 1–3 the envelope
   * kind), the SRS id, the envelope, then standard WKB.
   */
  private static Geometry decode(byte[] blob, int srs) throws Exception {
    assertThat(new String(blob, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("GP");
    assertThat(blob[2]).isZero();
    int flags = blob[3];
    ByteBuffer buf =
        ByteBuffer.wrap(blob)
            .order((flags & 1) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    assertThat(buf.getInt(4)).isEqualTo(srs);
    int envelope = (flags >> 1) & 7;
    int doubles =
        switch (envelope) {
          case 0 -> 0;
          case 1 -> 4;
          case 2, 3 -> 6;
          case 4 -> 8;
          default -> throw new AssertionError("envelope kind " + envelope);
        };
    int at = 8 + 8 * doubles;
    return new WKBReader().read(Arrays.copyOfRange(blob, at, blob.length));
  }

  private static long one(Statement s, String sql) throws Exception {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static List<List<String>> rows(Statement s, String sql) throws Exception {
    List<List<String>> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(r.getString(i));
        }
        out.add(row);
      }
    }
    return out;
  }
}
