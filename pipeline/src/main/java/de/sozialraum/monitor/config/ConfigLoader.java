package de.sozialraum.monitor.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.sozialraum.monitor.util.Digests;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a YAML configuration, validates it against {@code config/schema.json} and then against the
 * rules a schema cannot express (every indicator's variables exist, index indicators are defined,
 * files exist). All problems are collected and reported together, each with its path, so a planner
 * fixes the file in one go.
 */
public final class ConfigLoader {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The base schema with every registered index method's section in it. */
  private static final JsonNode SCHEMA_TREE = PresetSections.complete(loadSchemaTree());

  private static final List<String> LAYER_FIELDS =
      List.of("path", "format", "crs", "encoding", "delimiter", "wkt_column");

  /**
   * Snake-case properties, enums by their configuration spelling; a primitive setting without a
   * value is an error, not a silent zero, because every one has a default in the schema.
   */
  private static final ObjectReader BINDER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build()
          .readerFor(MonitorConfig.class);

  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SCHEMA_TREE);

  private ConfigLoader() {}

  private static JsonNode loadSchemaTree() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream("/schema.json")) {
      if (in == null) {
        throw new IllegalStateException(
            "schema.json is missing from the classpath (it is packaged from config/schema.json)");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the configuration schema", e);
    }
  }

  public static MonitorConfig load(Path file) throws ConfigException {
    Path abs = file.toAbsolutePath().normalize();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(abs);
    } catch (IOException e) {
      throw new ConfigException(
          file.toString(), List.of("cannot read the file: " + e.getMessage()));
    }
    JsonNode root;
    try {
      root = YAML.readTree(bytes);
    } catch (IOException e) {
      throw new ConfigException(
          file.toString(),
          List.of("not valid YAML: " + e.getMessage().lines().findFirst().orElse("")));
    }
    if (root == null || !root.isObject()) {
      throw new ConfigException(
          file.toString(), List.of("the file is empty or not a YAML mapping"));
    }
    Set<String> problems = new TreeSet<>();
    for (ValidationMessage m : SCHEMA.validate(root)) {
      problems.add(m.getInstanceLocation() + ": " + m.getMessage().replaceFirst("^\\$[^:]*: ", ""));
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(file.toString(), new ArrayList<>(problems));
    }
    MonitorConfig config = bind(root, abs, Digests.sha256(bytes));
    List<String> semantic = new ArrayList<>();
    checkReferences(config, semantic);
    if (!semantic.isEmpty()) {
      throw new ConfigException(file.toString(), semantic);
    }
    return config;
  }

  /**
   * The configuration a published run was made with, as its manifest records it. Its input files
   * are not checked: a report is rebuilt from the run's outputs, and the inputs may have changed or
   * moved since.
   */
  public static MonitorConfig ofPublished(JsonNode content, Path file, String sha256) {
    return bind(content, file.toAbsolutePath().normalize(), sha256);
  }

  /**
   * Binds a valid configuration: its omitted settings taken from the schema's defaults (the only
   * place they are written), its paths resolved against the file's folder, each section into its
   * record.
   */
  private static MonitorConfig bind(JsonNode given, Path file, String sha) {
    ObjectNode copy = (ObjectNode) given.deepCopy();
    if (copy.path("spatial") instanceof ObjectNode spatial
        && spatial.path("statistics").isBoolean()) {
      // short forms: `true` the defaults, `false` no variables
      if (spatial.get("statistics").asBoolean()) {
        spatial.putObject("statistics");
      } else {
        spatial.putObject("statistics").putArray("variables");
      }
    }
    ObjectNode r = (ObjectNode) new SchemaDefaults(SCHEMA_TREE).fill(copy);
    Path dir = file.getParent();
    resolve(r.path("geometry"), "path", dir);
    r.path("tables")
        .forEach(
            t -> {
              resolve(t, "path", dir);
              JsonNode z = t.path("zoning");
              resolve(z, "path", dir);
              resolve(z.path("population"), "path", dir);
              nestLayer(z.path("population"));
              nestLayer(z);
            });
    resolve(r.path("supply"), "path", dir);
    nestLayer(r.path("supply"));
    resolve(r.path("report"), "logo", dir);
    try {
      return BINDER.<MonitorConfig>readValue(r).readFrom(file, sha);
    } catch (IOException e) {
      // the schema admits only what the records take: a mismatch is the product's fault
      throw new IllegalStateException(
          "config/schema.json and MonitorConfig disagree: " + e.getMessage(), e);
    }
  }

  private static void resolve(JsonNode section, String field, Path dir) {
    if (section instanceof ObjectNode o && o.hasNonNull(field)) {
      o.put(field, dir.resolve(o.get(field).asText()).normalize().toString());
    }
  }

  /**
   * A section that is a vector layer plus settings of its own (a zoning, its residents, the offers)
   * writes the layer's fields beside its own; its record holds them as one {@link
   * MonitorConfig.Layer}.
   */
  private static void nestLayer(JsonNode section) {
    if (section instanceof ObjectNode o) {
      ObjectNode layer = o.objectNode();
      for (String f : LAYER_FIELDS) {
        if (o.has(f)) {
          layer.set(f, o.remove(f));
        }
      }
      o.set("layer", layer);
    }
  }

  private static void checkReport(MonitorConfig c, List<String> problems) {
    MonitorConfig.Report r = c.report();
    if (r.logo() != null) {
      if (!Files.isRegularFile(r.logo())) {
        problems.add("/report/logo: file not found: " + r.logo());
      } else if (!r.logo()
          .getFileName()
          .toString()
          .toLowerCase(java.util.Locale.ROOT)
          .matches(".*\\.(svg|png|jpe?g)")) {
        problems.add(
            "/report/logo: '" + r.logo().getFileName() + "' is not an SVG, PNG or JPEG file");
      }
    }
    if (r.year() != null && c.years() != null && !c.years().contains(r.year())) {
      problems.add(
          "/report/year: "
              + r.year()
              + " is outside the run's years "
              + c.years().from()
              + "–"
              + c.years().to());
    }
    for (String key : r.labels().keySet()) {
      if (!de.sozialraum.monitor.config.ReportTexts.KEYS.contains(key)) {
        problems.add(
            "/report/labels/"
                + key
                + ": not a text of the report; known: "
                + de.sozialraum.monitor.config.ReportTexts.KEYS);
      }
    }
  }

  /**
   * A zoned table's layers must exist, and it may carry counts only: a percentage cannot be split
   * by area.
   */
  private static void checkZoning(MonitorConfig.Table table, String at, List<String> problems) {
    MonitorConfig.Zoning z = table.zoning();
    if (!Files.isRegularFile(z.layer().file())) {
      problems.add(at + "/path: file not found: " + z.layer().file());
    }
    if (z.population() != null && !Files.isRegularFile(z.population().layer().file())) {
      problems.add(at + "/population/path: file not found: " + z.population().layer().file());
    }
    if (!table.rates().isEmpty()) {
      problems.add(
          at
              + ": a zoned table may carry counts only, but declares rates "
              + table.rates()
              + "; deliver their numerators and denominators instead, the rates are recomputed after moving");
    }
  }

  /** Cross-references a schema cannot check. */
  private static void checkReferences(MonitorConfig c, List<String> problems) {
    if (!Files.isRegularFile(c.geometry().path())) {
      problems.add("/geometry/path: file not found: " + c.geometry().path());
    }
    if ((c.geometry().parentIdField() == null) != (c.geometry().parentNameField() == null)) {
      problems.add(
          "/geometry: parent_id_field and parent_name_field go together (the municipality's id and its name, which the "
              + "aggregates, the rankings and the report show); give both or neither");
    }
    checkReport(c, problems);
    Map<String, String> variables = new LinkedHashMap<>();
    Set<String> tableIds = new LinkedHashSet<>();
    for (int t = 0; t < c.tables().size(); t++) {
      MonitorConfig.Table table = c.tables().get(t);
      if (!tableIds.add(table.id())) {
        problems.add("/tables/" + t + "/id: '" + table.id() + "' is used twice");
      }
      if (!Files.exists(table.file())) {
        problems.add("/tables/" + t + "/path: file not found: " + table.file());
      }
      try {
        Charset.forName(table.encoding());
      } catch (IllegalArgumentException e) {
        problems.add("/tables/" + t + "/encoding: unknown encoding '" + table.encoding() + "'");
      }
      Set<String> declared = table.delivered();
      if (table.zoning() != null) {
        checkZoning(table, "/tables/" + t + "/zoning", problems);
      }
      for (String rate : table.rates()) {
        if (!declared.contains(rate)) {
          problems.add(
              "/tables/"
                  + t
                  + "/rates: '"
                  + rate
                  + "' is not one of this table's variables "
                  + declared);
        }
      }
      for (String var : declared) {
        String before = variables.putIfAbsent(var, table.id());
        if (before != null) {
          problems.add(
              "/tables/"
                  + t
                  + ": variable '"
                  + var
                  + "' is also delivered by table '"
                  + before
                  + "'");
        }
      }
    }
    if (!variables.containsKey(c.population().variable())) {
      problems.add(
          "/population/variable: '"
              + c.population().variable()
              + "' is not delivered by any table");
    }
    Set<String> indicatorIds = new LinkedHashSet<>();
    for (int i = 0; i < c.indicators().size(); i++) {
      MonitorConfig.Indicator ind = c.indicators().get(i);
      if (!indicatorIds.add(ind.id())) {
        problems.add("/indicators/" + i + "/id: '" + ind.id() + "' is used twice");
      }
      List<String> used = new ArrayList<>(ind.numerator());
      used.addAll(ind.denominator());
      if (ind.value() != null) {
        used.add(ind.value());
      }
      for (String var : used) {
        if (!variables.containsKey(var)) {
          problems.add(
              "/indicators/" + i + ": variable '" + var + "' is not delivered by any table");
        }
      }
    }
    checkPresets(c, indicatorIds, problems);
    checkTargets(c, problems);
    if (c.supply() != null) {
      if (!Files.isRegularFile(c.supply().file())) {
        problems.add("/supply/path: file not found: " + c.supply().file());
      }
      c.supply()
          .targetGroups()
          .forEach(
              (phase, group) -> {
                if (!c.population().groups().containsKey(group)) {
                  problems.add(
                      "/supply/target_groups/"
                          + phase
                          + ": '"
                          + group
                          + "' is not a group under /population/groups");
                }
              });
      for (int i = 0; i < c.supply().gaps().size(); i++) {
        String phase = c.supply().gaps().get(i).phase();
        if (!c.supply().targetGroups().containsKey(phase)) {
          problems.add(
              "/supply/gaps/"
                  + i
                  + "/phase: '"
                  + phase
                  + "' has no target group under /supply/target_groups");
        }
      }
    }
    for (int i = 0; i < c.disclosure().categories().size(); i++) {
      for (String id : c.disclosure().categories().get(i).indicators()) {
        if (c.indicators().stream().noneMatch(x -> x.id().equals(id) && x.isRatio())) {
          problems.add(
              "/disclosure/categories/"
                  + i
                  + ": '"
                  + id
                  + "' is not a count indicator (numerator/denominator) under /indicators");
        }
      }
    }
    Set<String> groupVars = new LinkedHashSet<>();
    c.population().groups().values().forEach(groupVars::addAll);
    for (String var : groupVars) {
      if (!variables.containsKey(var)) {
        problems.add("/population/groups: variable '" + var + "' is not delivered by any table");
      }
    }
    for (String id : c.classification().variables().keySet()) {
      if (!indicatorIds.contains(id)) {
        problems.add(
            "/classification/variables/" + id + ": not an indicator defined under /indicators");
      }
    }
    for (Map.Entry<String, MonitorConfig.ClassSpec> e : c.classification().variables().entrySet()) {
      List<Double> t = e.getValue().thresholds();
      for (int i = 1; i < t.size(); i++) {
        if (t.get(i) <= t.get(i - 1)) {
          problems.add(
              "/classification/variables/"
                  + e.getKey()
                  + "/thresholds: must be strictly increasing");
          break;
        }
      }
    }
    if (c.years() != null && c.years().from() > c.years().to()) {
      problems.add(
          "/years: 'from' (" + c.years().from() + ") is after 'to' (" + c.years().to() + ")");
    }
  }

  private static void checkTargets(MonitorConfig c, List<String> problems) {
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < c.targets().size(); i++) {
      MonitorConfig.Target t = c.targets().get(i);
      String at = "/targets/" + i;
      if (!ids.add(t.id())) {
        problems.add(at + "/id: '" + t.id() + "' is used twice");
      }
      MonitorConfig.Indicator ind =
          c.indicators().stream()
              .filter(x -> x.id().equals(t.indicator()))
              .findFirst()
              .orElse(null);
      if (ind == null) {
        problems.add(at + "/indicator: '" + t.indicator() + "' is not defined under /indicators");
      } else if (t.scope() != Scope.DISTRICT && !ind.isRatio()) {
        problems.add(
            at
                + "/scope: a "
                + t.scope()
                + " value of '"
                + t.indicator()
                + "' needs counts (numerator/denominator) to be summed; "
                + "a delivered rate exists per district only");
      }
      if (t.targetYear() <= t.baselineYear()) {
        problems.add(
            at
                + "/target_year: "
                + t.targetYear()
                + " is not after the baseline year "
                + t.baselineYear());
      }
    }
  }

  private static void checkPresets(
      MonitorConfig c, Set<String> indicatorIds, List<String> problems) {
    c.index()
        .presets()
        .forEach(
            (name, p) -> {
              String at = "/index/presets/" + name;
              List<String> used = new ArrayList<>(p.indicators());
              used.addAll(p.dynamic());
              for (String id : used) {
                if (!indicatorIds.contains(id)) {
                  problems.add(at + ": indicator '" + id + "' is not defined under /indicators");
                }
              }
              if (p.indicators().isEmpty()) {
                problems.add(
                    at
                        + ": no indicators (give 'indicators', or a 'domain' to the indicators under /indicators)");
              }
              p.check(at, c, problems);
            });
    if (c.index().lifePhaseMethod() != null
        && !c.index().presets().containsKey(c.index().lifePhaseMethod())) {
      problems.add(
          "/index/life_phases/method: '"
              + c.index().lifePhaseMethod()
              + "' is not one of the presets "
              + c.index().presets().keySet());
    }
  }
}
