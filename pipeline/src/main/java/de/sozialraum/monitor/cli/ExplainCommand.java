package de.sozialraum.monitor.cli;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.DISTRICT_NAME;
import static de.sozialraum.monitor.schema.Columns.MUNICIPALITY_NAME;
import static de.sozialraum.monitor.schema.Columns.POPULATION;
import static de.sozialraum.monitor.schema.Columns.VALIDITY;
import static de.sozialraum.monitor.schema.Columns.changeOf;
import static de.sozialraum.monitor.schema.Columns.classOf;
import static de.sozialraum.monitor.schema.Columns.denominatorOf;
import static de.sozialraum.monitor.schema.Columns.flagOf;
import static de.sozialraum.monitor.schema.Columns.labelOf;
import static de.sozialraum.monitor.schema.Columns.numeratorOf;
import static de.sozialraum.monitor.schema.Columns.phaseClassOf;
import static de.sozialraum.monitor.schema.Columns.phaseIndexOf;
import static de.sozialraum.monitor.schema.Columns.previousOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.monitor.index.IndexPresets;
import de.sozialraum.monitor.output.IndexTables;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explains why a district has its indices and classes in a published run.",
      "",
      "Shows validity, every indicator from its counts (numerator / denominator) to its rate, change and map class, "
          + "then for each index preset of the run every step in publication order (z-values or percentile ranks, "
          + "domain or theme scores, index, class, ranks in the county and the municipality, change and previous class), "
          + "and the life-phase sub-indices. Suppressed cells are shown as such. Reads the run's own outputs only "
          + "(manifest.json, dictionary.json, the year's GeoJSON); no Spark start.",
      ""
    })
final class ExplainCommand implements Callable<Integer> {

  @Option(
      names = "--run",
      required = true,
      paramLabel = "DIR",
      description = "A published run, e.g. out/latest.")
  Path run;

  @Option(
      names = "--district",
      required = true,
      paramLabel = "ID",
      description = "District (Sozialraum) id.")
  String district;

  @Option(
      names = "--year",
      paramLabel = "YYYY",
      description = "Year (default: the latest in the run).")
  Integer year;

  @Override
  public Integer call() throws IOException {
    JsonNode manifest = read(run.resolve("manifest.json"));
    JsonNode dictionary = read(run.resolve("dictionary.json"));
    if (manifest == null || dictionary == null) {
      System.err.println(run + ": not a published run (no manifest.json or dictionary.json)");
      return MonitorCli.INVALID;
    }
    if (!manifest.at("/config/content/outputs/geojson").asBoolean(true)) {
      System.err.println(
          run
              + ": published without GeoJSON (outputs.geojson: false), which explain reads; the district's rows are in "
              + IndexTables.GEOPARQUET
              + " and csv/indices_YYYY.csv");
      return MonitorCli.INVALID;
    }
    int y = year != null ? year : latestYear();
    Path geojson = run.resolve("geojson/indices_" + y + ".geojson");
    if (!Files.exists(geojson)) {
      System.err.println(run + ": no results for year " + y);
      return MonitorCli.INVALID;
    }
    for (JsonNode f : new ObjectMapper().readTree(geojson.toFile()).path("features")) {
      if (district.equals(f.path("id").asText())) {
        new Explanation(System.out, manifest, dictionary.path("columns"), f.path("properties"))
            .print(y);
        return MonitorCli.OK;
      }
    }
    System.err.println(run + ": district '" + district + "' is not in year " + y);
    return MonitorCli.INVALID;
  }

  private static JsonNode read(Path file) throws IOException {
    return Files.exists(file) ? new ObjectMapper().readTree(file.toFile()) : null;
  }

  private int latestYear() throws IOException {
    try (Stream<Path> files = Files.list(run.resolve("geojson"))) {
      return files
          .map(p -> p.getFileName().toString().replaceAll("\\D", ""))
          .filter(s -> !s.isEmpty())
          .mapToInt(Integer::parseInt)
          .max()
          .orElseThrow(() -> new IOException(run + ": the run has no GeoJSON outputs"));
    }
  }

