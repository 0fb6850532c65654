package de.sozialraum.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.monitor.DuckDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * An official MSS delivery carries one year, named by the file, not a column: the status shares and
 * their 2-year changes in percentage points, many of them negative, and its own verdict on each
 * social space ({@code KOM}: gültig or ungültig), but no residents. Made from a sample run
 * (disclosure off, so every value is published), such a delivery alone must give that run's
 * validity and MSS classes for its year, with nothing invented: no earlier year, no computed
 * change, no population.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveredChangesTest {

  private static final int YEAR = 2024;

  private static final List<String> STATUS =
      List.of("kinderarmut", "sgb2_elb_quote", "arbeitslosigkeit", "alleinerziehende");

  private Path full;
  private Path delivered;
  private String said;
  private int exit;
  private int negative;
  private int invalid;

  @BeforeAll
  void run(@TempDir Path dir) throws Exception {
    DuckDb.assumeInstalled();
    ObjectNode c = SampleConfig.read();
    // open data: nothing withheld, so every value can be delivered back
    c.put("disclosure", false);
    ((ObjectNode) c.get("spatial")).put("statistics", false);
    ((ObjectNode) c.get("report")).put("enabled", false);
    // what the MSS does not depend on is left out, to keep the run short
    ObjectNode index = (ObjectNode) c.get("index");
    ((ObjectNode) index.get("presets")).retain("mss");
    index.putObject("life_phases").put("enabled", false);
    index.put("municipality_frame", false);
    c.remove(List.of("supply", "targets"));
    Path config = SampleConfig.write(c, dir.resolve("sample.yaml"));
    assertThat(
            MonitorCli.execute(
                "run", "--config", config.toString(), "--out", dir.resolve("full").toString()))
        .isZero();
    full = dir.resolve("full/latest");

    Path table = writeDelivery(dir.resolve("mss_lieferung.csv"));
    Path second =
        SampleConfig.write(
            delivery(c.at("/geometry/path").asText(), table.toString()), dir.resolve("mss.yaml"));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.PrintStream was = System.err;
    System.setErr(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      exit =
          MonitorCli.execute(
              "run", "--config", second.toString(), "--out", dir.resolve("mss").toString());
    } finally {
      System.setErr(was);
    }
    said = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    delivered = dir.resolve("mss/latest");
  }

  /**
   * The full run's year as an MSS office delivers it: shares, changes, residents (which the
   * configuration leaves unread) and the verdict the full run reached from its residents.
   */
  private Path writeDelivery(Path file) throws Exception {
    StringBuilder csv = new StringBuilder("Sozialraum;Einwohner;KOM");
    for (String s : STATUS) {
      csv.append(";Anteil ").append(s).append(";Veränderung ").append(s);
    }
    csv.append('\n');
    for (JsonNode r : rows(full, "population, validity, " + columns(""))) {
      csv.append(r.get("district_id").asText());
      csv.append(';').append(r.get("population").asLong());
      boolean valid = r.get("validity").asText().equals("valid");
      csv.append(';').append(valid ? "gültig" : "ungültig");
      invalid += valid ? 0 : 1;
      for (String s : STATUS) {
        csv.append(';').append(decimal(r.get(s)));
        csv.append(';').append(decimal(r.get(s + "_change")));
        negative += r.get(s + "_change").asDouble() < 0 ? 1 : 0;
      }
      csv.append('\n');
    }
    return Files.writeString(file, csv);
  }

  private static String columns(String prefix) {
    StringBuilder b = new StringBuilder();
    for (String s : STATUS) {
      b.append(b.isEmpty() ? "" : ", ").append(prefix).append(s).append(", ").append(s + "_change");
    }
    return b.toString();
  }

  /** Shortest round-trip digits with a decimal comma: the delivery is exact. */
  private static String decimal(JsonNode v) {
    return v.isNull() ? "" : Double.toString(v.asDouble()).replace('.', ',');
  }

  /**
   * The configuration of the delivery: shares as rates, changes as values in −100 … 100, validity
   * as KOM says; no population.
   */
  private static ObjectNode delivery(String geometry, String table) {
    ObjectNode c = SampleConfig.YAML.createObjectNode();
    c.put("title", "MSS-Lieferung (aus dem synthetischen Beispiel)").put("synthetic", true);
    c.putObject("geometry")
        .put("path", geometry)
        .put("id_field", "sozialraum_id")
        .put("name_field", "name");
    ObjectNode t = c.putArray("tables").addObject();
    t.put("id", "mss").put("path", table).put("decimal", ",");
    t.put("district_column", "Sozialraum").put("year", YEAR);
    ObjectNode columns = t.putObject("columns");
    ObjectNode ranges = t.putObject("ranges");
    com.fasterxml.jackson.databind.node.ArrayNode indicators = c.putArray("indicators");
    for (String s : STATUS) {
      columns.put(s, "Anteil " + s).put("d_" + s, "Veränderung " + s);
      t.withArray("rates").add(s);
      ranges.putObject("d_" + s).put("min", -100).put("max", 100);
      indicators
          .addObject()
          .put("id", s)
          .put("label", s)
          .put("value", s)
          .put("direction", "higher_is_worse")
          .put("domain", "status");
      indicators
          .addObject()
          .put("id", "d_" + s)
          .put("label", "Veränderung " + s)
          .put("value", "d_" + s)
          .put("unit", "percentage_points")
          .put("direction", "higher_is_worse");
    }
    ObjectNode kom =
        c.putObject("validity").putObject("column").put("table", "mss").put("column", "KOM");
    kom.putArray("valid").add("gültig");
    kom.putArray("invalid").add("ungültig");
    ObjectNode mss = c.putObject("index").putObject("presets").putObject("mss");
    STATUS.forEach(s -> mss.withArray("status").add(s));
    STATUS.forEach(s -> mss.withArray("dynamic_delivered").add("d_" + s));
    c.putObject("spatial").put("statistics", false);
    c.putObject("report").put("enabled", false);
    return c;
  }

  private static List<JsonNode> rows(Path run, String select) throws Exception {
    List<JsonNode> out = new java.util.ArrayList<>();
    DuckDb.query(
            "select district_id, "
                + select
                + " from read_parquet("
                + DuckDb.literal(run.resolve("indices").resolve("*").resolve("*.parquet"))
                + ", hive_partitioning = true) where year = "
                + YEAR
                + " order by district_id")
        .forEach(out::add);
    return out;
  }

  @Test
  void theDeliveryAloneGivesTheFullRunsMssClassesAndIndices() throws Exception {
    assertThat(exit).as(said).isZero();
    assertThat(negative).as("negative changes in the delivery").isGreaterThan(50);
    String mss =
        "mss_status_index, mss_status_class, mss_dynamic_index, mss_dynamic_class, mss_code";
    Map<String, JsonNode> expected = new HashMap<>();
    rows(full, mss).forEach(r -> expected.put(r.get("district_id").asText(), r));
    List<JsonNode> got = rows(delivered, mss);
    assertThat(got).hasSize(expected.size());
    int coded = 0;
    for (JsonNode r : got) {
      JsonNode e = expected.get(r.get("district_id").asText());
      for (String code : List.of("mss_status_class", "mss_dynamic_class", "mss_code")) {
        assertThat(r.get(code)).as(r.get("district_id") + " " + code).isEqualTo(e.get(code));
      }
      for (String index : List.of("mss_status_index", "mss_dynamic_index")) {
        if (e.get(index).isNull()) {
          assertThat(r.get(index).isNull()).isTrue();
        } else {
          assertThat(r.get(index).asDouble()).isCloseTo(e.get(index).asDouble(), within(1e-9));
        }
      }
      coded += r.get("mss_code").isNull() ? 0 : 1;
    }
    assertThat(coded).as("districts with a combined MSS code").isGreaterThan(50);
  }

  @Test
  void theDeliverysOwnVerdictDecidesValidityAsTheFullRunsResidentsDid() throws Exception {
    assertThat(exit).as(said).isZero();
    assertThat(invalid).as("districts the full run found below the minimum").isPositive();
    Map<String, String> expected = new HashMap<>();
    rows(full, "validity")
        .forEach(r -> expected.put(r.get("district_id").asText(), r.get("validity").asText()));
    int compared = 0;
    for (JsonNode r :
        rows(delivered, "validity, validity_reason, validity_delivered, population")) {
      boolean valid = expected.get(r.get("district_id").asText()).equals("valid");
      assertThat(r.get("validity_delivered").asText()).isEqualTo(valid ? "gültig" : "ungültig");
      assertThat(r.get("validity").asText()).isEqualTo(valid ? "valid" : "invalid_by_delivery");
      if (!valid) {
        assertThat(r.get("validity_reason").asText()).isEqualTo("KOM = ungültig in the delivery");
      }
      assertThat(r.get("population").isNull()).as("no residents delivered").isTrue();
      compared++;
    }
    assertThat(compared).isEqualTo(expected.size());
    JsonNode summary =
        new ObjectMapper().readTree(delivered.resolve("quality/summary.json").toFile());
    assertThat(summary.at("/validity_by_year/" + YEAR + "/invalid_by_delivery").asInt())
        .isEqualTo(invalid);
    assertThat(summary.at("/validity_by_year/" + YEAR + "/valid").asInt())
        .isEqualTo(expected.size() - invalid);
    assertThat(summary.at("/validity_rules/delivered/column").asText()).isEqualTo("KOM");
    assertThat(summary.at("/validity_rules/min_population").asInt()).isZero();
  }

  @Test
  void disclosureFalseWithholdsNothing() throws Exception {
    JsonNode suppressed =
        new ObjectMapper()
            .readTree(full.resolve("quality/summary.json").toFile())
            .get("suppressed");
    assertThat(suppressed.get("enabled").asBoolean()).isFalse();
    for (String cells : List.of("primary_cells", "denominator_cells", "secondary_cells")) {
      assertThat(suppressed.get(cells).asLong()).as(cells).isZero();
    }
    assertThat(
            rows(full, "kinderarmut_flag").stream()
                .filter(r -> !r.get("kinderarmut_flag").isNull()))
        .isEmpty();
  }

  @Test
  void nothingIsPublishedThatTheDeliveryDidNotHave() throws Exception {
    assertThat(exit).as(said).isZero();
    try (Stream<Path> years = Files.list(delivered.resolve("indices"))) {
      assertThat(years.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("year=")))
          .containsExactly("year=" + YEAR);
    }
    JsonNode dictionary =
        new ObjectMapper().readTree(delivered.resolve("dictionary.json").toFile()).get("columns");
    // the delivered change is the dynamic's input; no change is computed from a single year
    assertThat(dictionary.has("mss_z_d_kinderarmut")).isTrue();
    assertThat(dictionary.has("mss_z_kinderarmut_change")).isFalse();
    assertThat(dictionary.at("/d_kinderarmut/unit").asText()).isEqualTo("Prozentpunkte");
    assertThat(
            rows(delivered, "kinderarmut_change").stream()
                .filter(r -> !r.get("kinderarmut_change").isNull()))
        .isEmpty();
  }

  @Test
  void aChangeOutsideItsDeclaredRangeIsRejectedWithItsLine(@TempDir Path dir) throws Exception {
    assertThat(exit).as(said).isZero();
    Path table = delivered.getParent().getParent().resolve("mss_lieferung.csv");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(table));
    String[] f = lines.get(3).split(";", -1);
    f[4] = "-250,0";
    lines.set(3, String.join(";", f));
    String[] g = lines.get(4).split(";", -1);
    g[2] = "ungueltig";
    lines.set(4, String.join(";", g));
    Path broken = Files.write(dir.resolve("mss_lieferung.csv"), lines);
    String config =
        Files.readString(delivered.getParent().getParent().resolve("mss.yaml"))
            .replace(table.toString(), broken.toString());
    Path c = Files.writeString(dir.resolve("mss.yaml"), config);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.PrintStream was = System.out;
    System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      MonitorCli.execute("validate", "--config", c.toString());
    } finally {
      System.setOut(was);
    }
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains(
            "REJECT  mss_lieferung.csv, line 4, column 'Veränderung kinderarmut': value_out_of_range:"
                + " value -250,0 lies outside its declared range -100 … 100",
            "REJECT  mss_lieferung.csv, line 5, column 'KOM': unknown_validity_value: 'ungueltig'"
                + " is neither valid [gültig] nor invalid [ungültig] (validity.column); did you mean"
                + " 'ungültig'?");
  }
}
