package de.sozialraum.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code validate} is the run up to the quality gate: a configuration it passes must not make
 * {@code run} fail on configuration (exit 1, an internal error). The sample's configuration (three
 * years, to keep each run short) is varied by seeded combinations of its optional settings, each of
 * which leaves out or changes a part that other sections may refer to (parents, presets, targets,
 * offers, the report, life phases, outputs).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidateAgreesWithRunTest {

  /** The optional settings varied, each a change to the sample's configuration. */
  private static final Map<String, Consumer<ObjectNode>> SETTINGS = new LinkedHashMap<>();

  static {
    SETTINGS.put("no parent name", c -> geometry(c).remove("parent_name_field"));
    SETTINGS.put(
        "no municipalities",
        c -> {
          geometry(c).remove(List.of("parent_id_field", "parent_name_field"));
          // a goal for a municipality needs municipalities: validate refuses it (checked by "no
          // parent name" alone)
          for (int i = c.path("targets").size() - 1; i >= 0; i--) {
            if ("municipality".equals(c.get("targets").get(i).path("scope").asText())) {
              ((com.fasterxml.jackson.databind.node.ArrayNode) c.get("targets")).remove(i);
            }
          }
        });
    SETTINGS.put("report year 2020", c -> report(c).put("year", 2020));
    SETTINGS.put("report year outside", c -> report(c).put("year", 2016));
    SETTINGS.put("no report", c -> report(c).put("enabled", false));
    SETTINGS.put(
        "no municipality frame",
        c -> ((ObjectNode) c.get("index")).put("municipality_frame", false));
    SETTINGS.put("no supply", c -> c.remove("supply"));
    SETTINGS.put("no targets", c -> c.remove("targets"));
    SETTINGS.put(
        "no life phases",
        c -> ((ObjectNode) c.get("index")).putObject("life_phases").put("enabled", false));
    SETTINGS.put(
        "mss only",
        c -> {
          ((ObjectNode) c.get("index").get("presets")).retain("mss");
          ((ObjectNode) c.get("spatial").get("statistics"))
              .putArray("variables")
              .add("mss_status_index");
        });
    SETTINGS.put(
        "one spatial variable",
        c ->
            ((ObjectNode) c.get("spatial").get("statistics"))
                .putArray("variables")
                .add("kinderarmut"));
    SETTINGS.put("no geojson", c -> c.putObject("outputs").put("geojson", false));
    SETTINGS.put(
        "dynamics over five years", c -> ((ObjectNode) c.get("index")).put("dynamic_years", 5));
    SETTINGS.put("no categories", c -> ((ObjectNode) c.get("disclosure")).remove("categories"));
  }

  @TempDir Path dir;

  /** Eight combinations, each setting in about a third of them, drawn with a fixed seed. */
  static Stream<List<String>> combinations() {
    SplittableRandom random = new SplittableRandom(20_261_201L);
    List<List<String>> out = new ArrayList<>();
    List<String> names = new ArrayList<>(SETTINGS.keySet());
    while (out.size() < 8) {
      List<String> pick = names.stream().filter(n -> random.nextInt(3) == 0).toList();
      if (!pick.isEmpty() && !out.contains(pick)) {
        out.add(pick);
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("combinations")
  void aConfigurationValidatePassesDoesNotFailTheRunOnConfiguration(List<String> settings)
      throws Exception {
    ObjectNode c = SampleConfig.read();
    c.putObject("years").put("from", 2019).put("to", 2021);
    report(c).put("pdf", false);
    settings.forEach(s -> SETTINGS.get(s).accept(c));
    Path config = dir.resolve(String.join("-", settings).replaceAll("[^a-z0-9]+", "_") + ".yaml");
    SampleConfig.write(c, config);
    Said validate = execute("validate", "--config", config.toString());
    if (validate.exit() != MonitorCli.OK) {
      System.out.println("validate-vs-run " + settings + ": validate exit " + validate.exit());
      assertThat(validate.exit())
          .as(validate.text())
          .isIn(MonitorCli.INVALID, MonitorCli.QUALITY_GATE);
      return;
    }
    Said run =
        execute(
            "run",
            "--config",
            config.toString(),
            "--out",
            dir.resolve("out").toString(),
            "--force");
    System.out.println("validate-vs-run " + settings + ": validate exit 0, run exit " + run.exit());
    assertThat(run.exit())
        .as("validate passed, but the run said:%n%s", run.text())
        .isIn(MonitorCli.OK, MonitorCli.QUALITY_GATE);
  }

  private record Said(int exit, String text) {}

  private static Said execute(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    int exit;
    try (PrintStream capture = new PrintStream(said, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      exit = MonitorCli.execute(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return new Said(exit, said.toString(StandardCharsets.UTF_8));
  }

  private static ObjectNode geometry(ObjectNode c) {
    return (ObjectNode) c.get("geometry");
  }

  private static ObjectNode report(ObjectNode c) {
    return c.has("report") ? (ObjectNode) c.get("report") : c.putObject("report");
  }
}
