package de.sozialraum.monitor.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.geodata.model.GeometryIssue;
import de.sozialraum.monitor.job.Analysis;
import de.sozialraum.monitor.methods.disclosure.SuppressionPlan;
import de.sozialraum.monitor.spatial.CountCrosswalk;
import de.sozialraum.monitor.spatial.Offers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/**
 * {@code quality/rejects.csv} (every rejected feature or cell: source, line or feature, rule, message),
 * {@code quality/warnings.csv} (repaired geometries, implausible jumps, districts without data) and
 * {@code quality/summary.json} (counts per input and rule). Written for every run, also for one the quality
 * gate stops, so the planner sees why.
 */
public final class QualityFiles {

  static final List<String> REJECT_HEADER = List.of("source", "line_or_feature", "column", "district_id", "year", "variable", "rule", "message");

  private QualityFiles() {}

  /** Writes the three files and returns the summary (also used by the gate and the manifest). */
  public static ObjectNode write(Analysis a, Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<String, Long> rules = new TreeMap<>();
    long geometryRejects = 0;
    try (SpreadsheetCsv csv = new SpreadsheetCsv(dir.resolve("rejects.csv"), REJECT_HEADER)) {
      for (GeometryIssue g : a.layer.issues()) {
        if (g.rejected()) {
          geometryRejects++;
          rules.merge("geometry", 1L, Long::sum);
          csv.row(java.util.Arrays.asList(g.location().split(", ", 2)[0], g.location().split(", ", 2)[1], null, g.featureId(), null, null,
              "geometry", g.problem()));
        }
      }
      Iterator<Row> it = a.rejects.orderBy("source", "line", "column").toLocalIterator();
      while (it.hasNext()) {
        Row r = it.next();
        String rule = r.getAs("rule");
        rules.merge(rule, 1L, Long::sum);
        csv.row(java.util.Arrays.asList(v(r, "source"), "line " + v(r, "line"), v(r, "column"), v(r, "district_id"), v(r, "year"),
            v(r, "variable"), rule, v(r, "message")));
      }
    }
    long warnings = 0;
    try (SpreadsheetCsv csv = new SpreadsheetCsv(dir.resolve("warnings.csv"), List.of("source", "district_id", "year", "kind", "message"))) {
      for (GeometryIssue g : a.layer.issues()) {
        if (!g.rejected()) {
          warnings++;
          csv.row(java.util.Arrays.asList(g.location(), g.featureId(), null, "geometry_repaired", g.problem()));
        }
      }
      for (String id : a.districtsWithoutData) {
        warnings++;
        csv.row(java.util.Arrays.asList(a.config.geometry().path().getFileName().toString(), id, null, "district_without_data",
            "the district has a geometry but no indicator data in any table"));
      }
      if (a.supply.present()) {
        for (Offers.Offer o : a.supply.offers().offers()) {
          if (a.supply.districtOf(o.id()) == null) {
            warnings++;
            csv.row(java.util.Arrays.asList(o.location(), o.id(), null, "offer_outside_districts",
                "the offer lies in no social space; it is published in the offers layer but counted nowhere"));
          }
        }
      }
      for (CountCrosswalk.Report r : a.crosswalks) {
        for (CountCrosswalk.PartlyOutside z : r.partlyOutside()) {
          warnings++;
          csv.row(java.util.Arrays.asList(r.zoning(), z.zone(), null, "zone_partly_outside", String.format(java.util.Locale.ROOT,
              "only %.4f of the zone's %s lies in the social spaces; table '%s' loses the rest of its counts", z.coverage(),
              "area".equals(r.weights()) ? "area" : "residents", r.table())));
        }
      }
      for (String id : a.neighbours.islands()) {
        warnings++;
        csv.row(java.util.Arrays.asList(a.config.geometry().path().getFileName().toString(), id, null, "district_island",
            "the district has no " + a.config.spatial().neighbours() + " neighbour; its spatial smoothing uses itself only and local "
            + "statistics leave it out"));
      }
      for (Row j : a.jumps.orderBy("district_id", "indicator", "year").collectAsList()) {
        warnings++;
        csv.row(java.util.Arrays.asList(v(j, "indicator"), v(j, "district_id"), v(j, "year"), "implausible_jump", v(j, "message")));
      }
    }
    ObjectNode summary = summary(a, rules, geometryRejects, warnings);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("summary.json").toFile(), summary);
    return summary;
  }

  /** A cell as Object: {@code getAs} inside varargs would infer String and fail on numbers. */
  private static Object v(Row r, String column) {
    return r.get(r.fieldIndex(column));
  }

  private static ObjectNode summary(Analysis a, Map<String, Long> rules, long geometryRejects, long warnings) {
    ObjectMapper m = new ObjectMapper();
    ObjectNode s = m.createObjectNode();
    ObjectNode geo = s.putObject("geometry");
    geo.put("source", a.layer.source().getFileName().toString());
    geo.put("source_crs", a.layer.sourceCrs().label());
    geo.put("working_crs", a.layer.workingCrs().label());
    geo.put("features_read", a.layer.featuresRead());
    geo.put("districts_used", a.layer.districts().size());
    geo.put("rejected", geometryRejects);
    geo.put("repaired", a.layer.issues().stream().filter(i -> !i.rejected()).count());
    geo.put("without_data", a.districtsWithoutData.size());
    ArrayNode tables = s.putArray("tables");
    for (Row r : a.lineCounts()) {
      ObjectNode t = tables.addObject();
      t.put("table", r.<String>getAs("table_id"));
      t.put("source", r.<String>getAs("source"));
      t.put("records", r.<Long>getAs("lines"));
      t.put("records_with_rejects", r.<Long>getAs("rejected_lines"));
    }
    ObjectNode cells = s.putObject("cells");
    cells.put("values", a.count("VALUE"));
    cells.put("missing", a.count("MISSING"));
    cells.put("unused", a.count("UNUSED"));
    cells.put("rejected", rules.entrySet().stream().filter(e -> !e.getKey().equals("geometry")).mapToLong(Map.Entry::getValue).sum());
    cells.put("out_of_period", a.cells.filter(org.apache.spark.sql.functions.col("kind").isin("VALUE", "MISSING")
        .and(org.apache.spark.sql.functions.col("year").between(a.years.from(), a.years.to()).unary_$bang())).count());
    ObjectNode byRule = s.putObject("rejects_by_rule");
    rules.forEach(byRule::put);
    s.put("warnings", warnings);
    ObjectNode validity = s.putObject("validity");
    for (Row r : a.indices.groupBy("validity").count().orderBy("validity").collectAsList()) {
      validity.put(r.getString(0), r.getLong(1));
    }
    ObjectNode years = s.putObject("years");
    years.put("period", a.years.label());
    a.publishedYears.forEach(years.putArray("published")::add);
    int k = a.config.index().dynamicYears();
    years.put("dynamic_years", k);
    ArrayNode changes = years.putArray("changes");
    a.publishedYears.stream().filter(y -> a.publishedYears.contains(y - k)).forEach(y -> changes.add((y - k) + "-" + y));
    ObjectNode suppressed = s.putObject("suppressed");
    suppressed.put("min_count", a.config.disclosure().minCount());
    suppressed.put("min_denominator", a.config.disclosure().minDenominator());
    suppressed.put("primary_cells", a.suppression.count(SuppressionPlan.PRIMARY));
    suppressed.put("denominator_cells", a.suppression.count(SuppressionPlan.DENOMINATOR));
    suppressed.put("zone_cells", a.suppression.count(SuppressionPlan.ZONE));
    suppressed.put("secondary_cells", a.suppression.count(SuppressionPlan.SECONDARY));
    suppressed.put("withheld_totals", a.suppression.withheldTotals());
    suppressed.put("pinned_by_rules", a.suppression.pinnedByRules());
    ArrayNode crosswalks = s.putArray("crosswalks");
    for (CountCrosswalk.Report r : a.crosswalks) {
      ObjectNode c = crosswalks.addObject();
      c.put("table", r.table());
      c.put("zoning", r.zoning());
      c.put("weights", r.weights());
      c.put("zones", r.zones());
      c.put("tolerance", CountCrosswalk.TOLERANCE);
      c.put("max_relative_difference", r.maxRelativeDifference());
      ArrayNode outside = c.putArray("zones_partly_outside");
      r.partlyOutside().forEach(z -> outside.addObject().put("zone", z.zone()).put("coverage", z.coverage()));
      ArrayNode totals = c.putArray("totals");
      r.totals().forEach(t -> totals.addObject().put("year", t.year()).put("variable", t.variable()).put("sent", t.sent())
          .put("arrived", t.arrived()).put("lost_outside", t.lost()));
    }
    return s;
  }
}
