package de.sozialraum.monitor.neighbours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.sozialraum.geodata.model.District;
import de.sozialraum.geodata.neighbours.Contiguity;
import de.sozialraum.geodata.neighbours.NeighbourList;
import de.sozialraum.geodata.neighbours.SpatialWeights;
import de.sozialraum.geodata.neighbours.WeightsFile;
import de.sozialraum.monitor.RReference;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NRW's municipalities (VG5000, AGS with a leading zero) as GeoDa, PySAL and spdep users exchange
 * them: our queen neighbours written as GAL and GWT are what spdep reads ({@code read.gal}, {@code
 * read.gwt2nb}) and equal its own {@code poly2nb}; the files spdep writes ({@code write.nb.gal},
 * {@code write.sn2gwt} of row-standardised weights) read back as our list, with spdep's weights.
 * spdep reads a GWT's ids with {@code read.table}, as numbers: the AGS then match only as numbers,
 * so R is given {@code region.id = as.numeric(ids)}, as its users do. PySAL ({@code libpysal.io})
 * reads our files as the same neighbours and weights, and what it writes (a GAL with the old
 * one-number header) reads back as our list.
 */
class WeightsFileReferenceTest {

  private static final WeightsFile.EdgeColumns EDGES =
      new WeightsFile.EdgeColumns("from", "to", ',');

  /** NRW's municipalities, our queen neighbours and their row-standardised weights as files. */
  private record Ours(
      NrwUnemployment nrw,
      List<String> ids,
      NeighbourList list,
      SpatialWeights weights,
      Path gal,
      Path gwt) {

    static Ours write(Path dir) throws Exception {
      NrwUnemployment nrw = NrwUnemployment.load(dir);
      List<String> ids = nrw.districts().stream().map(District::id).toList();
      NeighbourList list = Contiguity.queen(nrw.geometries(), Contiguity.DEFAULT_SNAP);
      SpatialWeights w = new SpatialWeights(list, SpatialWeights.Style.W);
      Path gal = dir.resolve("ours.gal");
      Path gwt = dir.resolve("ours.gwt");
      try (Writer out = Files.newBufferedWriter(gal)) {
        list.writeGal(out, ids, "nrw", "AGS");
      }
      try (Writer out = Files.newBufferedWriter(gwt)) {
        WeightsFile.writeGwt(out, w, ids, "nrw", "AGS");
      }
      return new Ours(nrw, ids, list, w, gal, gwt);
    }
  }