  /**
   * The printout: one district-year's properties, ordered and described by the run's configuration
   * and dictionary.
   */
  private record Explanation(PrintStream out, JsonNode manifest, JsonNode columns, JsonNode p) {

    void print(int year) {
      JsonNode cfg = manifest.at("/config/content");
      out.printf(
          "%s %s (%s), %d – Lauf %s%n",
          p.path(DISTRICT_ID).asText(),
          p.path(DISTRICT_NAME).asText(),
          p.path(MUNICIPALITY_NAME).asText(),
          year,
          manifest.path("run_id").asText());
      out.printf(
          "Einwohner: %s; Gültigkeit: %s%s (Mindesteinwohnerzahl %s)%n",
          p.path(POPULATION).asText("–"),
          p.path(VALIDITY).asText(),
          p.path("validity_reason").isNull() ? "" : " – " + p.path("validity_reason").asText(),
          cfg.at("/validity/min_population").asText("300"));
      if (!p.path("missing_indicators").isNull()) {
        out.println(
            "Fehlende Indikatoren (Indizes, die sie brauchen, bleiben leer): "
                + p.path("missing_indicators").asText());
      }
      int k = cfg.at("/index/dynamic_years").asInt(2);
      out.println();
      out.println(
          "Indikatoren: Zähler / Nenner → Wert; Veränderung über " + k + " Jahre; Kartenklasse");
      for (JsonNode ind : cfg.path("indicators")) {
        String id = ind.path("id").asText();
        String counts =
            p.has(numeratorOf(id))
                ? num(p.path(numeratorOf(id)), 0)
                    + " / "
                    + num(p.path(denominatorOf(id)), 0)
                    + " → "
                : "";
        String flag =
            p.path(flagOf(id)).isTextual() ? "  [" + p.path(flagOf(id)).asText() + "]" : "";
        out.printf(
            "  %-26s %s%s  Δ %s  Klasse %s%s%n    %s%n",
            id,
            counts,
            num(p.path(id), 3),
            num(p.path(changeOf(id)), 3),
            p.path(labelOf(classOf(id))).asText("–"),
            flag,
            ind.path("label").asText());
      }
      java.util.Iterator<String> presets = cfg.at("/index/presets").fieldNames();
      while (presets.hasNext()) {
        section(presets.next());
      }
      if (IndexPresets.LIFE_PHASES.stream().anyMatch(phase -> columns.has(phaseIndexOf(phase)))) {
        out.println();
        out.println(
            "Teilindizes der Präventionskette (Methode "
                + cfg.at("/index/life_phases/method")
                    .asText(cfg.at("/index/presets").fieldNames().next())
                + "):");
        for (String phase : IndexPresets.LIFE_PHASES) {
          if (p.has(phaseIndexOf(phase))) {
            out.printf(
                "  %-14s %s → %s (Δ %s, zuvor Klasse %s)%n",
                phase,
                num(p.path(phaseIndexOf(phase)), 3),
                p.path(labelOf(phaseClassOf(phase))).asText("–"),
                num(p.path(changeOf(phaseIndexOf(phase))), 3),
                p.path(previousOf(phaseClassOf(phase))).asText("–"));
          }
        }
      }
    }

    /**
     * Every column of the preset, in publication order, with its value and its dictionary
     * description.
     */
    private void section(String preset) {
      out.println();
      out.println("Verfahren " + preset + ":");
      java.util.Iterator<Map.Entry<String, JsonNode>> it = columns.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> c = it.next();
        if (c.getKey().startsWith(preset + "_")) {
          JsonNode v = p.path(c.getKey());
          String value =
              v.isIntegralNumber()
                  ? v.asText()
                  : v.isNumber() ? num(v, 4) : v.isNull() || v.isMissingNode() ? "–" : v.asText();
          out.printf(
              "  %-38s %-12s %s%n", c.getKey(), value, c.getValue().path("description").asText());
        }
      }
    }

    private static String num(JsonNode v, int decimals) {
      return v == null || v.isNull() || v.isMissingNode() || !v.isNumber()
          ? "–"
          : String.format(java.util.Locale.GERMANY, "%." + decimals + "f", v.asDouble());
    }
  }
}
