package de.sozialraum.monitor.output;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.VALIDITY;
import static de.sozialraum.monitor.schema.Columns.YEAR;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.geodata.model.GeometryIssue;
import de.sozialraum.monitor.config.ZoneWeights;
import de.sozialraum.monitor.crosswalk.CountCrosswalk;
import de.sozialraum.monitor.disclosure.SuppressionPlan;
import de.sozialraum.monitor.quality.QualityCounts;
import de.sozialraum.monitor.supply.Offers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/**
 * {@code quality/rejects.csv} (every rejected feature or cell: source, line or feature, rule,
 * message), {@code quality/warnings.csv} (repaired geometries, implausible jumps, districts without
 * data) and {@code quality/summary.json} (counts per input and rule). Written for every run, also
 * for one the quality gate stops, so the planner sees why.
 */
public final class QualityFiles {

  static final List<String> REJECT_HEADER =
      List.of(
          "source", "line_or_feature", "column", DISTRICT_ID, YEAR, "variable", "rule", "message");

  private QualityFiles() {}

  /** Writes the three files and returns the summary (also used by the gate and the manifest). */
  public static ObjectNode write(QualityReport a, Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<String, Long> rules = new TreeMap<>();
    long geometryRejects = 0;
    try (SpreadsheetCsv csv = new SpreadsheetCsv(dir.resolve("rejects.csv"), REJECT_HEADER)) {
      for (GeometryIssue g : a.layer().issues()) {
        if (g.rejected()) {
          geometryRejects++;
          rules.merge("geometry", 1L, Long::sum);
          csv.row(
              java.util.Arrays.asList(
                  g.location().split(", ", 2)[0],
                  g.location().split(", ", 2)[1],
                  null,
                  g.featureId(),
                  null,
                  null,
                  "geometry",
                  g.problem()));
        }
      }
      Iterator<Row> it = a.counts().rejects().orderBy("source", "line", "column").toLocalIterator();
      while (it.hasNext()) {
        Row r = it.next();
        String rule = r.getAs("rule");
        rules.merge(rule, 1L, Long::sum);
        csv.row(
            java.util.Arrays.asList(
                v(r, "source"),
                "line " + v(r, "line"),
                v(r, "column"),
                v(r, DISTRICT_ID),
                v(r, YEAR),
                v(r, "variable"),
                rule,
                v(r, "message")));
      }
    }
    long warnings = 0;
    try (SpreadsheetCsv csv =
        new SpreadsheetCsv(
            dir.resolve("warnings.csv"), List.of("source", DISTRICT_ID, YEAR, "kind", "message"))) {
      for (GeometryIssue g : a.layer().issues()) {
        if (!g.rejected()) {
          warnings++;
          csv.row(
              java.util.Arrays.asList(
                  g.location(), g.featureId(), null, "geometry_repaired", g.problem()));
        }
      }
      for (String id : a.data().districtsWithoutData()) {
        warnings++;
        csv.row(
            java.util.Arrays.asList(
                a.layer().source().getFileName().toString(),
                id,
                null,
                "district_without_data",
                a.layer().hasGeometry()
                    ? "the district has a geometry but no indicator data in any table"
                    : "the district is listed but has no indicator data in any table"));
      }
      QualityReport.Later later = a.later().orElse(null);
      if (later != null && later.supply().present()) {
        for (Offers.Offer o : later.supply().offers().offers()) {
          if (later.supply().districtOf(o.id()) == null) {
            warnings++;
            csv.row(
                java.util.Arrays.asList(
                    o.location(),
                    o.id(),
                    null,
                    "offer_outside_districts",
                    "the offer lies in no social space; it is published in the offers layer but counted nowhere"));
          }
        }
      }
      for (CountCrosswalk.Report r : a.crosswalks()) {
        for (CountCrosswalk.PartlyOutside z : r.partlyOutside()) {
          warnings++;
          csv.row(
              java.util.Arrays.asList(
                  r.zoning(),
                  z.zone(),
                  null,
                  "zone_partly_outside",
                  String.format(
                      java.util.Locale.ROOT,
                      "only %.4f of the zone's %s lies in the social spaces; table '%s' loses the rest of its counts",
                      z.coverage(),
                      r.weights() == ZoneWeights.AREA ? "area" : "residents",
                      r.table())));
        }
      }
      if (later != null) {
        for (String id : later.neighbours().islands()) {
          warnings++;
          csv.row(
              java.util.Arrays.asList(
                  a.layer().source().getFileName().toString(),
                  id,
                  null,
                  "district_island",
                  "the district has no "
                      + a.config().spatial().neighbours()
                      + " neighbour; its spatial smoothing uses itself only and local "
                      + "statistics leave it out"));
        }
        for (Row j : later.jumps().orderBy(DISTRICT_ID, "indicator", YEAR).collectAsList()) {
          warnings++;
          csv.row(
              java.util.Arrays.asList(
                  v(j, "indicator"),
                  v(j, DISTRICT_ID),
                  v(j, YEAR),
                  "implausible_jump",
                  v(j, "message")));
        }
      }
    }
    ObjectNode summary = summary(a, rules, geometryRejects, warnings);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(dir.resolve("summary.json").toFile(), summary);
    return summary;
  }

  /** A cell as Object: {@code getAs} inside varargs would infer String and fail on numbers. */
  private static Object v(Row r, String column) {
    return r.get(r.fieldIndex(column));
  }

