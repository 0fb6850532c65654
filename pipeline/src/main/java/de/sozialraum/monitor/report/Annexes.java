package de.sozialraum.monitor.report;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.DISTRICT_NAME;
import static de.sozialraum.monitor.schema.Columns.MUNICIPALITY_NAME;
import static de.sozialraum.monitor.schema.Columns.POPULATION;
import static de.sozialraum.monitor.schema.Columns.VALIDITY;
import static de.sozialraum.monitor.schema.Columns.YEAR;

import com.fasterxml.jackson.databind.JsonNode;
import de.sozialraum.monitor.config.Direction;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.Neighbourhood;
import de.sozialraum.monitor.config.ZoneWeights;
import de.sozialraum.monitor.index.IndexPresets;
import de.sozialraum.monitor.indicators.Validity;
import de.sozialraum.monitor.output.PublishedRun;
import de.sozialraum.monitor.report.ReportModel.Cell;
import de.sozialraum.monitor.report.ReportModel.Chapter;
import de.sozialraum.monitor.report.ReportModel.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The annexes: the methodology as the run's configuration states it, the data-quality account from
 * the run's quality files, the data dictionary and the sources with their checksums, licences and
 * the software used.
 */
final class Annexes {

  private final ReportData d;

  Annexes(ReportData d) {
    this.d = d;
  }

  List<Chapter> all() {
    return List.of(methods(), quality(), dictionary(), sources());
  }

