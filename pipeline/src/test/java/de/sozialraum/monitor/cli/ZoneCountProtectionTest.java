package de.sozialraum.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.monitor.DuckDb;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counts delivered per school district are protected there before they are moved: the sample's
 * transitions with one school district's Gymnasium transitions set to 2 (of 9) in 2020. Whatever
 * share of those 2 each social space receives is withheld there (flag {@code suppressed_zone}); the
 * same school district's 2021 count is published.
 */
class ZoneCountProtectionTest {

  private static final String ZONE = "GS-05978024-01";

  @Test
  void aSmallZoneCountIsWithheldInEverySocialSpaceItReaches(@TempDir Path dir) throws Exception {
    ObjectNode c = SampleConfig.read();
    c.putObject("years").put("from", 2020).put("to", 2021);
    ((ObjectNode) c.get("report")).put("enabled", false);
    c.remove("targets");
    ObjectNode transitions = (ObjectNode) c.get("tables").get(4);
    Path source = Path.of(transitions.get("path").asText());
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
      lines.add(line.startsWith(ZONE + ";2020;") ? ZONE + ";2020;9;2" : line);
    }
    assertThat(lines).contains(ZONE + ";2020;9;2");
    transitions.put(
        "path",
        Files.write(dir.resolve(source.getFileName()), lines, StandardCharsets.UTF_8).toString());
    Path out = dir.resolve("out");
    assertThat(
            MonitorCli.execute(
                "run",
                "--config",
                SampleConfig.write(c, dir.resolve("config.yaml")).toString(),
                "--out",
                out.toString()))
        .isZero();
    Path run = out.resolve("latest");
    String t =
        "read_parquet("
            + DuckDb.literal(run.resolve("indices").resolve("*").resolve("*.parquet"))
            + ", hive_partitioning = true)";
    JsonNode zoned =
        DuckDb.query(
            "select district_id, year::integer as year, gymnasialuebergang_numerator as n, gymnasialuebergang as rate from "
                + t
                + " where gymnasialuebergang_flag = 'suppressed_zone'");
    assertThat(zoned).as("the social spaces reached by the 2 transitions").isNotEmpty();
    for (JsonNode r : zoned) {
      assertThat(r.get("year").asInt()).isEqualTo(2020);
      assertThat(r.get("n").isNull() && r.get("rate").isNull()).as(r.toString()).isTrue();
    }
    JsonNode summary = new ObjectMapper().readTree(run.resolve("quality/summary.json").toFile());
    assertThat(summary.at("/suppressed/zone_cells").asLong()).isEqualTo(zoned.size());
  }
}
