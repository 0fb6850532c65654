package de.sozialraum.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.sozialraum.monitor.DuckDb;
import de.sozialraum.monitor.RepoPaths;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Indicator tables delivered as Parquet (written by DuckDB, not by Spark): the same records as the
 * sample's CSV files give the same published indices, and typed values that break a rule (NaN, a
 * negative count) are rejected with their row like a CSV cell with its line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParquetInputRunTest {

  private static final String HOUSEHOLDS =
      "select * from read_csv(%s, delim = ';', header = true, all_varchar = true)";
  private static final String SCHOOL_ENTRY =
      "select jahr::smallint as jahr, sozialraum, merkmal, %s as anzahl "
          + "from read_csv(%s, delim = ',', header = true, all_varchar = true)";

  private Path dir;

  @BeforeAll
  void writeParquetCopiesOfTwoSampleTables() throws Exception {
    DuckDb.assumeInstalled();
    dir = TestOutput.create();
    String households = DuckDb.literal(RepoPaths.of("samples/kreis-unna/haushalte.csv"));
    String school =
        DuckDb.literal(RepoPaths.of("samples/kreis-unna/schuleingangsuntersuchung.csv"));
    // counts as BIGINT and DOUBLE on purpose: both types must arrive as the same numbers as the CSV
    // text
    DuckDb.query(
        "copy (select \"Jahr\"::integer as \"Jahr\", \"Sozialraum\", \"Haushalte mit Kindern\"::bigint as \"Haushalte mit Kindern\", "
            + "\"Alleinerziehende\"::bigint as \"Alleinerziehende\" from ("
            + HOUSEHOLDS.formatted(households)
            + ")) to "
            + DuckDb.literal(dir.resolve("haushalte.parquet"))
            + " (format parquet); "
            + "copy ("
            + SCHOOL_ENTRY.formatted("anzahl::double", school)
            + ") to "
            + DuckDb.literal(dir.resolve("seu.parquet"))
            + " (format parquet); "
            // rows 1 and 2 of the file: 'untersucht' becomes NaN, 'sprache_auffaellig' a negative
            // count
            + "copy (select jahr, sozialraum, merkmal, case when row_number() over () = 1 then 'NaN'::double when row_number() over () = 2 "
            + "then -3 else anzahl end as anzahl from ("
            + SCHOOL_ENTRY.formatted("anzahl::double", school)
            + ")) to "
            + DuckDb.literal(dir.resolve("seu-defekt.parquet"))
            + " (format parquet); select 1 as done");
  }

  @AfterAll
  void removeOutputs() throws Exception {
    if (dir != null) {
      TestOutput.delete(dir);
    }
  }

  /** The sample configuration with two tables switched to the given Parquet files. */
  private Path config(String name, String households, String schoolEntry) throws Exception {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    Path sample = RepoPaths.of("config/sample.yaml");
    ObjectNode cfg = (ObjectNode) yaml.readTree(sample.toFile());
    for (String layer : java.util.List.of("geometry", "supply")) {
      ObjectNode node = (ObjectNode) cfg.get(layer);
      node.put(
          "path", sample.getParent().resolve(node.get("path").asText()).normalize().toString());
    }
    ObjectNode report = (ObjectNode) cfg.get("report");
    report.put(
        "logo", sample.getParent().resolve(report.get("logo").asText()).normalize().toString());
    for (JsonNode t : cfg.get("tables")) {
      ObjectNode table = (ObjectNode) t;
      String file =
          switch (table.get("id").asText()) {
            case "haushalte" -> households;
            case "schuleingang" -> schoolEntry;
            default -> null;
          };
      if (table.has("zoning")) {
        ObjectNode zoning = (ObjectNode) table.get("zoning");
        zoning.put(
            "path", sample.getParent().resolve(zoning.get("path").asText()).normalize().toString());
        ObjectNode population = (ObjectNode) zoning.get("population");
        population.put(
            "path",
            sample.getParent().resolve(population.get("path").asText()).normalize().toString());
      }
      if (file == null) {
        table.put(
            "path", sample.getParent().resolve(table.get("path").asText()).normalize().toString());
      } else {
        table.put("path", dir.resolve(file).toString());
        table.put("format", "parquet");
        table.remove("delimiter");
        table.remove("decimal");
        table.remove("encoding");
      }
    }
    Path file = dir.resolve(name);
    yaml.writeValue(file.toFile(), cfg);
    return file;
  }

  @Test
  void parquetTablesPublishExactlyTheIndicesOfTheirCsvOriginals() throws Exception {
    Path fromCsv = dir.resolve("out-csv");
    Path fromParquet = dir.resolve("out-parquet");
    assertThat(
            MonitorCli.execute(
                "run",
                "--config",
                RepoPaths.of("config/sample.yaml").toString(),
                "--out",
                fromCsv.toString()))
        .isZero();
    assertThat(
            MonitorCli.execute(
                "run",
                "--config",
                config("parquet.yaml", "haushalte.parquet", "seu.parquet").toString(),
                "--out",
                fromParquet.toString()))
        .isZero();
    assertThat(
            DuckDb.indexDifference(
                fromCsv.resolve("latest").toRealPath(), fromParquet.resolve("latest").toRealPath()))
        .containsExactly(0, 0, 63 * 9);
  }

  @Test
  void typedValuesThatBreakARuleAreRejectedWithTheirRow() throws Exception {
    String text =
        SampleRunTest.captureStdout(
            () ->
                assertThat(
                        MonitorCli.execute(
                            "validate",
                            "--config",
                            config("parquet-defekt.yaml", "haushalte.parquet", "seu-defekt.parquet")
                                .toString()))
                    .isZero());
    assertThat(text)
        .contains(
            "REJECT  seu-defekt.parquet, line 1, column 'anzahl': not_a_number: 'NaN' is not a number")
        .contains(
            "REJECT  seu-defekt.parquet, line 2, column 'anzahl': negative_count: count -3.0 is negative");
  }

  @Test
  void aColumnTheParquetFileLacksIsNamedWhenTheConfigurationIsLoaded() throws Exception {
    Path file = config("parquet-spalte.yaml", "haushalte.parquet", "seu.parquet");
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    ObjectNode cfg = (ObjectNode) yaml.readTree(file.toFile());
    int at = 0;
    for (JsonNode t : cfg.get("tables")) {
      if (t.get("id").asText().equals("haushalte")) {
        ((ObjectNode) t.get("columns")).put("hh_kinder", "Haushalte mit Kinder");
        break;
      }
      at++;
    }
    yaml.writeValue(file.toFile(), cfg);
    String expected =
        "/tables/"
            + at
            + ": haushalte.parquet has no column 'Haushalte mit Kinder'; did you mean 'Haushalte mit"
            + " Kindern'?";
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> de.sozialraum.monitor.config.ConfigLoader.load(file))
        .hasMessageContaining(expected);
  }
}