  @Test
  void galAndGwtRoundTripThroughSpdepOnNrwMunicipalities(@TempDir Path dir) throws Exception {
    RReference.assumeInstalled("sf", "spdep");
    Ours o = Ours.write(dir);
    NrwUnemployment nrw = o.nrw();
    List<String> ids = o.ids();
    NeighbourList ours = o.list();
    SpatialWeights w = o.weights();
    Path gal = o.gal();
    Path gwt = o.gwt();
    Path idFile = Files.write(dir.resolve("ids.txt"), ids);
    Path rGal = dir.resolve("spdep.gal");
    Path rGwt = dir.resolve("spdep.gwt");
    List<String> r =
        RReference.run(
            nrw.r()
                + "ids <- readLines('"
                + idFile
                + "'); nb <- poly2nb(g, queen = TRUE); "
                + "a <- read.gal('"
                + gal
                + "', region.id = ids); b <- read.gwt2nb('"
                + gwt
                + "', region.id = as.numeric(ids)); "
                + "same <- function(u, v) isTRUE(all.equal(lapply(unclass(u), as.integer),"
                + " lapply(unclass(v), as.integer), check.attributes = FALSE)); "
                + "attr(nb, 'region.id') <- ids; write.nb.gal(nb, '"
                + rGal
                + "', oldstyle = FALSE, shpfile = 'nrw', ind = 'AGS'); "
                + "write.sn2gwt(listw2sn(nb2listw(nb, style = 'W')), '"
                + rGwt
                + "', shpfile = 'nrw', ind = 'AGS', useInd = TRUE); "
                + "cat(same(a, nb), same(b, nb), length(nb), sum(card(nb)))");
    assertThat(r)
        .singleElement()
        .asString()
        .isEqualTo("TRUE TRUE " + ids.size() + " " + ours.links());

    NeighbourList fromGal =
        WeightsFile.read(rGal, WeightsFile.Format.GAL, StandardCharsets.UTF_8, EDGES, ids);
    NeighbourList fromGwt =
        WeightsFile.read(rGwt, WeightsFile.Format.GWT, StandardCharsets.UTF_8, EDGES, ids);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(fromGal.of(i)).as(ids.get(i)).containsExactly(ours.of(i));
      assertThat(fromGwt.of(i)).as(ids.get(i)).containsExactly(ours.of(i));
    }
    // spdep's row-standardised weights are ours: 1/|N(i)| per link
    for (String line : Files.readAllLines(rGwt).subList(1, Files.readAllLines(rGwt).size())) {
      String[] f = line.trim().split("\\s+");
      int i = ids.indexOf(f[0]);
      assertThat(Double.parseDouble(f[2])).as(line).isCloseTo(w.weight(i), within(1e-12));
    }
  }

  @Test
  void galAndGwtRoundTripThroughPysalOnNrwMunicipalities(@TempDir Path dir) throws Exception {
    assumeTrue(
        new java.io.File("/usr/bin/python3").canExecute()
            && new ProcessBuilder("/usr/bin/python3", "-c", "import libpysal").start().waitFor()
                == 0,
        "PySAL (Debian python3-libpysal) is not installed: scripts/install-test-tools installs it");
    Ours o = Ours.write(dir);
    List<String> ids = o.ids();
    NeighbourList ours = o.list();
    SpatialWeights w = o.weights();
    Path gal = o.gal();
    Path gwt = o.gwt();
    Path pyGal = dir.resolve("pysal.gal");
    Path pyGwt = dir.resolve("pysal.gwt");
    String script =
        "import json, libpysal\n"
            + "a = libpysal.io.open('%s').read()\n".formatted(gal)
            + "b = libpysal.io.open('%s').read()\n".formatted(gwt)
            + "libpysal.io.open('%s', 'w').write(a)\n".formatted(pyGal)
            + "libpysal.io.open('%s', 'w').write(b)\n".formatted(pyGwt)
            + "print(json.dumps({'gal': a.neighbors, 'gwt': b.neighbors, 'w': b.weights}))\n";
    Process py =
        new ProcessBuilder("/usr/bin/python3", "-W", "ignore", "-c", script)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(py.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(py.waitFor()).as(out).isZero();
    com.fasterxml.jackson.databind.JsonNode read =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
    for (int i = 0; i < ids.size(); i++) {
      List<String> expected = java.util.Arrays.stream(ours.of(i)).mapToObj(ids::get).toList();
      for (String file : List.of("gal", "gwt")) {
        List<String> got = new ArrayList<>();
        read.path(file).path(ids.get(i)).forEach(n -> got.add(n.asText()));
        assertThat(got).as(file + " " + ids.get(i)).containsExactlyInAnyOrderElementsOf(expected);
      }
      double weight = w.weight(i);
      read.path("w")
          .path(ids.get(i))
          .forEach(x -> assertThat(x.asDouble()).isCloseTo(weight, within(1e-12)));
    }
    NeighbourList fromGal =
        WeightsFile.read(pyGal, WeightsFile.Format.GAL, StandardCharsets.UTF_8, EDGES, ids);
    NeighbourList fromGwt =
        WeightsFile.read(pyGwt, WeightsFile.Format.GWT, StandardCharsets.UTF_8, EDGES, ids);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(fromGal.of(i)).as(ids.get(i)).containsExactly(ours.of(i));
      assertThat(fromGwt.of(i)).as(ids.get(i)).containsExactly(ours.of(i));
    }
  }

  @Test
  void anEdgeListWithTheAgsReadAsNumbersIsRefusedWithTheHint(@TempDir Path dir) throws Exception {
    NrwUnemployment nrw = NrwUnemployment.load(dir);
    List<String> ids = nrw.districts().stream().map(District::id).toList();
    NeighbourList ours = Contiguity.queen(nrw.geometries(), Contiguity.DEFAULT_SNAP);
    List<String> lines = new ArrayList<>(List.of("from,to"));
    for (int i = 0; i < ids.size(); i++) {
      for (int j : ours.of(i)) {
        // a spreadsheet's export: "05111000" became 5111000
        lines.add(Long.parseLong(ids.get(i)) + "," + Long.parseLong(ids.get(j)));
      }
    }
    Path csv = Files.write(dir.resolve("kanten.csv"), lines);
    List<String> problems =
        catchThrowableOfType(
                WeightsFile.WeightsFileException.class,
                () ->
                    WeightsFile.read(
                        csv, WeightsFile.Format.CSV, StandardCharsets.UTF_8, EDGES, ids))
            .problems();
    assertThat(problems.get(0))
        .startsWith("kanten.csv, line 2: '5")
        .endsWith("' is not a district id");
    assertThat(problems.get(problems.size() - 1))
        .contains("of them are district ids once padded with leading zeros to 8 digits");
  }
}
