package de.sozialraum.monitor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"Explains why a district has its index and class in a published run.", "",
        "Shows validity, every indicator value with its z-value and weight, the dynamic changes, the status and dynamic "
        + "index, classes, code, quintile and ranks. Reads the run's own outputs only (no Spark start).", ""})
final class ExplainCommand implements Callable<Integer> {

  @Option(names = "--run", required = true, paramLabel = "DIR", description = "A published run, e.g. out/latest.")
  Path run;

  @Option(names = "--district", required = true, paramLabel = "ID", description = "District (Sozialraum) id.")
  String district;

  @Option(names = "--year", paramLabel = "YYYY", description = "Year (default: the latest in the run).")
  Integer year;

  @Override
  public Integer call() throws IOException {
    JsonNode manifest = readManifest();
    if (manifest == null) {
      System.err.println(run + ": not a published run (no manifest.json)");
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
        print(System.out, manifest, f.path("properties"), y);
        return MonitorCli.OK;
      }
    }
    System.err.println(run + ": district '" + district + "' is not in year " + y);
    return MonitorCli.INVALID;
  }

  private JsonNode readManifest() throws IOException {
    Path m = run.resolve("manifest.json");
    return Files.exists(m) ? new ObjectMapper().readTree(m.toFile()) : null;
  }

  private int latestYear() throws IOException {
    try (Stream<Path> files = Files.list(run.resolve("geojson"))) {
      return files.map(p -> p.getFileName().toString().replaceAll("\\D", "")).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).max()
          .orElseThrow(() -> new IOException(run + ": the run has no GeoJSON outputs"));
    }
  }

  private static void print(PrintStream out, JsonNode manifest, JsonNode p, int year) {
    JsonNode cfg = manifest.at("/config/content");
    out.printf("%s %s (%s), %d – Lauf %s%n", p.path("district_id").asText(), p.path("district_name").asText(),
        p.path("municipality_name").asText(), year, manifest.path("run_id").asText());
    out.printf("Einwohner: %s; Gültigkeit: %s%s%n", p.path("population").asText(), p.path("validity").asText(),
        p.path("validity_reason").isNull() ? "" : " (" + p.path("validity_reason").asText() + ")");
    out.printf("Mindesteinwohnerzahl: %s%n", cfg.at("/validity/min_population").asText("300"));
    int nStatus = cfg.at("/index/status").size();
    out.println();
    out.println("Statusindikatoren (gleiche Gewichte 1/" + nStatus + " in der Summe der z-Werte):");
    for (JsonNode id : cfg.at("/index/status")) {
      out.printf("  %-28s Wert %-10s z %s%n", id.asText(), num(p.path(id.asText())), num(p.path(id.asText() + "_z")));
    }
    if (cfg.at("/index/dynamic").size() > 0) {
      out.println("Dynamikindikatoren (Veränderung über " + cfg.at("/index/dynamic_years").asInt(2) + " Jahre, Prozentpunkte):");
      for (JsonNode id : cfg.at("/index/dynamic")) {
        out.printf("  %-28s Veränderung %-10s z %s%n", id.asText(), num(p.path(id.asText() + "_change")), num(p.path(id.asText() + "_change_z")));
      }
    }
    if (!p.path("missing_indicators").isNull()) {
      out.println("Fehlende Indikatoren (daher kein Index): " + p.path("missing_indicators").asText());
    }
    out.println();
    out.printf("Statusindex  %s → Klasse %s (%s)   [1 hoch <-1, 2 mittel -1..1, 3 niedrig 1..1,5, 4 sehr niedrig >1,5]%n",
        num(p.path("mss_status_index")), p.path("mss_status_class").asText("-"), p.path("mss_status_label").asText("-"));
    out.printf("Dynamikindex %s → Klasse %s (%s)   [1 positiv <-1, 3 stabil -1..1, 5 negativ >1]%n",
        num(p.path("mss_dynamic_index")), p.path("mss_dynamic_class").asText("-"), p.path("mss_dynamic_label").asText("-"));
    out.printf("Gesamtcode %s; Quintil %s; Rang im Kreis %s, in der Gemeinde %s%n", p.path("mss_code").asText("-"),
        p.path("mss_status_quintile").asText("-"), p.path("rank_county").asText("-"), p.path("rank_municipality").asText("-"));
    out.println();
    out.println("Weitere Indikatoren:");
    Iterator<Map.Entry<String, JsonNode>> it = p.fields();
    java.util.Set<String> index = new java.util.HashSet<>();
    cfg.at("/index/status").forEach(n -> index.add(n.asText()));
    for (JsonNode ind : cfg.path("indicators")) {
      String id = ind.path("id").asText();
      if (!index.contains(id)) {
        out.printf("  %-28s %s  (%s)%n", id, num(p.path(id)), ind.path("label").asText());
      }
    }
  }

  private static String num(JsonNode v) {
    return v == null || v.isNull() || v.isMissingNode() ? "–" : String.format(java.util.Locale.GERMANY, "%.3f", v.asDouble());
  }
}