  private static ObjectNode summary(
      QualityReport a, Map<String, Long> rules, long geometryRejects, long warnings) {
    ObjectMapper m = new ObjectMapper();
    ObjectNode s = m.createObjectNode();
    ObjectNode geo = s.putObject("geometry");
    geo.put("source", a.layer().source().getFileName().toString());
    // null for districts without geometry: they have no CRS, and none is made up for them
    geo.put("source_crs", a.layer().hasGeometry() ? a.layer().sourceCrs().label() : null);
    geo.put("working_crs", a.layer().hasGeometry() ? a.layer().workingCrs().label() : null);
    geo.put("features_read", a.layer().featuresRead());
    geo.put("districts_used", a.layer().districts().size());
    geo.put("rejected", geometryRejects);
    geo.put("repaired", a.layer().issues().stream().filter(i -> !i.rejected()).count());
    geo.put("without_data", a.data().districtsWithoutData().size());
    ArrayNode tables = s.putArray("tables");
    for (QualityCounts.TableLines r : a.counts().tables()) {
      ObjectNode t = tables.addObject();
      t.put("table", r.table());
      t.put("source", r.source());
      t.put("records", r.records());
      t.put("records_with_rejects", r.recordsWithRejects());
    }
    ObjectNode cells = s.putObject("cells");
    QualityCounts.Cells counted = a.counts().cells();
    cells.put("values", counted.values());
    cells.put("missing", counted.missing());
    cells.put("unused", counted.unused());
    cells.put(
        "rejected",
        rules.entrySet().stream()
            .filter(e -> !e.getKey().equals("geometry"))
            .mapToLong(Map.Entry::getValue)
            .sum());
    cells.put("out_of_period", counted.outOfPeriod());
    ObjectNode byRule = s.putObject("rejects_by_rule");
    rules.forEach(byRule::put);
    s.put("warnings", warnings);
    QualityReport.Later later = a.later().orElse(null);
    if (later != null) {
      // per year, as each year's standardisation saw it, and over all years
      ObjectNode validity = s.putObject("validity");
      ObjectNode byYear = s.putObject("validity_by_year");
      Map<String, Long> total = new java.util.TreeMap<>();
      for (Row r :
          later.indices().groupBy(YEAR, VALIDITY).count().orderBy(YEAR, VALIDITY).collectAsList()) {
        String year = Integer.toString(r.getInt(0));
        ObjectNode y = byYear.has(year) ? (ObjectNode) byYear.get(year) : byYear.putObject(year);
        y.put(r.getString(1), r.getLong(2));
        total.merge(r.getString(1), r.getLong(2), Long::sum);
      }
      total.forEach(validity::put);
      // min_population 0: the rule is off
      ObjectNode decided =
          s.putObject("validity_rules")
              .put("min_population", a.config().validity().minPopulation())
              .put("exclusions", a.config().validity().exclusions().size());
      de.sozialraum.monitor.config.MonitorConfig.ValidityColumn delivered =
          a.config().validity().column();
      if (delivered != null) {
        ObjectNode d =
            decided
                .putObject("delivered")
                .put("table", delivered.table())
                .put("column", delivered.column());
        delivered.valid().forEach(d.putArray("valid")::add);
        delivered.invalid().forEach(d.putArray("invalid")::add);
      }
    }
    ObjectNode years = s.putObject("years");
    years.put("period", a.data().period().label());
    List<Integer> published = a.data().publishedYears();
    published.forEach(years.putArray("published")::add);
    // as the configuration spells it: k, or "previous"
    years.putPOJO("dynamic_years", a.config().index().dynamicYears());
    a.data().pairs().labels().forEach(years.putArray("changes")::add);
    if (!a.config().yearLabels().isEmpty()) {
      ObjectNode labels = years.putObject("labels");
      a.config().yearLabels().forEach((y, label) -> labels.put(String.valueOf(y), label));
    }
    if (later != null) {
      ObjectNode suppressed = s.putObject("suppressed");
      suppressed.put("enabled", !a.config().disclosure().isOff());
      suppressed.put("min_count", a.config().disclosure().minCount());
      suppressed.put("min_denominator", a.config().disclosure().minDenominator());
      suppressed.put("primary_cells", later.plan().count(SuppressionPlan.PRIMARY));
      suppressed.put("denominator_cells", later.plan().count(SuppressionPlan.DENOMINATOR));
      suppressed.put("zone_cells", later.plan().count(SuppressionPlan.ZONE));
      suppressed.put("secondary_cells", later.plan().count(SuppressionPlan.SECONDARY));
      suppressed.put("withheld_totals", later.plan().withheldTotals());
      suppressed.put("pinned_by_rules", later.plan().pinnedByRules());
    }
    ArrayNode crosswalks = s.putArray("crosswalks");
    for (CountCrosswalk.Report r : a.crosswalks()) {
      ObjectNode c = crosswalks.addObject();
      c.put("table", r.table());
      c.put("zoning", r.zoning());
      c.put("weights", r.weights().toString());
      c.put("zones", r.zones());
      c.put("tolerance", CountCrosswalk.TOLERANCE);
      c.put("max_relative_difference", r.maxRelativeDifference());
      ArrayNode outside = c.putArray("zones_partly_outside");
      r.partlyOutside()
          .forEach(z -> outside.addObject().put("zone", z.zone()).put("coverage", z.coverage()));
      ArrayNode totals = c.putArray("totals");
      r.totals()
          .forEach(
              t ->
                  totals
                      .addObject()
                      .put(YEAR, t.year())
                      .put("variable", t.variable())
                      .put("sent", t.sent())
                      .put("arrived", t.arrived())
                      .put("lost_outside", t.lost()));
    }
    return s;
  }
}
