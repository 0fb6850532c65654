package de.sozialraum.monitor.spatial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.sozialraum.geodata.DistrictLayerLoader;
import de.sozialraum.geodata.SharedData;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.io.LayerOptions;
import de.sozialraum.geodata.model.District;
import de.sozialraum.geodata.neighbours.Contiguity;
import de.sozialraum.geodata.neighbours.NeighbourList;
import de.sozialraum.geodata.neighbours.SpatialWeights;
import de.sozialraum.monitor.RReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobalMoranTest {

  /** Four areas in a row (rook chain 0 – 1 – 2 – 3). */
  private static SpatialWeights chain(SpatialWeights.Style style) {
    List<TreeSet<Integer>> adj = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      adj.add(new TreeSet<>());
      if (i > 0) {
        adj.get(i).add(i - 1);
      }
      if (i < 3) {
        adj.get(i).add(i + 1);
      }
    }
    return new SpatialWeights(NeighbourList.of(adj), style);
  }

  @Test
  void moransIOnAChainByHand() {
    // x = {1, 2, 3, 4}: z = {−1.5, −0.5, 0.5, 1.5}, zᵀz = 5; row-standardised lags {−0.5, −0.5, 0.5, 0.5};
    // zᵀWz = 0.75 + 0.25 + 0.25 + 0.75 = 2; S0 = 4, n = 4 → I = (4/4)·(2/5) = 0.4; E[I] = −1/3
    GlobalMoran.Result r = GlobalMoran.of(new double[] {1, 2, 3, 4}, chain(SpatialWeights.Style.W));
    assertThat(r.randomisation().i()).isCloseTo(0.4, within(1e-15));
    assertThat(r.randomisation().expected()).isCloseTo(-1 / 3.0, within(1e-15));
    // normality: S1 = ½ Σ (w_ij + w_ji)²: pairs (0,1) and (2,3) have 1 + ½, pair (1,2) has ½ + ½, each counted from both
    // sides: S1 = ½ · 2 · (1.5² + 1² + 1.5²) = 5.5; S2 = Σ (row + column)²: columns {0.5, 1.5, 1.5, 0.5} → (1.5² + 2.5²)·2 = 17
    // Var = (16·5.5 − 4·17 + 3·16)/(16·15) − 1/9 = 68/240 − 1/9
    assertThat(r.normality().variance()).isCloseTo(68.0 / 240 - 1 / 9.0, within(1e-15));
  }

  @Test
  void theConstantsMatchTheHandCalculation() {
    SpatialWeights.Constants c = chain(SpatialWeights.Style.W).constants();
    assertThat(c.s0()).isCloseTo(4, within(1e-15));
    assertThat(c.s1()).isCloseTo(5.5, within(1e-15));
    assertThat(c.s2()).isCloseTo(17, within(1e-15));
  }

  @Test
  void aStronglyClusteredPatternHasASmallPermutationPseudoP() {
    double[] x = new double[40];
    for (int i = 0; i < 40; i++) {
      x[i] = i < 20 ? 1 + i * 0.01 : 5 + i * 0.01;
    }
    List<TreeSet<Integer>> adj = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      adj.add(new TreeSet<>());
      if (i > 0) {
        adj.get(i).add(i - 1);
      }
      if (i < 39) {
        adj.get(i).add(i + 1);
      }
    }
    SpatialWeights w = new SpatialWeights(NeighbourList.of(adj), SpatialWeights.Style.W);
    // (M + 1)/(R + 1) with M = 0 of 999 permutations reaching the observed I: 1/1000
    assertThat(GlobalMoran.permutationP(x, w, 999, 1)).isEqualTo(0.001);
  }

  @Test
  void equalsSpdepMoranTestOnNrwMunicipalitiesAndTheirUnemployment(@TempDir Path dir) throws Exception {
    RReference.assumeInstalled("sf", "spdep");
    Path shapes = SharedData.require("de_vg5000_gemeinden/nrw_gemeinden_vg5000_2021_wgs84.geojson");
    Map<String, Double> unemployed = inkar(SharedData.require("inkar_gisd_inputs/csv/A_Arbeitslosigkeit.csv"), "2019");
    Map<String, Double> working = inkar(SharedData.require("inkar_gisd_inputs/csv/A_ErwerbsfaehigeBevoelkerung.csv"), "2019");
    List<District> districts = new DistrictLayerLoader(CrsResolver.decode("EPSG:25832"), 0.001)
        .load(shapes, null, LayerOptions.defaults(), new DistrictLayerLoader.Fields("AGS", "GEN", null, null)).districts().stream()
        .filter(d -> unemployed.containsKey(d.id()) && working.containsKey(d.id())).toList();
    assertThat(districts).hasSizeGreaterThan(390);
    double[] x = districts.stream().mapToDouble(d -> 1000 * unemployed.get(d.id()) / working.get(d.id())).toArray();
    Path wkt = dir.resolve("nrw.wkt");
    Files.write(wkt, districts.stream().map(d -> ContiguityReferenceTest.exactWkt(d.geometry())).toList());
    for (SpatialWeights.Style style : SpatialWeights.Style.values()) {
      SpatialWeights w = new SpatialWeights(Contiguity.queen(districts.stream().map(District::geometry).toList(), Contiguity.DEFAULT_SNAP),
          style);
      GlobalMoran.Result ours = GlobalMoran.of(x, w);
      double[] r = RReference.doubles(RReference.run("suppressMessages({library(sf); library(spdep)}); g <- st_as_sfc(readLines('" + wkt
          + "')); lw <- nb2listw(poly2nb(g), style = '" + style + "'); x <- " + RReference.vector(x) + "; "
          + "for (rnd in c(FALSE, TRUE)) { t <- moran.test(x, lw, randomisation = rnd); t2 <- moran.test(x, lw, randomisation = rnd, "
          + "alternative = 'two.sided'); cat(sprintf('%.17g', c(t$estimate, t$statistic, t$p.value, t2$p.value)), sep = '\\n') }"));
      assertTestEquals(ours.normality(), r, 0);
      assertTestEquals(ours.randomisation(), r, 6);
    }
  }

  private static void assertTestEquals(GlobalMoran.Test t, double[] r, int at) {
    assertThat(t.i()).isCloseTo(r[at], within(1e-9));
    assertThat(t.expected()).isCloseTo(r[at + 1], within(1e-9));
    assertThat(t.variance()).isCloseTo(r[at + 2], within(1e-9));
    assertThat(t.z()).isCloseTo(r[at + 3], within(1e-9));
    assertThat(t.pGreater()).isCloseTo(r[at + 4], within(1e-9));
    assertThat(t.pTwoSided()).isCloseTo(r[at + 5], within(1e-9));
  }

  /** One year's column of an INKAR export (two header lines: names, then years). */
  private static Map<String, Double> inkar(Path csv, String year) throws Exception {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> years = List.of(lines.get(1).replace("\"", "").split(",", -1));
    int col = years.indexOf(year);
    Map<String, Double> out = new HashMap<>();
    for (String line : lines.subList(2, lines.size())) {
      String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
      String value = f[col].replace("\"", "");
      if (!value.isEmpty()) {
        out.put(f[0].replace("\"", ""), Double.parseDouble(value));
      }
    }
    return out;
  }
}