  private Chapter methods() {
    MonitorConfig c = d.config;
    List<String> points = new ArrayList<>();
    c.index()
        .presets()
        .forEach(
            (name, p) ->
                points.add(
                    name.toUpperCase(java.util.Locale.ROOT)
                        + (name.equals(d.headline().name()) ? " (Gesamtindex)" : "")
                        + ": "
                        + d.texts.getOrDefault("method_" + name, name)
                        + " Indikatoren: "
                        + String.join("; ", p.indicators().stream().map(d::title).toList())
                        + parameters(p.parameters(d::title))));
    if (c.index().lifePhaseMethod() != null) {
      points.add(
          "Teilindizes der Lebensphasen nach dem Verfahren "
              + c.index().lifePhaseMethod().toUpperCase(java.util.Locale.ROOT)
              + " aus den Indikatoren, die der jeweiligen Phase zugeordnet sind.");
    }
    points.add(
        (c.validity().minPopulation() > 0
                ? "Gültigkeit: Sozialräume mit weniger als "
                    + c.validity().minPopulation()
                    + " Einwohnerinnen und Einwohnern erhalten keinen Index"
                : "Gültigkeit: ohne Mindestzahl an Einwohnerinnen und Einwohnern"
                    + " (validity.min_population: 0); "
                    + (c.validity().column() == null
                        ? "nur Sozialräume ohne Bevölkerungszahl erhalten keinen Index"
                        : "Sozialräume ohne Daten erhalten keinen Index"))
            + (c.validity().column() == null
                ? ""
                : "; Sozialräume, die die Lieferung in der Spalte "
                    + c.validity().column().column()
                    + " als "
                    + String.join(" oder ", c.validity().column().invalid())
                    + " angibt, erhalten keinen Index")
            + (c.validity().exclusions().isEmpty()
                ? "; keine weiteren Ausschlüsse."
                : "; Ausschlüsse: "
                    + c.validity().exclusions().stream()
                        .map(e -> e.district() + " (" + e.reason() + ")")
                        .toList()
                    + "."));
    points.add(
        c.disclosure().isOff()
            ? "Geheimhaltung: abgeschaltet (disclosure: false), da die Daten bereits offen"
                + " veröffentlicht sind; kein Wert wird gesperrt."
            : "Geheimhaltung: Zähler unter "
                + c.disclosure().minCount()
                + " werden gesperrt, samt allem, was sich daraus ableiten lässt"
                + " (sekundäre Sperrung über Gemeinde- und Kreissummen"
                + (c.disclosure().categories().isEmpty()
                    ? ""
                    : " und über die Teilsummen "
                        + String.join(
                            "; ",
                            c.disclosure().categories().stream()
                                .map(
                                    k ->
                                        d.title(k.total())
                                            + " = "
                                            + String.join(
                                                " + ", k.parts().stream().map(d::title).toList()))
                                .toList()))
                + ").");
    if (!c.yearLabels().isEmpty()) {
      List<String> periods = new ArrayList<>();
      c.yearLabels().forEach((y, label) -> periods.add(y + " steht für " + label));
      points.add(
          "Zeiträume: Die Daten gelten für Zeiträume, nicht für einzelne Jahre; "
              + String.join(", ", periods)
              + " (Spalte period).");
    }
    if (!c.hasGeometry()) {
      points.add(
          "Ohne Geometrie: Für die Sozialräume liegen keine Grenzen vor ("
              + (c.districts() != null
                  ? "Liste " + c.districts().path().getFileName()
                  : "Sozialräume aus den Kennungen der Tabellen")
              + "). Karten, GeoJSON, GeoParquet, QGIS-Stile und alles, was Grenzen"
              + " braucht, entfallen; die Abbildungen zählen die Sozialräume je Klasse.");
    }
    if (c.spatial() != null && c.spatial().neighbours() == Neighbourhood.NONE) {
      points.add(
          "Räumliche Statistik und räumliche Glättung: nicht berechnet, da keine"
              + " Nachbarschaften bestimmt wurden (spatial.neighbours: none).");
    } else if (c.spatial() != null) {
      MonitorConfig.Spatial s = c.spatial();
      String neighbourhood =
          "Nachbarschaft "
              + s.neighbours()
              + (s.neighbours() == Neighbourhood.KNN ? " (k = " + s.k() + ")" : "")
              + ", Fangradius "
              + GermanNumbers.format(s.snap(), 2)
              + " m";
      points.add(
          d.spatialVariables.isEmpty()
              ? "Räumliche Statistik (Moran's I, LISA, Gi*): nicht berechnet, in der"
                  + " Konfiguration abgeschaltet. "
                  + neighbourhood
                  + " (für die räumliche Glättung)."
              : "Räumliche Statistik: "
                  + neighbourhood
                  + ", Gewichte "
                  + s.weights()
                  + ", "
                  + s.statistics().permutations()
                  + " Permutationen mit Startwert "
                  + s.statistics().seed()
                  + ", α = "
                  + GermanNumbers.format(s.statistics().alpha(), 2)
                  + (s.statistics().fdr() ? ", FDR-Korrektur" : ", ohne FDR-Korrektur")
                  + ".");
    }
    c.tables().stream()
        .filter(t -> t.zoning() != null)
        .forEach(
            t ->
                points.add(
                    "Tabelle "
                        + t.id()
                        + " ist nach "
                        + t.zoning().layer().file().getFileName()
                        + " geliefert und wird "
                        + (t.zoning().weights() == ZoneWeights.POPULATION
                            ? "nach Einwohnern der Baublöcke"
                            : "nach Flächenanteilen")
                        + " auf die Sozialräume umgeschlüsselt; Quoten werden aus den umgeschlüsselten Zählern neu berechnet."));
    List<List<Cell>> rows = new ArrayList<>();
    for (MonitorConfig.Indicator i : c.indicators()) {
      MonitorConfig.ClassSpec spec = c.classification().of(i.id());
      rows.add(
          List.of(
              Cell.code(i.id()),
              Cell.text(i.label()),
              Cell.code(
                  i.value() != null
                      ? "geliefert: " + i.value()
                      : String.join(" + ", i.numerator())
                          + " / "
                          + String.join(" + ", i.denominator())),
              Cell.text(
                  i.direction() == Direction.HIGHER_IS_WORSE
                      ? "hoch = ungünstig"
                      : "hoch = günstig"),
              Cell.code(i.domain()),
              Cell.text(
                  String.join(
                      ", ", i.lifePhases().stream().map(IndexPresets::lifePhaseName).toList())),
              Cell.number(GermanNumbers.format(i.weight(), 1)),
              Cell.text(classification(spec))));
    }
    Table indicators =
        new Table(
            "indikatoren-definition",
            "Indikatoren und ihre Kartenklassen",
            List.of(
                "Kennung",
                "Bezeichnung",
                "Berechnung",
                "Richtung",
                "Bereich",
                "Lebensphasen",
                "Gewicht",
                "Klassifikation"),
            rows,
            null);
    return new Chapter(
        "methodik",
        d.text("annex_methods"),
        "Erzeugt aus der Konfiguration des Laufs "
            + d.run.runId()
            + " ("
            + c.file().getFileName()
            + ", SHA-256 "
            + c.sha256().substring(0, 12)
            + "…).",
        points,
        List.of(),
        List.of(indicators));
  }

