package de.sozialraum.monitor.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
  private static final JsonNode SCHEMA_TREE = loadSchemaTree();
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
   * Binds a valid configuration, its omitted settings taken from the schema's defaults (the only
   * place they are written).
   */
  private static MonitorConfig bind(JsonNode given, Path file, String sha) {
    JsonNode r = new SchemaDefaults(SCHEMA_TREE).fill(given.deepCopy());
    Path dir = file.getParent();
    JsonNode g = r.get("geometry");
    MonitorConfig.Geometry geometry =
        new MonitorConfig.Geometry(
            dir.resolve(g.get("path").asText()).normalize(),
            text(g, "format", null),
            text(g, "crs", null),
            text(g, "encoding", null),
            setting(g, "wkt_column"),
            setting(g, "delimiter"),
            g.get("id_field").asText(),
            g.get("name_field").asText(),
            text(g, "parent_id_field", null),
            text(g, "parent_name_field", null),
            g.get("max_repair_area_change").asDouble());
    List<MonitorConfig.Table> tables = new ArrayList<>();
    for (JsonNode t : r.get("tables")) {
      List<String> na = new ArrayList<>();
      t.get("na").forEach(n -> na.add(n.asText()));
      tables.add(
          new MonitorConfig.Table(
              t.get("id").asText(),
              text(t, "description", null),
              dir.resolve(t.get("path").asText()).normalize().toString(),
              setting(t, "format"),
              setting(t, "layout"),
              setting(t, "encoding"),
              setting(t, "delimiter"),
              setting(t, "decimal"),
              text(t, "thousands", null),
              List.copyOf(na),
              t.get("district_column").asText(),
              t.get("year_column").asText(),
              map(t.get("columns")),
              text(t, "variable_column", null),
              text(t, "value_column", null),
              map(t.get("variables")),
              list(t.get("rates")),
              zoning(t.get("zoning"), dir)));
    }
    List<MonitorConfig.Indicator> indicators = new ArrayList<>();
    for (JsonNode i : r.get("indicators")) {
      indicators.add(
          new MonitorConfig.Indicator(
              i.get("id").asText(),
              i.get("label").asText(),
              list(i.get("numerator")),
              list(i.get("denominator")),
              text(i, "value", null),
              Unit.of(setting(i, "unit")),
              Keyed.of(Direction.class, i.get("direction").asText()),
              text(i, "domain", null),
              list(i.get("life_phases")),
              i.get("weight").asDouble(),
              i.has("jump_warning") ? i.get("jump_warning").asDouble() : null));
    }
    JsonNode v = r.path("validity");
    List<MonitorConfig.Exclusion> exclusions = new ArrayList<>();
    v.path("exclusions")
        .forEach(
            e -> {
              List<Integer> years = new ArrayList<>();
              e.path("years").forEach(y -> years.add(y.asInt()));
              exclusions.add(
                  new MonitorConfig.Exclusion(
                      e.get("district").asText(), e.get("reason").asText(), List.copyOf(years)));
            });
    JsonNode y = r.get("years");
    JsonNode q = r.path("quality");
    return new MonitorConfig(
        r.get("title").asText(),
        r.get("synthetic").asBoolean(),
        setting(r, "working_crs"),
        y == null ? null : new MonitorConfig.Years(y.get("from").asInt(), y.get("to").asInt()),
        y != null && y.get("keep_empty").asBoolean(),
        geometry,
        List.copyOf(tables),
        new MonitorConfig.Population(
            r.get("population").get("variable").asText(), lists(r.get("population").get("groups"))),
        List.copyOf(indicators),
        new MonitorConfig.Validity(v.get("min_population").asInt(), List.copyOf(exclusions)),
        index(r.get("index"), indicators),
        classification(r.path("classification")),
        disclosure(r.path("disclosure")),
        targets(r.path("targets")),
        spatial(r.path("spatial")),
        supply(r.get("supply"), dir),
        new MonitorConfig.Quality(
            q.get("max_rejected_share").asDouble(),
            q.get("max_rejected_districts").asInt(),
            q.get("jump_warning").asDouble(),
            q.get("max_outside_share").asDouble()),
        new MonitorConfig.Outputs(r.get("outputs").get("geojson").asBoolean()),
        report(r, dir),
        file,
        sha);
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

  private static MonitorConfig.Report report(JsonNode root, Path dir) {
    JsonNode rp = root.path("report");
    return new MonitorConfig.Report(
        text(rp, "title", root.get("title").asText()),
        text(rp, "publisher", null),
        rp.has("logo") ? dir.resolve(rp.get("logo").asText()).normalize().toString() : null,
        text(rp, "foreword", null),
        rp.has("year") ? rp.get("year").asInt() : null,
        rp.get("enabled").asBoolean(),
        rp.get("pdf").asBoolean(),
        map(rp.get("labels")));
  }

  private static MonitorConfig.Index index(JsonNode ix, List<MonitorConfig.Indicator> indicators) {
    Map<String, MonitorConfig.Preset> presets = new LinkedHashMap<>();
    ix.get("presets")
        .fields()
        .forEachRemaining(
            e -> presets.put(e.getKey(), preset(e.getKey(), e.getValue(), indicators)));
    JsonNode lp = ix.path("life_phases");
    String lifePhases =
        lp.get("enabled").asBoolean()
            ? text(lp, "method", presets.keySet().iterator().next())
            : null;
    return new MonitorConfig.Index(
        ix.get("dynamic_years").asInt(),
        presets,
        lifePhases,
        ix.get("municipality_frame").asBoolean());
  }

  /**
   * Indicators and their groups default to every indicator with a domain, grouped by domain in
   * definition order.
   */
  private static MonitorConfig.Preset preset(
      String method, JsonNode p, List<MonitorConfig.Indicator> indicators) {
    List<String> members =
        p.has("status")
            ? list(p.get("status"))
            : p.has("indicators")
                ? list(p.get("indicators"))
                : p.has("themes")
                    ? List.of()
                    : indicators.stream()
                        .filter(i -> i.domain() != null)
                        .map(MonitorConfig.Indicator::id)
                        .toList();
    Map<String, List<String>> groups = new LinkedHashMap<>();
    if (p.has("themes")) {
      groups.putAll(lists(p.get("themes")));
      members = groups.values().stream().flatMap(List::stream).toList();
    } else if (!"mss".equals(method)) {
      for (String id : members) {
        indicators.stream()
            .filter(i -> i.id().equals(id) && i.domain() != null)
            .findFirst()
            .ifPresent(i -> groups.computeIfAbsent(i.domain(), d -> new ArrayList<>()).add(id));
      }
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    p.path("domain_weights")
        .fields()
        .forEachRemaining(e -> weights.put(e.getKey(), e.getValue().asDouble()));
    Map<String, String> anchors = map(p.get("anchors"));
    return new MonitorConfig.Preset(
        method,
        members,
        list(p.get("dynamic")),
        groups,
        weights,
        p.has("reference_year") ? p.get("reference_year").asInt() : null,
        text(p, "weight_group", null),
        p.path("min_share").asDouble(0.5),
        anchors,
        p.path("ntiles").asInt(5),
        p.path("rank_digits").asInt(4));
  }

  private static MonitorConfig.Zoning zoning(JsonNode z, Path dir) {
    if (z == null) {
      return null;
    }
    JsonNode p = z.get("population");
    return new MonitorConfig.Zoning(
        layer(z, dir),
        z.get("id_field").asText(),
        setting(z, "weights"),
        p == null ? null : layer(p, dir),
        p == null ? null : p.get("field").asText());
  }

  private static MonitorConfig.Layer layer(JsonNode l, Path dir) {
    return new MonitorConfig.Layer(
        dir.resolve(l.get("path").asText()).normalize().toString(),
        text(l, "format", null),
        text(l, "crs", null),
        text(l, "encoding", null),
        setting(l, "delimiter"),
        setting(l, "wkt_column"));
  }

  private static MonitorConfig.Supply supply(JsonNode s, Path dir) {
    if (s == null) {
      return null;
    }
    List<MonitorConfig.Gap> gaps = new ArrayList<>();
    for (JsonNode g : s.path("gaps")) {
      gaps.add(
          new MonitorConfig.Gap(
              g.get("id").asText(),
              text(g, "label", g.get("id").asText()),
              g.get("phase").asText(),
              g.get("need").asText(),
              g.get("need_at_least").asDouble(),
              g.get("per_1000_below").asDouble()));
    }
    return new MonitorConfig.Supply(
        dir.resolve(s.get("path").asText()).normalize().toString(),
        text(s, "format", null),
        text(s, "crs", null),
        text(s, "encoding", null),
        setting(s, "delimiter"),
        setting(s, "wkt_column"),
        s.get("id_field").asText(),
        text(s, "name_field", null),
        s.get("type_field").asText(),
        s.get("phase_field").asText(),
        map(s.get("target_groups")),
        List.copyOf(gaps));
  }

  private static MonitorConfig.Spatial spatial(JsonNode s) {
    JsonNode st = s.path("statistics");
    return new MonitorConfig.Spatial(
        Keyed.of(Neighbourhood.class, setting(s, "neighbours")),
        s.get("snap").asDouble(),
        s.get("k").asInt(),
        s.path("distance").asDouble(0),
        setting(s, "weights"),
        list(st.get("variables")),
        st.get("permutations").asInt(),
        st.get("seed").asLong(),
        st.get("alpha").asDouble(),
        st.get("fdr").asBoolean());
  }

  private static MonitorConfig.Disclosure disclosure(JsonNode d) {
    List<List<String>> categories = new ArrayList<>();
    for (JsonNode c : d.path("categories")) {
      List<String> p = new ArrayList<>(List.of(c.get("total").asText()));
      p.addAll(list(c.get("parts")));
      categories.add(List.copyOf(p));
    }
    return new MonitorConfig.Disclosure(
        d.get("min_count").asInt(), d.get("min_denominator").asInt(), List.copyOf(categories));
  }

  private static List<MonitorConfig.Target> targets(JsonNode list) {
    List<MonitorConfig.Target> out = new ArrayList<>();
    for (JsonNode t : list) {
      out.add(
          new MonitorConfig.Target(
              t.get("id").asText(),
              text(t, "label", t.get("id").asText()),
              t.get("indicator").asText(),
              t.get("scope").asText(),
              text(t, "unit", null),
              t.get("baseline_year").asInt(),
              t.has("baseline") ? t.get("baseline").asDouble() : null,
              t.get("target").asDouble(),
              t.get("target_year").asInt()));
    }
    return List.copyOf(out);
  }

  private static MonitorConfig.Classification classification(JsonNode c) {
    Map<String, MonitorConfig.ClassSpec> variables = new LinkedHashMap<>();
    c.path("variables")
        .fields()
        .forEachRemaining(e -> variables.put(e.getKey(), classSpec(e.getValue())));
    return new MonitorConfig.Classification(classSpec(c.get("default")), variables);
  }

  private static MonitorConfig.ClassSpec classSpec(JsonNode c) {
    return new MonitorConfig.ClassSpec(
        Keyed.of(ClassMethod.class, c.get("method").asText()),
        c.get("classes").asInt(),
        numbers(c.get("thresholds")),
        numbers(c.get("sd_edges")),
        c.get("decimals").asInt());
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
    if (z.population() != null && !Files.isRegularFile(z.population().file())) {
      problems.add(at + "/population/path: file not found: " + z.population().file());
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
      Map<String, String> declared = table.isLong() ? table.variables() : table.columns();
      if (table.zoning() != null) {
        checkZoning(table, "/tables/" + t + "/zoning", problems);
      }
      for (String rate : table.rates()) {
        if (!declared.containsKey(rate)) {
          problems.add(
              "/tables/"
                  + t
                  + "/rates: '"
                  + rate
                  + "' is not one of this table's variables "
                  + declared.keySet());
        }
      }
      for (String var : declared.keySet()) {
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
    checkPresets(c, indicatorIds, variables.keySet(), problems);
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
      for (String id : c.disclosure().categories().get(i)) {
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
      } else if (!"district".equals(t.scope()) && !ind.isRatio()) {
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
      MonitorConfig c, Set<String> indicatorIds, Set<String> variables, List<String> problems) {
    for (MonitorConfig.Preset p : c.index().presets().values()) {
      String at = "/index/presets/" + p.method();
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
      for (String d : p.groupWeights().keySet()) {
        if (!p.groups().containsKey(d)) {
          problems.add(
              at
                  + "/domain_weights: '"
                  + d
                  + "' is not a domain of this preset's indicators "
                  + p.groups().keySet());
        }
      }
      if ("imd".equals(p.method())) {
        for (String d : p.groups().keySet()) {
          if (!p.groupWeights().containsKey(d)) {
            problems.add(at + "/domain_weights: domain '" + d + "' has no weight");
          }
        }
      }
      if ("pca".equals(p.method())) {
        for (Map.Entry<String, List<String>> g : p.groups().entrySet()) {
          String anchor = p.anchors().get(g.getKey());
          if (anchor == null) {
            problems.add(at + "/anchors: domain '" + g.getKey() + "' has no anchor indicator");
          } else if (!g.getValue().contains(anchor)) {
            problems.add(
                at
                    + "/anchors/"
                    + g.getKey()
                    + ": '"
                    + anchor
                    + "' is not one of the domain's indicators "
                    + g.getValue());
          }
        }
      }
      if (p.weightGroup() != null && !c.population().groups().containsKey(p.weightGroup())) {
        problems.add(
            at
                + "/weight_group: '"
                + p.weightGroup()
                + "' is not a group under /population/groups");
      }
      if (p.referenceYear() != null
          && c.years() != null
          && !c.years().contains(p.referenceYear())) {
        problems.add(
            at
                + "/reference_year: "
                + p.referenceYear()
                + " is outside /years "
                + c.years().from()
                + "–"
                + c.years().to());
      }
    }
    if (c.index().lifePhaseMethod() != null
        && !c.index().presets().containsKey(c.index().lifePhaseMethod())) {
      problems.add(
          "/index/life_phases/method: '"
              + c.index().lifePhaseMethod()
              + "' is not one of the presets "
              + c.index().presets().keySet());
    }
  }

  /** A setting the schema gives a default: present once the defaults are filled in. */
  private static String setting(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null) {
      throw new IllegalStateException(field + " has no default in config/schema.json");
    }
    return v.asText();
  }

  private static String text(JsonNode n, String field, String fallback) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? fallback : v.asText();
  }

  private static List<String> list(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null) {
      n.forEach(x -> out.add(x.asText()));
    }
    return List.copyOf(out);
  }

  private static List<Double> numbers(JsonNode n) {
    List<Double> out = new ArrayList<>();
    if (n != null) {
      n.forEach(x -> out.add(x.asDouble()));
    }
    return List.copyOf(out);
  }

  private static Map<String, List<String>> lists(JsonNode n) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (n != null) {
      n.fields().forEachRemaining(e -> out.put(e.getKey(), list(e.getValue())));
    }
    return out;
  }

  private static Map<String, String> map(JsonNode n) {
    Map<String, String> out = new LinkedHashMap<>();
    if (n != null) {
      n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    }
    return out;
  }
}
