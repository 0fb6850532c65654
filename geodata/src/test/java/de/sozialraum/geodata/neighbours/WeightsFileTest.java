package de.sozialraum.geodata.neighbours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Weights files read as spdep reads them and checked against the districts they are for: A–B and
 * B–C neighbours, D an island; ids with a leading zero, as official keys have.
 */
class WeightsFileTest {

  private static final List<String> IDS = List.of("01", "02", "03", "04");

  private static final WeightsFile.EdgeColumns EDGES =
      new WeightsFile.EdgeColumns("von", "nach", ';');

  @TempDir Path dir;

  private NeighbourList read(String name, String text) throws Exception {
    Path f = Files.writeString(dir.resolve(name), text);
    return WeightsFile.read(f, WeightsFile.Format.of(f), StandardCharsets.UTF_8, EDGES, IDS);
  }

  private List<String> problems(String name, String text) {
    return catchThrowableOfType(WeightsFile.WeightsFileException.class, () -> read(name, text))
        .problems();
  }

  private static void assertChain(NeighbourList nb) {
    assertThat(nb.of(0)).containsExactly(1);
    assertThat(nb.of(1)).containsExactly(0, 2);
    assertThat(nb.of(2)).containsExactly(1);
    assertThat(nb.islands()).containsExactly(3);
  }

  @Test
  void aGeoDaGalListsEveryAreaWithItsNeighboursAndAnIslandWithNone() throws Exception {
    assertChain(read("a.gal", "0 4 bezirke id\n01 1\n02\n02 2\n01 03\n03 1\n02\n04 0\n\n"));
  }

  @Test
  void galIsReadByTokensLikeSpdepWithTheOldHeaderAndLineBreaksAnywhere() throws Exception {
    assertChain(read("a.gal", "4\n01 1 02\n02 2 01\n03\n03 1\n02 04 0\n"));
  }

  @Test
  void aGwtListsLinksAndAnAreaWithoutLinksIsAnIsland() throws Exception {
    assertChain(read("a.gwt", "0 4 bezirke id\n01 02 1\n02 01 0.5\n02 03 0.5\n03 02 1\n"));
  }

  @Test
  void aCsvEdgeListNamesItsColumns() throws Exception {
    assertChain(read("a.csv", "nach;von;gewicht\n02;01;1\n01;02;1\n03;02;1\n02;03;1\n"));
  }

  @Test
  void idsStrippedOfLeadingZerosAreNamedWithTheirLineAndTheHint() {
    assertThat(problems("a.csv", "von;nach\n1;2\n2;1\n"))
        .startsWith(
            "a.csv, line 2: '1' is not a district id", "a.csv, line 2: '2' is not a district id")
        .last()
        .asString()
        .isEqualTo(
            "a.csv: 4 id(s) are not district ids; 4 of them are district ids once padded with"
                + " leading zeros to 2 digits ('1'): the file was likely written by a program that"
                + " read the ids as numbers");
  }

  @Test
  void aGalMissingADistrictASelfLinkAndAWrongCountAreEachNamed() {
    assertThat(problems("a.gal", "0 5 b id\n01 1\n01\n02 1\n01\n03 0\n\n"))
        .containsExactly(
            "a.gal, line 3: area '01' is listed as its own neighbour",
            "a.gal, line 1: the header announces 5 areas, the file lists 3",
            "a.gal: 1 district(s) are not in the file, which lists every area with its neighbours"
                + " (an island with 0): 04");
  }

  @Test
  void theRunsWeightsAreWrittenAsGwtWithTheWeightsOfTheirStyleAndReadBack() throws Exception {
    NeighbourList nb = read("a.gal", "0 4 bezirke id\n01 1\n02\n02 2\n01 03\n03 1\n02\n04 0\n\n");
    StringWriter w = new StringWriter();
    WeightsFile.writeGwt(w, new SpatialWeights(nb, SpatialWeights.Style.W), IDS, "bezirke", "id");
    // row-standardised: 02 has two neighbours, each weighted 1/2
    assertThat(w.toString())
        .isEqualTo("0 4 bezirke id\n01 02 1.0\n02 01 0.5\n02 03 0.5\n03 02 1.0\n");
    assertChain(read("b.gwt", w.toString()));
  }
}
