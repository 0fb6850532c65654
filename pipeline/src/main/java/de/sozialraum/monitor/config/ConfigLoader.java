package de.sozialraum.monitor.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.sozialraum.geodata.crs.ResolvedCrs;
import de.sozialraum.monitor.util.Digests;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a YAML configuration, validates it against {@code config/schema.json} and then against the
 * rules a schema cannot express (every indicator's variables exist, index indicators are defined,
 * files exist, the tables' columns are in their headers). All problems come in one round, each with
 * its line and column and the path of the setting, in the order of the file, with a "did you mean"
 * where a key, a choice or a reference is misspelt, so a planner fixes the file in one go.
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

  /** The checks later steps own, run in the same round. */
  private static final List<ConfigCheck> CHECKS =
      ServiceLoader.load(ConfigCheck.class, ConfigCheck.class.getClassLoader()).stream()
          .map(ServiceLoader.Provider::get)
          .toList();

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
      String where =
          e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                  && j.getLocation() != null
              ? "line "
                  + j.getLocation().getLineNr()
                  + ", column "
                  + j.getLocation().getColumnNr()
                  + ": "
              : "";
      throw new ConfigException(
          file.toString(),
          List.of(where + "not valid YAML: " + e.getMessage().lines().findFirst().orElse("")));
    }
    if (root == null || !root.isObject()) {
      throw new ConfigException(
          file.toString(), List.of("the file is empty or not a YAML mapping"));
    }
    ObjectNode repaired = (ObjectNode) root.deepCopy();
    List<String> problems = schemaProblems(root, repaired);
    JsonNode minimum = root.at("/validity/min_population");
    if (root.at("/population/variable").isMissingNode()
        && minimum.isNumber()
        && minimum.asInt() > 0) {
      problems.add(
          "/validity/min_population: "
              + minimum.asInt()
              + " needs the residents (population.variable), which this configuration does not"
              + " name; give the variable, or leave the rule out (it is then off)");
    }
    List<String> later = new ArrayList<>();
    MonitorConfig config = null;
    try {
      config = bind(repaired, abs, Digests.sha256(bytes));
      checkReferences(config, later);
      for (ConfigCheck check : CHECKS) {
        check.check(config, later);
      }
    } catch (RuntimeException e) {
      if (problems.isEmpty()) {
        throw e;
      }
      // a setting the schema refused left a section the checks cannot read: its own problem
      // stands for it, and the problems found before it are kept
    }
    Set<String> refused = new HashSet<>();
    problems.forEach(p -> refused.add(pointerOf(p)));
    later.stream().filter(p -> !refused.contains(pointerOf(p))).forEach(problems::add);
    if (!problems.isEmpty()) {
      throw new ConfigException(file.toString(), located(problems, YamlPositions.of(bytes)));
    }
    return config;
  }

  /**
   * The schema's findings, each as {@code <pointer>: <message>} with a "did you mean" where a key
   * or value is misspelt; {@code repaired} is changed so that it binds despite them (unknown keys
   * dropped, a misspelt choice replaced by the one meant), so the other checks run in the same
   * round.
   */
  private static List<String> schemaProblems(JsonNode root, ObjectNode repaired) {
    Map<JsonPointer, String> unknownKeys = new LinkedHashMap<>();
    List<ValidationMessage> required = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<ValidationMessage> messages = SCHEMA.validate(root);
    Set<String> choices = new HashSet<>();
    messages.stream()
        .filter(m -> m.getType().equals("oneOf"))
        .forEach(m -> choices.add(pointer(m.getInstanceLocation())));
    for (ValidationMessage m : messages) {
      String at = pointer(m.getInstanceLocation());
      if (!m.getType().equals("oneOf")
          && choices.contains(at)
          && m.getSchemaLocation().getFragment().contains("oneOf")) {
        continue; // one alternative's complaint: the choice below says what to give
      }
      switch (m.getType()) {
        case "oneOf" -> problems.add(at + ": " + choice(m.getSchemaNode()));
        case "additionalProperties" -> {
          String key = m.getProperty();
          List<String> known = schemaKeys(m);
          String meant = Suggestions.nearest(key, known).orElse(null);
          JsonPointer unknown = JsonPointer.compile(at).appendProperty(key);
          unknownKeys.put(unknown, meant);
          problems.add(
              unknown
                  + ": unknown key"
                  + (meant != null ? "; did you mean '" + meant + "'?" : "; known here: " + known));
          if (repaired.at(at) instanceof ObjectNode o) {
            o.remove(key);
          }
        }
        case "enum" -> {
          String given = m.getInstanceNode().asText();
          List<String> values = new ArrayList<>();
          m.getSchemaNode().forEach(v -> values.add(v.asText()));
          String meant = Suggestions.nearest(given, values).orElse(null);
          problems.add(
              at
                  + ": '"
                  + given
                  + "' is not one of "
                  + String.join(", ", values)
                  + (meant == null ? "" : "; did you mean '" + meant + "'?"));
          replace(repaired, at, meant != null ? meant : values.get(0));
        }
        case "required" -> required.add(m);
        case "type" -> {
          problems.add(at + ": " + message(m));
          replace(repaired, at, null);
        }
        default -> problems.add(at + ": " + message(m));
      }
    }
    for (ValidationMessage m : required) {
      String at = pointer(m.getInstanceLocation());
      // "titel" for "title" is one mistake, not an unknown key and a missing one
      boolean misspelt =
          unknownKeys.entrySet().stream()
              .anyMatch(
                  e ->
                      m.getProperty().equals(e.getValue())
                          && e.getKey().head().toString().equals(at));
      if (!misspelt) {
        problems.add(at + ": the required key '" + m.getProperty() + "' is missing");
      }
    }
    return problems;
  }

  /** "give numerator and denominator, or value (exactly one of these)", from the alternatives. */
  private static String choice(JsonNode alternatives) {
    List<String> each = new ArrayList<>();
    for (JsonNode alternative : alternatives) {
      List<String> keys = new ArrayList<>();
      alternative.path("required").forEach(k -> keys.add(k.asText()));
      each.add(String.join(" and ", keys));
    }
    return "give " + String.join(", or ", each) + " (exactly one of these)";
  }

  private static String message(ValidationMessage m) {
    return m.getMessage().replaceFirst("^\\$[^:]*: ", "");
  }

  /** The keys the schema knows in the section whose {@code additionalProperties} refused one. */
  private static List<String> schemaKeys(ValidationMessage m) {
    JsonNodePath keyword = m.getSchemaLocation().getFragment();
    JsonNode section = SCHEMA_TREE.at(pointer(keyword.getParent()));
    List<String> names = new ArrayList<>();
    section.path("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Puts {@code value} at {@code at}, or removes what is there for null. */
  private static void replace(ObjectNode tree, String at, String value) {
    JsonPointer p = JsonPointer.compile(at);
    if (p.matches()) {
      return; // the whole file: nothing to put in its place
    }
    JsonNode parent = tree.at(p.head());
    JsonPointer last = p.last();
    if (parent instanceof ObjectNode o) {
      if (value == null) {
        o.remove(last.getMatchingProperty());
      } else {
        o.put(last.getMatchingProperty(), value);
      }
    } else if (parent instanceof ArrayNode a && last.mayMatchElement()) {
      a.set(last.getMatchingIndex(), value == null ? a.nullNode() : a.textNode(value));
    }
  }

  /** A schema path as a JSON pointer, as the file's positions and the other checks name it. */
  private static String pointer(JsonNodePath path) {
    JsonPointer p = JsonPointer.empty();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object e = path.getElement(i);
      p = e instanceof Integer index ? p.appendIndex(index) : p.appendProperty(e.toString());
    }
    return p.toString();
  }

  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

  private static final Pattern LEADING_POINTER = Pattern.compile("^(/\\S*?): ");

  /** The setting a problem names, empty for the top level. */
  private static String pointerOf(String problem) {
    Matcher m = LEADING_POINTER.matcher(problem);
    return m.find() ? m.group(1) : "";
  }

  /**
   * The problems in the order of the file, each prefixed by the line and column of the setting it
   * names, so they are fixed top to bottom.
   */
  private static List<String> located(List<String> problems, YamlPositions positions) {
    record Located(YamlPositions.Position at, String text) {}
    List<Located> out = new ArrayList<>();
    for (String p : problems) {
      String text = p.startsWith(": ") ? "/" + p : p;
      Matcher quoted = QUOTED.matcher(p);
      out.add(
          new Located(positions.at(pointerOf(p), quoted.find() ? quoted.group(1) : null), text));
    }
    out.sort(
        Comparator.comparing(
                (Located l) -> l.at(),
                Comparator.nullsLast(
                    Comparator.comparingInt(YamlPositions.Position::line)
                        .thenComparingInt(YamlPositions.Position::column)))
            .thenComparing(Located::text));
    return out.stream().map(l -> l.at() == null ? l.text() : l.at() + ": " + l.text()).toList();
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
    if (copy.path("geometry").isMissingNode() && copy.at("/spatial/neighbours").isMissingNode()) {
      // no boundaries, no contiguity: only a weights file could give neighbours
      copy.with("spatial").put("neighbours", Neighbourhood.NONE.toString());
    }
    if (copy.at("/spatial/neighbours").asText("").equals(Neighbourhood.NONE.toString())
        && copy.at("/spatial/statistics").isMissingNode()) {
      copy.with("spatial").put("statistics", false);
    }
    if (copy.path("spatial") instanceof ObjectNode spatial
        && spatial.path("statistics").isBoolean()) {
      // short forms: `true` the defaults, `false` no variables
      if (spatial.get("statistics").asBoolean()) {
        spatial.putObject("statistics");
      } else {
        spatial.putObject("statistics").putArray("variables");
      }
    }
    if (copy.at("/geometry/crs").asText("").trim().equalsIgnoreCase(ResolvedCrs.PLANAR)
        && copy.path("working_crs").isMissingNode()) {
      // data of no known CRS stay in their plane: the default working CRS would need a transform
      copy.put("working_crs", ResolvedCrs.PLANAR);
    }
    if (copy.path("disclosure").isBoolean()) {
      // short forms: `true` the defaults, `false` no rule withholds anything (open data)
      boolean on = copy.get("disclosure").asBoolean();
      ObjectNode d = copy.putObject("disclosure");
      if (!on) {
        d.put("min_count", 1).put("min_denominator", 0);
      }
    }
    if (copy.at("/population/variable").isMissingNode()
        && copy.at("/validity/min_population").isMissingNode()) {
      // no residents, no minimum of them: the rule's default would make every district invalid
      copy.with("validity").put("min_population", 0);
    }
    ObjectNode r = (ObjectNode) new SchemaDefaults(SCHEMA_TREE).fill(copy);
    Path dir = file.getParent();
    resolve(r.path("geometry"), "path", dir);
    resolve(r.path("districts"), "path", dir);
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
    resolve(r.path("spatial").path("neighbours_file"), "path", dir);
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
    List<String> further = new ArrayList<>(c.index().presets().keySet());
    if (!further.isEmpty()) {
      further.remove(0);
    }
    for (int i = 0; i < r.presets().size(); i++) {
      String name = r.presets().get(i);
      if (!further.contains(name)) {
        String meant = Suggestions.nearest(name, further).orElse(null);
        problems.add(
            "/report/presets/"
                + i
                + ": '"
                + name
                + "' is not one of the further presets of index.presets "
                + further
                + (meant != null ? "; did you mean '" + meant + "'?" : ""));
      }
    }
    r.labels()
        .forEach(
            (key, text) -> {
              // Excel refuses a sheet name that is longer or holds one of these
              if (key.startsWith("sheet_")
                  && (text.length() > 31 || text.matches(".*[\\[\\]:*?/\\\\].*"))) {
                problems.add(
                    "/report/labels/"
                        + key
                        + ": '"
                        + text
                        + "' cannot name a worksheet: at most 31 characters, none of [ ] : * ? / \\");
              }
            });
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

  private static void checkGeometry(MonitorConfig c, List<String> problems) {
    if (!Files.isRegularFile(c.geometry().path())) {
      problems.add("/geometry/path: file not found: " + c.geometry().path());
    }
    if ((c.geometry().parentIdField() == null) != (c.geometry().parentNameField() == null)) {
      problems.add(
          "/geometry: parent_id_field and parent_name_field go together (the municipality's id and its name, which the "
              + "aggregates, the rankings and the report show); give both or neither");
    }
    if (c.districts() != null) {
      problems.add(
          "/districts: the districts come from geometry; a plain list is for a run without geometry, give one of them");
    }
  }

  /** A run without boundaries may configure nothing that needs them. */
  private static void checkWithoutGeometry(MonitorConfig c, List<String> problems) {
    MonitorConfig.DistrictList d = c.districts();
    if (d != null) {
      if (!Files.isRegularFile(d.path())) {
        problems.add("/districts/path: file not found: " + d.path());
      }
      if ((d.parentIdColumn() == null) != (d.parentNameColumn() == null)) {
        problems.add(
            "/districts: parent_id_column and parent_name_column go together; give both or neither");
      }
    }
    String without = " needs district geometry, and the configuration has none";
    if (c.spatial().neighbours().needsGeometry()) {
      problems.add(
          "/spatial/neighbours: '"
              + c.spatial().neighbours()
              + "'"
              + without
              + "; use none, or file with a weights file (neighbours_file)");
    }
    if (c.supply() != null) {
      problems.add("/supply: placing offers in districts" + without + "; remove the section");
    }
    for (int t = 0; t < c.tables().size(); t++) {
      if (c.tables().get(t).zoning() != null) {
        problems.add(
            "/tables/"
                + t
                + "/zoning: moving counts between zonings"
                + without
                + "; deliver the table by district");
      }
    }
  }

  /** Cross-references a schema cannot check. */
  private static void checkReferences(MonitorConfig c, List<String> problems) {
    if (c.hasGeometry()) {
      checkGeometry(c, problems);
    } else {
      checkWithoutGeometry(c, problems);
    }
    checkReport(c, problems);
    List<String> spatialVariables = c.spatial().statistics().variables();
    if (c.spatial().neighbours() == Neighbourhood.NONE
        && (spatialVariables == null || !spatialVariables.isEmpty())) {
      problems.add(
          "/spatial/statistics: Moran's I, LISA and Gi* need neighbours, and neighbours is none; "
              + "set statistics: false, or give a weights file (neighbours: file)");
    }
    MonitorConfig.NeighboursFile nf = c.spatial().neighboursFile();
    if (nf != null) {
      if (c.spatial().neighbours() != Neighbourhood.FILE) {
        problems.add(
            "/spatial/neighbours_file: is read only with neighbours: file (now: "
                + c.spatial().neighbours()
                + ")");
      }
      if (!Files.isRegularFile(nf.file())) {
        problems.add("/spatial/neighbours_file/path: file not found: " + nf.file());
      } else if (nf.format() == null
          && !nf.file().getFileName().toString().matches("(?i).*\\.(gal|gwt|csv)")) {
        problems.add(
            "/spatial/neighbours_file/path: '"
                + nf.file().getFileName()
                + "' does not end in .gal, .gwt or .csv; give its format");
      }
    }
    Map<String, String> variables = new LinkedHashMap<>();
    Set<String> tableIds = new LinkedHashSet<>();
    Set<String> ranged = new LinkedHashSet<>();
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
        problems.add(
            "/tables/"
                + t
                + "/encoding: unknown encoding '"
                + table.encoding()
                + "'"
                + Suggestions.hint(table.encoding(), Charset.availableCharsets().keySet()));
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
                  + declared
                  + Suggestions.hint(rate, declared));
        }
      }
      checkRanges(table, "/tables/" + t, ranged, problems);
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
    checkValidityColumn(c, problems);
    if (ranged.contains(c.population().variable())) {
      problems.add(notSummed("/population/variable", c.population().variable()));
    }
    if (c.population().isDelivered() && !variables.containsKey(c.population().variable())) {
      problems.add(
          "/population/variable: '"
              + c.population().variable()
              + "' is not delivered by any table"
              + Suggestions.hint(c.population().variable(), variables.keySet()));
    }
    Set<String> indicatorIds = new LinkedHashSet<>();
    for (int i = 0; i < c.indicators().size(); i++) {
      MonitorConfig.Indicator ind = c.indicators().get(i);
      if (!indicatorIds.add(ind.id())) {
        problems.add("/indicators/" + i + "/id: '" + ind.id() + "' is used twice");
      }
      for (String var : ind.numerator()) {
        if (ranged.contains(var)) {
          problems.add(notSummed("/indicators/" + i + "/numerator", var));
        }
      }
      for (String var : ind.denominator()) {
        if (ranged.contains(var)) {
          problems.add(notSummed("/indicators/" + i + "/denominator", var));
        }
      }
      if (!ind.unit().isShare() && ind.isRatio()) {
        problems.add(
            "/indicators/"
                + i
                + "/unit: "
                + ind.unit().key()
                + " is the unit of a delivered change or score (a 'value' of a"
                + " variable under a table's ranges); a numerator over a denominator is a share:"
                + " percent or per_mille");
      }
      List<String> used = new ArrayList<>(ind.numerator());
      used.addAll(ind.denominator());
      if (ind.value() != null) {
        used.add(ind.value());
      }
      for (String var : used) {
        if (!variables.containsKey(var)) {
          problems.add(
              "/indicators/"
                  + i
                  + ": variable '"
                  + var
                  + "' is not delivered by any table"
                  + Suggestions.hint(var, variables.keySet()));
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
      if (ranged.contains(var)) {
        problems.add(notSummed("/population/groups", var));
      }
      if (!variables.containsKey(var)) {
        problems.add(
            "/population/groups: variable '"
                + var
                + "' is not delivered by any table"
                + Suggestions.hint(var, variables.keySet()));
      }
    }
    for (String id : c.classification().variables().keySet()) {
      if (!indicatorIds.contains(id)) {
        problems.add(
            "/classification/variables/"
                + id
                + ": not an indicator defined under /indicators"
                + Suggestions.hint(id, indicatorIds));
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

  /**
   * A ranged variable must be one of the table's own, neither a rate too nor a count to be moved to
   * another zoning, and its range must hold a value.
   */
  private static void checkRanges(
      MonitorConfig.Table table, String at, Set<String> ranged, List<String> problems) {
    table
        .ranges()
        .forEach(
            (var, range) -> {
              String here = at + "/ranges/" + var;
              if (!table.delivered().contains(var)) {
                problems.add(
                    here
                        + ": '"
                        + var
                        + "' is not one of this table's variables "
                        + table.delivered()
                        + Suggestions.hint(var, table.delivered()));
              }
              if (table.isRate(var)) {
                problems.add(
                    here
                        + ": '"
                        + var
                        + "' is also listed under rates; a variable is a rate (0–100) or a value"
                        + " with its own range, not both");
              }
              if (range.min() != null && range.max() != null && range.min() > range.max()) {
                problems.add(here + ": min " + range.min() + " is above max " + range.max());
              }
              ranged.add(var);
            });
    if (table.zoning() != null && !table.ranges().isEmpty()) {
      problems.add(
          at
              + "/ranges: a zoned table may carry counts only; a plain value cannot be split by"
              + " area or residents");
    }
  }

  /**
   * The delivered validity comes from a wide table of social spaces (a zoned table's keys are other
   * zones, a long table's rows other variables), and no value may be both valid and invalid.
   */
  private static void checkValidityColumn(MonitorConfig c, List<String> problems) {
    MonitorConfig.ValidityColumn v = c.validity().column();
    if (v == null) {
      return;
    }
    String at = "/validity/column";
    MonitorConfig.Table table =
        c.tables().stream().filter(t -> t.id().equals(v.table())).findFirst().orElse(null);
    if (table == null) {
      List<String> ids = c.tables().stream().map(MonitorConfig.Table::id).toList();
      problems.add(
          at
              + "/table: '"
              + v.table()
              + "' is not a table under /tables"
              + Suggestions.hint(v.table(), ids));
    } else if (table.isLong() || table.zoning() != null) {
      problems.add(
          at
              + "/table: '"
              + v.table()
              + "' is "
              + (table.isLong() ? "in long layout" : "zoned")
              + "; the validity is read from a wide table keyed by social spaces");
    }
    List<String> both = v.valid().stream().filter(v.invalid()::contains).toList();
    if (!both.isEmpty()) {
      problems.add(at + ": " + both + " listed as valid and as invalid");
    }
  }

  private static String notSummed(String at, String var) {
    return at
        + ": '"
        + var
        + "' is a plain value with a range (tables[].ranges), not a count: it cannot be summed;"
        + " use it as an indicator's 'value'";
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
        problems.add(
            at
                + "/indicator: '"
                + t.indicator()
                + "' is not defined under /indicators"
                + Suggestions.hint(
                    t.indicator(), c.indicators().stream().map(x -> x.id()).toList()));
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
                  problems.add(
                      at
                          + ": indicator '"
                          + id
                          + "' is not defined under /indicators"
                          + Suggestions.hint(id, indicatorIds));
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
              + c.index().presets().keySet()
              + Suggestions.hint(c.index().lifePhaseMethod(), c.index().presets().keySet()));
    }
  }
}
