package de.sozialraum.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.monitor.config.ConfigLoader;
import de.sozialraum.monitor.config.MonitorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridCountyTest {

  @Test
  void theGridIsTheNearestSquareAndEveryTableHasACellEveryYear(@TempDir Path dir) throws Exception {
    // 2,000 cells asked: round(sqrt(2000)) = 45 → 45² = 2,025 cells
    GridCounty g = new GridCounty(2000, 7);
    assertThat(g.cells()).isEqualTo(2025);
    GridCounty.Written w = g.write(dir);
    assertThat(Files.readAllLines(dir.resolve("zellen.csv"))).hasSize(1 + 2025);
    for (String t : List.of("einwohner.csv", "sozial.csv", "familie_bildung.csv")) {
      assertThat(Files.readAllLines(dir.resolve(t))).hasSize(1 + 2025 * GridCounty.YEARS);
    }
    assertThat(w.inputBytes())
        .isEqualTo(
            Files.size(dir.resolve("zellen.csv"))
                + Files.size(dir.resolve("einwohner.csv"))
                + Files.size(dir.resolve("sozial.csv"))
                + Files.size(dir.resolve("familie_bildung.csv")));
  }

  @Test
  void theWrittenConfigurationIsValidAndHasTwelveIndicatorsOverFiveYears(@TempDir Path dir)
      throws Exception {
    MonitorConfig c = ConfigLoader.load(new GridCounty(400, 7).write(dir).config());
    assertThat(c.indicators()).hasSize(12);
    assertThat(c.years().to() - c.years().from() + 1).isEqualTo(GridCounty.YEARS);
    assertThat(c.report().enabled()).isFalse();
    assertThat(c.synthetic()).isTrue();
  }

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOtherCounts(@TempDir Path dir) throws Exception {
    new GridCounty(900, 11).write(dir.resolve("a"));
    new GridCounty(900, 11).write(dir.resolve("b"));
    new GridCounty(900, 12).write(dir.resolve("c"));
    for (String f :
        List.of("zellen.csv", "einwohner.csv", "sozial.csv", "familie_bildung.csv", "bench.yaml")) {
      assertThat(sha256(dir.resolve("a").resolve(f)))
          .as(f)
          .isEqualTo(sha256(dir.resolve("b").resolve(f)));
    }
    assertThat(sha256(dir.resolve("a/sozial.csv")))
        .isNotEqualTo(sha256(dir.resolve("c/sozial.csv")));
  }

  @Test
  void countsStayWithinTheirDenominatorsAndPartsAddUpToTheTotal(@TempDir Path dir)
      throws Exception {
    new GridCounty(900, 3).write(dir);
    List<String> ew = Files.readAllLines(dir.resolve("einwohner.csv"));
    List<String> so = Files.readAllLines(dir.resolve("sozial.csv"));
    List<String> fb = Files.readAllLines(dir.resolve("familie_bildung.csv"));
    for (int i = 1; i < ew.size(); i++) {
      long[] e = longs(ew.get(i));
      long[] s = longs(so.get(i));
      long[] f = longs(fb.get(i));
      assertThat(e[1])
          .as("same cell and year in every table, line %d", i)
          .isEqualTo(s[1])
          .isEqualTo(f[1]);
      // einwohner: ew_gesamt ≥ ew_u15 + ew_15_24 + ew_25_64
      assertThat(e[3] + e[4] + e[5]).isLessThanOrEqualTo(e[2]);
      // sozial: nef_u15 ≤ ew_u15; arbeitslose = unter 25 + 25 und älter; unter 25 ≤ ew_15_24
      assertThat(s[3]).isLessThanOrEqualTo(e[3]);
      assertThat(s[4]).isEqualTo(s[5] + s[6]);
      assertThat(s[5]).isLessThanOrEqualTo(e[4]);
      // familie_bildung: every numerator within its denominator
      assertThat(f[3]).isLessThanOrEqualTo(f[2]);
      assertThat(java.util.stream.LongStream.of(f[5], f[6], f[7], f[8]).max().getAsLong())
          .isLessThanOrEqualTo(f[4]);
      assertThat(f[10]).isLessThanOrEqualTo(f[9]);
    }
  }

  /**
   * The leading integer fields of a line (year, then the cell id without its letter, then the
   * counts).
   */
  private static long[] longs(String line) {
    String[] f = line.split(";");
    long[] out = new long[f.length];
    for (int i = 0; i < f.length; i++) {
      String x = i == 1 ? f[i].substring(1) : f[i];
      out[i] = x.contains(".") ? -1 : Long.parseLong(x);
    }
    return out;
  }

  private static String sha256(Path f) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
  }

  @Test
  void childPovertyRatesClusterInSpaceAsTheHotSpotsMakeThem(@TempDir Path dir) throws Exception {
    // kinderarmut = nef_u15 / ew_u15 of 2020 on the 30 × 30 grid with queen contiguity (built from
    // the written
    // polygons): the hot spots must give a clearly positive Moran's I, and the same rates shuffled
    // must not
    new GridCounty(900, 5).write(dir);
    List<String> cells = Files.readAllLines(dir.resolve("zellen.csv"));
    org.locationtech.jts.io.WKTReader wkt = new org.locationtech.jts.io.WKTReader();
    List<org.locationtech.jts.geom.Geometry> polygons = new java.util.ArrayList<>();
    for (String l : cells.subList(1, cells.size())) {
      polygons.add(wkt.read(l.split(";")[4]));
    }
    double[] rate = new double[900];
    List<String> ew = Files.readAllLines(dir.resolve("einwohner.csv"));
    List<String> so = Files.readAllLines(dir.resolve("sozial.csv"));
    for (int i = 0; i < 900; i++) {
      rate[i] = (double) longs(so.get(1 + i))[3] / longs(ew.get(1 + i))[3];
    }
    de.sozialraum.geodata.neighbours.SpatialWeights w =
        new de.sozialraum.geodata.neighbours.SpatialWeights(
            de.sozialraum.geodata.neighbours.Contiguity.queen(
                polygons, de.sozialraum.geodata.neighbours.Contiguity.DEFAULT_SNAP),
            de.sozialraum.geodata.neighbours.SpatialWeights.Style.W);
    double clustered = de.sozialraum.monitor.spatial.GlobalMoran.of(rate, w).randomisation().i();
    double[] shuffled = rate.clone();
    java.util.Random r = new java.util.Random(1);
    for (int i = shuffled.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      double t = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = t;
    }
    double random = de.sozialraum.monitor.spatial.GlobalMoran.of(shuffled, w).randomisation().i();
    assertThat(clustered).isGreaterThan(0.3);
    // E[I] = −1/(n − 1) ≈ −0.001; a random order stays within a few standard errors (≈ 0.02 here)
    // of it
    assertThat(Math.abs(random)).isLessThan(0.1);
  }
}
