package de.sozialraum.monitor.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.sozialraum.monitor.RepoPaths;
import de.sozialraum.monitor.config.ConfigLoader;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.ingest.Geography;
import de.sozialraum.monitor.stage.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Transferbörse's fields read from the offers layer as {@code supply.catalogue} names them. */
class OffersCatalogueTest {

  @TempDir Path dir;

  /** The sample's configuration, its paths made absolute, with one text replaced. */
  private MonitorConfig sample(String replace, String with) throws Exception {
    String yaml = Files.readString(RepoPaths.of("config/sample.yaml"), StandardCharsets.UTF_8);
    assertThat(yaml).contains(replace);
    yaml =
        yaml.replace(replace, with)
            .replace("../samples/", RepoPaths.of("samples").toAbsolutePath() + "/");
    Path file = dir.resolve("monitor.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return ConfigLoader.load(file);
  }

  @Test
  void everyCatalogueFieldOfAnOfferIsReadFromItsNamedColumn() throws Exception {
    MonitorConfig config = sample("provider: traeger", "provider: traeger");
    Offers offers = Offers.read(config.supply(), Geography.load(config).layers());
    List<String> lines =
        Files.readAllLines(RepoPaths.of("samples/kreis-unna/angebote.csv"), StandardCharsets.UTF_8);
    assertThat(offers.offers()).hasSize(lines.size() - 1);
    // the first record, split by hand: id;name;typ;lebensphase;art;traeger;partner;zielgruppe;
    // beschreibung;kontakt;erfahrungen;wkt (no field of the sample holds a semicolon)
    String[] first = lines.get(1).split(";");
    Offers.Offer o = offers.offers().get(0);
    assertThat(o.id()).isEqualTo(first[0]);
    assertThat(o.catalogue())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                CatalogueField.KIND, first[4],
                CatalogueField.PROVIDER, first[5],
                CatalogueField.PARTNER, first[6],
                CatalogueField.TARGET_GROUP, first[7],
                CatalogueField.DESCRIPTION, first[8],
                CatalogueField.CONTACT, first[9],
                CatalogueField.EXPERIENCE, first[10]));
    List<CatalogueField> fields = Offers.catalogueFields(config.supply());
    assertThat(Offers.columns(fields))
        .containsExactly(
            "angebot_id",
            "name",
            "typ",
            "lebensphase",
            "district_id",
            "art",
            "traeger",
            "partner",
            "zielgruppe",
            "beschreibung",
            "kontakt",
            "erfahrungen");
    assertThat(o.values(fields, "05978024001"))
        .containsExactly(
            first[0],
            first[1],
            first[2],
            first[3],
            "05978024001",
            first[4],
            first[5],
            first[6],
            first[7],
            first[8],
            first[9],
            first[10]);
  }

  @Test
  void aCatalogueFieldTheLayerDoesNotHaveIsRefusedWithTheLayersFields() throws Exception {
    MonitorConfig config = sample("provider: traeger", "provider: traegerin");
    assertThatThrownBy(() -> Offers.read(config.supply(), Geography.load(config).layers()))
        .isInstanceOfSatisfying(
            InputException.class,
            e ->
                assertThat(e.problems())
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .contains("angebote.csv")
                    .contains("supply.catalogue.provider names the field 'traegerin'")
                    .contains("traeger, partner")
                    .contains("correct the name"));
  }
}
