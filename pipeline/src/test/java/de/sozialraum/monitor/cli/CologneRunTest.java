package de.sozialraum.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.geodata.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/**
 * Real open data through the whole pipeline: Cologne's 86 Stadtteile (Shapefile with a custom UTM
 * .prj, false easting 2,500,000 m, Windows-1252 names) and the city's long population table
 * 2005–2012.
 */
class CologneRunTest {

  @Test
  void cologneStadtteileAreAnalysedAndLandInCologne(@TempDir Path dir) throws Exception {
    Path shp = SharedData.require("koeln_stadtteile/Stadtteil.shp");
    Path table = SharedData.require("koeln_stadtteile/bevoelkerung_stadtteile_2005_2012.csv");
    Path config =
        Files.writeString(
            dir.resolve("koeln.yaml"),
            """
        title: "Köln Stadtteile (Integrationstest mit offenen Daten der Stadt Köln, CC-BY)"
        geometry: {path: "%s", id_field: STT_NR, name_field: STT_NAME}
        tables:
          - id: bevoelkerung
            path: "%s"
            delimiter: ","
            decimal: "."
            layout: long
            district_column: raum_id
            year_column: jahr
            variable_column: zeile
            value_column: zahl
            variables: {einwohner: Einwohner, u3: "00 - < 03", auslaender: Ausländer, geschieden: geschieden, ledig: ledig}
        population: {variable: einwohner}
        indicators:
          - {id: auslaenderanteil, label: Ausländeranteil, numerator: [auslaender], denominator: [einwohner], direction: higher_is_worse}
          - {id: geschiedenenanteil, label: Geschiedenenanteil, numerator: [geschieden], denominator: [einwohner], direction: higher_is_worse}
          - {id: u3_anteil, label: Anteil unter 3, numerator: [u3], denominator: [einwohner], direction: higher_is_better}
        index: {presets: {mss: {status: [auslaenderanteil, geschiedenenanteil, u3_anteil], dynamic: [auslaenderanteil]}}}
        quality: {max_rejected_share: 1.0}
        """
                .formatted(shp, table));
    Path out = dir.resolve("out");
    assertThat(MonitorCli.execute("run", "--config", config.toString(), "--out", out.toString()))
        .isZero();
    Path run = out.resolve("latest");

    JsonNode fc = new ObjectMapper().readTree(run.resolve("geojson/indices_2012.geojson").toFile());
    assertThat(fc.get("features")).hasSize(86);
    Envelope e = new Envelope();
    boolean mulheim = false;
    for (JsonNode f : fc.get("features")) {
      mulheim |= f.at("/properties/district_name").asText().equals("Mülheim");
      f.at("/geometry/coordinates")
          .forEach(
              poly ->
                  poly.forEach(
                      ring ->
                          ring.forEach(
                              p -> e.expandToInclude(p.get(0).asDouble(), p.get(1).asDouble()))));
    }
    assertThat(mulheim).isTrue();
    // Cologne's city limits: about 6.77–7.17° E, 50.83–51.09° N
    assertThat(e.getMinX()).isBetween(6.75, 6.80);
    assertThat(e.getMaxX()).isBetween(7.14, 7.19);
    assertThat(e.getMinY()).isBetween(50.81, 50.85);
    assertThat(e.getMaxY()).isBetween(51.07, 51.11);
    // the table also holds the city (000) and its districts (001–009): reported as unknown, never
    // silently dropped
    assertThat(Files.readString(run.resolve("quality/rejects.csv")))
        .contains(";000;")
        .contains("unknown_district");
    // Stadtteil 202 has a self-intersecting ring (GEOS agrees): repaired and reported, kept in the
    // analysis
    assertThat(Files.readString(run.resolve("quality/warnings.csv")))
        .contains("geometry_repaired")
        .contains(";202;");
    JsonNode summary = new ObjectMapper().readTree(run.resolve("quality/summary.json").toFile());
    assertThat(summary.at("/validity/valid").asLong()).isGreaterThan(80 * 8);
  }
}