  private Chapter quality() {
    JsonNode s = d.run.summary;
    List<String> points = new ArrayList<>();
    JsonNode g = s.path("geometry");
    if (!d.config.hasGeometry()) {
      points.add(
          "Sozialräume ("
              + g.path("source").asText()
              + "): "
              + g.path("districts_used").asInt()
              + ", ohne Geometrie.");
    } else {
      points.add(
          "Geometrien ("
              + g.path("source").asText()
              + "): "
              + g.path("features_read").asInt()
              + " gelesen, "
              + g.path("districts_used").asInt()
              + " verwendet, "
              + g.path("rejected").asInt()
              + " abgelehnt, "
              + g.path("repaired").asInt()
              + " repariert.");
    }
    JsonNode cells = s.path("cells");
    points.add(
        "Tabellenzellen: "
            + GermanNumbers.format(cells.path("values").asLong(), 0)
            + " Werte, "
            + cells.path("missing").asLong()
            + " fehlend, "
            + cells.path("rejected").asLong()
            + " abgelehnt, "
            + cells.path("out_of_period").asLong()
            + " außerhalb des Zeitraums.");
    JsonNode sup = s.path("suppressed");
    points.add(
        "Geheimhaltung: "
            + sup.path("primary_cells").asLong()
            + " primär und "
            + sup.path("secondary_cells").asLong()
            + " sekundär gesperrte Zellen (Mindestfallzahl "
            + sup.path("min_count").asInt()
            + ")"
            + (sup.path("pinned_by_rules").asLong() > 0
                ? "; "
                    + sup.path("pinned_by_rules").asLong()
                    + " davon ließen sich schon aus anderen "
                    + "gesperrten Zellen und der Mindestfallzahl erschließen (z. B. eine Summe 2 aus zwei gesperrten Einsen) und sind trotzdem gesperrt"
                : "")
            + ".");
    points.add(
        "Gültigkeit (alle Jahre): "
            + String.join(
                ", ",
                s.path("validity").properties().stream()
                    .map(e -> Validity.name(e.getKey()) + ": " + e.getValue().asText())
                    .toList())
            + ".");
    s.path("crosswalks")
        .forEach(
            cw ->
                points.add(
                    "Umschlüsselung "
                        + cw.path("table").asText()
                        + " ("
                        + cw.path("zoning").asText()
                        + ", "
                        + cw.path("zones").asInt()
                        + " Zonen): größte relative Abweichung der Summen "
                        + String.format(
                                java.util.Locale.ROOT,
                                "%.1e",
                                cw.path("max_relative_difference").asDouble())
                            .replace('.', ',')
                        + "."));
    points.add("Warnungen: " + s.path("warnings").asLong() + " (quality/warnings.csv).");
    List<Table> tables = new ArrayList<>();
    List<List<Cell>> perTable = new ArrayList<>();
    s.path("tables")
        .forEach(
            t ->
                perTable.add(
                    List.of(
                        Cell.text(t.path("table").asText()),
                        Cell.text(t.path("source").asText()),
                        Cell.number(Long.toString(t.path("records").asLong())),
                        Cell.number(Long.toString(t.path("records_with_rejects").asLong())))));
    tables.add(
        new Table(
            "tabellen",
            "Eingangstabellen",
            List.of("Tabelle", "Datei", "Datensätze", "mit abgelehnten Zellen"),
            perTable,
            null));
    List<List<Cell>> byRule = new ArrayList<>();
    s.path("rejects_by_rule")
        .fields()
        .forEachRemaining(
            e -> byRule.add(List.of(Cell.code(e.getKey()), Cell.number(e.getValue().asText()))));
    tables.add(
        new Table(
            "ablehnungen-regeln",
            "Abgelehnte Zeilen und Zellen nach Regel",
            List.of("Regel", "Anzahl"),
            byRule,
            byRule.isEmpty() ? "Keine Zeile und keine Zelle wurde abgelehnt." : null));
    tables.add(
        listed(
            "ablehnungen",
            "Abgelehnte Zeilen und Zellen (quality/rejects.csv)",
            d.run.rejects,
            this::rejectRow));
    tables.add(
        listed("warnungen", "Warnungen (quality/warnings.csv)", d.run.warnings, this::warningRow));
    List<List<Cell>> invalid = new ArrayList<>();
    for (Map<String, Object> r : d.rows()) {
      if (!"valid".equals(r.get(VALIDITY))) {
        invalid.add(
            List.of(
                Cell.text((String) r.get(DISTRICT_NAME)),
                Cell.text((String) r.get(MUNICIPALITY_NAME)),
                Cell.number(GermanNumbers.format(r.get(POPULATION), 0)),
                Cell.text(Validity.name((String) r.get(VALIDITY))),
                Cell.text(d.invalidBecause(r))));
      }
    }
    tables.add(
        new Table(
            "ausschluesse",
            "Sozialräume ohne Index " + d.year,
            List.of(d.text("district"), d.text("municipality"), "Einwohner", "Regel", "Grund"),
            invalid,
            invalid.isEmpty() ? "Alle Sozialräume sind gültig." : null));
    return new Chapter(
        "datenqualitaet",
        d.text("annex_quality"),
        "Aus quality/summary.json, quality/rejects.csv und quality/warnings.csv dieses Laufs.",
        points,
        List.of(),
        tables);
  }

