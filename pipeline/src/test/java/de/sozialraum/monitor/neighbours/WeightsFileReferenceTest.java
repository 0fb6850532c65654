package de.sozialraum.monitor.neighbours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

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
 * so R is given {@code region.id = as.numeric(ids)}, as its users do.
 */
class WeightsFileReferenceTest {

  private static final WeightsFile.EdgeColumns EDGES =
      new WeightsFile.EdgeColumns("from", "to", ',');

  @Test
  void galAndGwtRoundTripThroughSpdepOnNrwMunicipalities(@TempDir Path dir) throws Exception {
    RReference.assumeInstalled("sf", "spdep");
    NrwUnemployment nrw = NrwUnemployment.load(dir);
    List<String> ids = nrw.districts().stream().map(District::id).toList();
    NeighbourList ours = Contiguity.queen(nrw.geometries(), Contiguity.DEFAULT_SNAP);
    SpatialWeights w = new SpatialWeights(ours, SpatialWeights.Style.W);
    Path gal = dir.resolve("ours.gal");
    Path gwt = dir.resolve("ours.gwt");
    try (Writer out = Files.newBufferedWriter(gal)) {
      ours.writeGal(out, ids, "nrw", "AGS");
    }
    try (Writer out = Files.newBufferedWriter(gwt)) {
      WeightsFile.writeGwt(out, w, ids, "nrw", "AGS");
    }
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