  /** The German headings of the quality files' columns. */
  private static final Map<String, String> QUALITY_HEADINGS =
      Map.of(
          "source",
          "Quelle",
          "line_or_feature",
          "Zeile/Objekt",
          "column",
          "Spalte",
          DISTRICT_ID,
          "Sozialraum",
          YEAR,
          "Jahr",
          "variable",
          "Merkmal",
          "rule",
          "Regel",
          "kind",
          "Art",
          "message",
          "Meldung");

  /** What each kind of warning means, in German; the files keep the English message of the log. */
  private static final Map<String, String> WARNING_KINDS =
      Map.of(
          "geometry_repaired", "Geometrie repariert",
          "district_without_data", "Sozialraum ohne Daten in allen Tabellen",
          "offer_outside_districts",
              "Angebot in keinem Sozialraum: veröffentlicht, aber nirgends gezählt",
          "zone_partly_outside", "Zone liegt nur teilweise in den Sozialräumen",
          "district_island",
              "Sozialraum ohne Nachbarn: räumliche Glättung nur mit sich selbst, ohne lokale"
                  + " Statistik",
          "implausible_jump", "unplausibler Sprung zum Vorjahr");

  private Table listed(
      String id,
      String caption,
      PublishedRun.QualityRows q,
      java.util.function.Function<Map<String, String>, List<Cell>> row) {
    List<List<Cell>> rows = new ArrayList<>();
    for (List<String> r : q.rows()) {
      Map<String, String> byName = new java.util.HashMap<>();
      for (int c = 0; c < q.header().size(); c++) {
        byName.put(q.header().get(c), r.get(c));
      }
      rows.add(row.apply(byName));
    }
    String note =
        q.total() == 0
            ? "Keine Einträge."
            : q.total() > rows.size()
                ? "Die ersten "
                    + rows.size()
                    + " von "
                    + q.total()
                    + " Einträgen; alle stehen in der Datei."
                : null;
    List<String> header =
        q.header().stream().map(h -> QUALITY_HEADINGS.getOrDefault(h, h)).toList();
    return new Table(id, caption, header, rows, note);
  }

  /** A rejected record or cell: identifiers as code; the message as the log gives it. */
  private List<Cell> rejectRow(Map<String, String> r) {
    return List.of(
        Cell.code(r.get("source")),
        Cell.text(r.get("line_or_feature")),
        Cell.code(r.get("column")),
        Cell.text(r.get(DISTRICT_ID)),
        Cell.text(r.get(YEAR)),
        Cell.code(r.get("variable")),
        Cell.code(r.get("rule")),
        Cell.text(r.get("message")));
  }

  /** A warning in German: its kind's meaning, and for a jump the change in German numbers. */
  private List<Cell> warningRow(Map<String, String> r) {
    String kind = r.get("kind");
    String message = r.get("message");
    if ("implausible_jump".equals(kind)) {
      MonitorConfig.Indicator ind = d.config.indicator(r.get("source"));
      double threshold =
          ind.jumpWarning() != null ? ind.jumpWarning() : d.config.quality().jumpWarning();
      int year = Integer.parseInt(r.get(YEAR));
      Map<String, Object> now = d.row(year, r.get(DISTRICT_ID));
      Map<String, Object> before = d.row(year - 1, r.get(DISTRICT_ID));
      double change = ReportData.number(now, ind.id()) - ReportData.number(before, ind.id());
      message =
          (Double.isNaN(change)
                  ? "Veränderung gegenüber dem Vorjahr nicht veröffentlicht (Geheimhaltung)"
                  : "Veränderung um "
                      + GermanNumbers.signed(change, 1)
                      + " Prozentpunkte gegenüber dem Vorjahr")
              + " (Schwelle "
              + GermanNumbers.format(threshold, 1)
              + ")";
      return List.of(
          Cell.text(ind.label()),
          Cell.text(r.get(DISTRICT_ID)),
          Cell.text(r.get(YEAR)),
          Cell.text(WARNING_KINDS.get(kind)),
          Cell.text(message));
    }
    String meaning = WARNING_KINDS.get(kind);
    // a repair names what was wrong with the geometry, which its kind does not say
    boolean said = meaning != null && !"geometry_repaired".equals(kind);
    return List.of(
        Cell.code(r.get("source")),
        Cell.text(r.get(DISTRICT_ID)),
        Cell.text(r.get(YEAR)),
        meaning != null ? Cell.text(meaning) : Cell.code(kind),
        Cell.text(said ? null : message));
  }

  private Chapter dictionary() {
    List<Table> tables = new ArrayList<>();
    tables.add(
        columns(
            "woerterbuch-indices",
            "Tabelle indices (Parquet, GeoParquet, GeoJSON, CSV): eine Zeile je Sozialraum und Jahr",
            d.run.dictionary.path("columns")));
    d.run
        .dictionary
        .path("tables")
        .fields()
        .forEachRemaining(
            e ->
                tables.add(
                    columns(
                        "woerterbuch-" + e.getKey(),
                        "Tabelle " + e.getKey(),
                        e.getValue().path("columns"))));
    return new Chapter(
        "woerterbuch",
        d.text("annex_dictionary"),
        "Aus dictionary.json dieses Laufs; Spaltennamen sind stabil.",
        List.of(),
        List.of(),
        tables);
  }

  private static Table columns(String id, String caption, JsonNode columns) {
    List<List<Cell>> rows = new ArrayList<>();
    columns
        .fields()
        .forEachRemaining(
            e ->
                rows.add(
                    List.of(
                        Cell.text(e.getKey()),
                        Cell.text(e.getValue().path("type").asText()),
                        Cell.text(e.getValue().path("description").asText()))));
    return new Table(id, caption, List.of("Spalte", "Typ", "Bedeutung"), rows, null);
  }

  private Chapter sources() {
    List<String> points = new ArrayList<>();
    if (d.config.synthetic()) {
      points.add(d.text("synthetic"));
    }
    points.add(
        "Farben: ColorBrewer 2.0 (Cynthia A. Brewer, Pennsylvania State University; Apache-Lizenz 2.0), farbenblind-sichere Schemata YlOrRd und RdYlBu.");
    points.add(
        "Software: Sozialraum-Monitor "
            + d.run.manifest.path("code").path("version").asText()
            + " mit Apache Spark "
            + d.run.manifest.path("code").path("spark").asText()
            + " und Apache Sedona (Apache-Lizenz 2.0), GeoTools (LGPL 2.1), JTS Topology Suite "
            + "(Eclipse Distribution License), Apache FreeMarker (Apache-Lizenz 2.0); PDF gedruckt mit Chromium (BSD-Lizenz).");
    List<List<Cell>> rows = new ArrayList<>();
    Map<String, String> descriptions = new java.util.HashMap<>();
    d.config.tables().forEach(t -> descriptions.put(t.id(), t.description()));
    d.run
        .manifest
        .path("inputs")
        .forEach(
            in ->
                rows.add(
                    List.of(
                        Cell.code(in.path("id").asText()),
                        Cell.text(
                            java.nio.file.Path.of(in.path("path").asText())
                                .getFileName()
                                .toString()),
                        Cell.text(descriptions.getOrDefault(in.path("id").asText(), null)),
                        Cell.number(in.path("rows").asText()),
                        Cell.text(in.path("sha256").asText().substring(0, 16) + "…"))));
    Table inputs =
        new Table(
            "quellen",
            "Eingangsdaten des Laufs " + d.run.runId(),
            List.of("Quelle", "Datei", "Beschreibung", "Zeilen", "SHA-256"),
            rows,
            null);
    return new Chapter(
        "quellen", d.text("annex_sources"), null, points, List.of(), List.of(inputs));
  }

  private static String parameters(List<String> given) {
    return given.isEmpty() ? "." : ". " + String.join(". ", given) + ".";
  }

  /** Class bounds in German numbers: "−1; 1; 1,5". */
  private static String numbers(List<? extends Number> bounds) {
    return String.join(
        "; ",
        bounds.stream()
            .map(
                b ->
                    java.math.BigDecimal.valueOf(b.doubleValue())
                        .stripTrailingZeros()
                        .toPlainString()
                        .replace('.', ',')
                        .replace('-', '−'))
            .toList());
  }

  private static String classification(MonitorConfig.ClassSpec s) {
    return switch (s.method()) {
      case FIXED -> "feste Grenzen " + numbers(s.thresholds());
      case SD_BANDS -> "Standardabweichungsbänder " + numbers(s.sdEdges());
      case FISHER_JENKS -> "Fisher-Jenks, " + s.classes() + " Klassen";
      case EQUAL_INTERVAL -> "gleiche Intervalle, " + s.classes() + " Klassen";
      case QUANTILES -> "Quantile, " + s.classes() + " Klassen";
    };
  }
}
