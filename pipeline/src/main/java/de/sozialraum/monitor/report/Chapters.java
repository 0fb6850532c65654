package de.sozialraum.monitor.report;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.DISTRICT_NAME;
import static de.sozialraum.monitor.schema.Columns.MUNICIPALITY_NAME;
import static de.sozialraum.monitor.schema.Columns.POPULATION;
import static de.sozialraum.monitor.schema.Columns.VALIDITY;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static de.sozialraum.monitor.schema.Columns.classOf;
import static de.sozialraum.monitor.schema.Columns.gapOf;
import static de.sozialraum.monitor.schema.Columns.hotspotOf;
import static de.sozialraum.monitor.schema.Columns.lisaClusterOf;
import static de.sozialraum.monitor.schema.Columns.offersPer1000Of;
import static de.sozialraum.monitor.schema.Columns.phaseClassOf;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.Unit;
import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndexPresets;
import de.sozialraum.monitor.report.ReportModel.Cell;
import de.sozialraum.monitor.report.ReportModel.Chapter;
import de.sozialraum.monitor.report.ReportModel.Figure;
import de.sozialraum.monitor.report.ReportModel.Table;
import de.sozialraum.monitor.styles.ClassLegend;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The report's main chapters, from the summary to the targets, built from the published run. */
final class Chapters {

  static final String COUNTY_COLOUR = "#252525";
  static final String TOWN_COLOUR = "#2166ac";
  static final String DISTRICT_COLOUR = "#b2182b";
  private static final Map<String, String> TARGET_STATUS =
      Map.of("reached", "erreicht", "on_track", "auf Kurs", "off_track", "nicht auf Kurs");

  /**
   * A target's status in words; a target has none in a year whose value or baseline is withheld or
   * outside the run.
   */
  static String targetStatus(String status) {
    return status == null ? "ohne Stand (Wert oder Ausgangswert fehlt)" : TARGET_STATUS.get(status);
  }

  private final ReportData d;

  Chapters(ReportData d) {
    this.d = d;
  }

  /**
   * The main text's chapters in the order {@code report.chapters} gives, each where the run has its
   * content; the comparison of indices only where it is not moved to an annex.
   */
  List<Chapter> all() {
    MonitorConfig.Report r = d.config.report();
    Map<String, java.util.function.Supplier<Chapter>> available = new LinkedHashMap<>();
    available.put("zusammenfassung", this::summary);
    available.put("gesamtindex", this::index);
    if (r.indices() == MonitorConfig.Report.Placement.TEXT && !comparedPresets().isEmpty()) {
      available.put("indizes", this::otherIndices);
    }
    if (!d.phases.isEmpty()) {
      available.put("praeventionskette", this::chain);
    }
    available.put("indikatoren", this::indicators);
    if (!d.spatialVariables.isEmpty()) {
      available.put("raeumliche-muster", this::spatial);
    }
    if (d.config.supply() != null) {
      available.put("angebote", this::supply);
    }
    if (d.previous != null) {
      available.put("klassenwechsel", this::transitions);
    }
    if (!d.config.targets().isEmpty()) {
      available.put("ziele", this::targets);
    }
    List<Chapter> out = new ArrayList<>();
    for (String id : r.chapters()) {
      if (available.containsKey(id)) {
        out.add(available.get(id).get());
      }
    }
    return out;
  }

  /**
   * The comparison of the further presets as an annex ({@code report.indices: annex}); empty where
   * it stays in the text or there is nothing to compare.
   */
  java.util.Optional<Chapter> indicesAnnex() {
    return d.config.report().indices() == MonitorConfig.Report.Placement.ANNEX
            && !comparedPresets().isEmpty()
        ? java.util.Optional.of(otherIndices().titled(d.text("annex_indices")))
        : java.util.Optional.empty();
  }

  /** The presets the comparison shows: {@code report.presets}, else all after the headline. */
  private List<IndexPreset> comparedPresets() {
    List<IndexPreset> further = d.presets.subList(1, d.presets.size());
    List<String> chosen = d.config.report().presets();
    if (chosen.isEmpty()) {
      return further;
    }
    List<IndexPreset> out = new ArrayList<>();
    for (String name : chosen) {
      further.stream().filter(p -> p.name().equals(name)).forEach(out::add);
    }
    return out;
  }

  private Chapter summary() {
    List<String> points = new ArrayList<>();
    List<Map<String, Object>> rows = d.rows();
    long valid = rows.stream().filter(r -> "valid".equals(r.get(VALIDITY))).count();
    points.add(
        "Im Berichtsjahr "
            + d.year
            + " umfasst das Monitoring "
            + rows.size()
            + " Sozialräume in "
            + d.towns().size()
            + " Gemeinden"
            + (d.config.population().isDelivered()
                ? " mit "
                    + GermanNumbers.format(
                        ReportData.number(d.aggregate(null, d.year), POPULATION), 0)
                    + " Einwohnerinnen und Einwohnern"
                : " (die Lieferung enthält keine Einwohnerzahlen)")
            + "; "
            + valid
            + " Sozialräume erfüllen die Gültigkeitsregeln und erhalten einen Index.");
    IndexPreset h = d.headline();
    ClassLegend hl = d.legend(h.classColumn());
    ClassLegend.Entry worst = hl.entries().get(hl.mostAdverseFirst() ? 0 : hl.entries().size() - 1);
    List<String> inWorst =
        rows.stream()
            .filter(r -> worst.equals(hl.entryOf(r.get(h.classColumn()))))
            .map(r -> (String) r.get(DISTRICT_NAME))
            .toList();
    if (!inWorst.isEmpty()) {
      points.add(
          hl.title()
              + ", ungünstigste Klasse \u201E"
              + worst.label()
              + "\u201C: "
              + inWorst.size()
              + " Sozialräume ("
              + String.join(", ", inWorst)
              + ").");
    }
    if (d.previous != null) {
      List<String> better = new ArrayList<>();
      List<String> worse = new ArrayList<>();
      for (Map<String, Object> r : rows) {
        Map<String, Object> p = d.row(d.previous, (String) r.get(DISTRICT_ID));
        if (r.get(h.classColumn()) instanceof Number now
            && p != null
            && p.get(h.classColumn()) instanceof Number before
            && now.intValue() != before.intValue()) {
          (adverse(hl, now.intValue()) > adverse(hl, before.intValue()) ? worse : better)
              .add((String) r.get(DISTRICT_NAME));
        }
      }
      points.add(
          "Seit "
              + d.previous
              + " hat sich die Klasse des Gesamtindex in "
              + better.size()
              + " Sozialräumen verbessert"
              + names(better)
              + " und in "
              + worse.size()
              + " verschlechtert"
              + names(worse)
              + ".");
    }
    com.fasterxml.jackson.databind.JsonNode years = d.run.summary.path("years");
    if (years.has("changes") && years.get("changes").isEmpty()) {
      List<String> published = new ArrayList<>();
      years.path("published").forEach(y -> published.add(y.asText()));
      points.add(
          "Veränderungen über "
              + years.path("dynamic_years").asInt()
              + " Jahre (die Veränderungsspalten, ein daraus berechneter Dynamikindex und die "
              + "Klassen von damals) lassen sich nicht berechnen: Die Daten umfassen nur "
              + String.join(", ", published)
              + ".");
    }
    for (String v : d.spatialVariables.subList(0, Math.min(1, d.spatialVariables.size()))) {
      List<String> hot =
          rows.stream()
              .filter(r -> "HH".equals(r.get(lisaClusterOf(v))))
              .map(r -> (String) r.get(DISTRICT_NAME))
              .toList();
      points.add(
          "Räumliche Häufung (LISA, "
              + d.title(v)
              + "): "
              + hot.size()
              + " Sozialräume bilden einen Hot Spot"
              + names(hot)
              + ".");
    }
    if (d.config.supply() != null) {
      for (MonitorConfig.Gap g : d.config.supply().gaps()) {
        List<String> gaps =
            rows.stream()
                .filter(r -> Boolean.TRUE.equals(r.get(gapOf(g.id()))))
                .map(r -> (String) r.get(DISTRICT_NAME))
                .toList();
        points.add(g.label() + ": " + gaps.size() + " Sozialräume" + names(gaps) + ".");
      }
    }
    List<Map<String, Object>> targetRows =
        d.run.targets.stream().filter(t -> Integer.valueOf(d.year).equals(t.get(YEAR))).toList();
    if (!targetRows.isEmpty()) {
      long onTrack =
          targetRows.stream()
              .filter(t -> "reached".equals(t.get("status")) || "on_track".equals(t.get("status")))
              .count();
      long without = targetRows.stream().filter(t -> t.get("status") == null).count();
      points.add(
          "Ziele des Leitbilds: "
              + onTrack
              + " von "
              + targetRows.size()
              + " sind erreicht oder auf Kurs"
              + (without == 0
                  ? "."
                  : "; " + without + " ohne Stand (Wert oder Ausgangswert fehlt)."));
    }
    List<List<Cell>> table = new ArrayList<>();
    Map<String, Object> county = d.aggregate(null, d.year);
    Map<String, Object> before = d.previous == null ? null : d.aggregate(null, d.previous);
    for (MonitorConfig.Indicator ind : d.config.indicators()) {
      double now = ReportData.number(county, ind.id());
      double then = ReportData.number(before, ind.id());
      double change = now - then;
      String verdict =
          !Double.isFinite(change)
              ? GermanNumbers.MISSING
              : Math.abs(change) < 0.05
                  ? "unverändert"
                  : change * ind.sign() > 0 ? "ungünstiger" : "günstiger";
      table.add(
          List.of(
              Cell.text(ind.label()),
              Cell.number(GermanNumbers.format(then, 1)),
              Cell.number(GermanNumbers.format(now, 1)),
              Cell.number(GermanNumbers.signed(change, 1)),
              Cell.text(verdict)));
    }
    Table figures =
        new Table(
            "kennzahlen",
            d.text("county_figures") + " (" + unitNote() + ")",
            List.of(
                "Indikator",
                d.previous == null ? "–" : d.previous.toString(),
                Integer.toString(d.year),
                d.changeHeading(),
                "Bewertung"),
            table,
            null);
    List<Figure> charts = new ArrayList<>();
    for (MonitorConfig.Indicator ind : headlineIndicators()) {
      charts.add(
          new Figure(
              "trend-kreis-" + ind.id(),
              "diagramm",
              ind.label(),
              d.text("county_trends"),
              TrendChart.full(
                  ind.label(),
                  d.years,
                  List.of(
                      new TrendChart.Series(
                          d.text("county"),
                          COUNTY_COLOUR,
                          false,
                          d.series("county", null, ind.id()))),
                  1,
                  ind.unit()),
              List.of()));
    }
    return new Chapter(
        "zusammenfassung",
        d.text("summary"),
        d.text("summary_intro"),
        points,
        charts,
        List.of(figures));
  }

  private Chapter index() {
    IndexPreset h = d.headline();
    ClassLegend l = d.legend(h.classColumn());
    Figure map =
        Figures.classMap(
            d,
            Figures.keyMapId(d),
            IndexPresets.headlineTitle(h),
            "Klassen des Gesamtindex " + d.year,
            l,
            List.of());
    List<Map<String, Object>> ranked = new ArrayList<>(d.rows());
    String rank = h.name() + "_rank";
    ranked.sort(
        Comparator.comparingDouble(
                (Map<String, Object> r) ->
                    r.get(rank) instanceof Number n ? n.doubleValue() : Double.MAX_VALUE)
            .thenComparing(r -> (String) r.get(DISTRICT_ID)));
    List<List<Cell>> rows = new ArrayList<>();
    for (Map<String, Object> r : ranked) {
      Map<String, Object> p =
          d.previous == null ? null : d.row(d.previous, (String) r.get(DISTRICT_ID));
      ClassLegend.Entry now = l.entryOf(r.get(h.classColumn()));
      ClassLegend.Entry then = p == null ? null : l.entryOf(p.get(h.classColumn()));
      rows.add(
          List.of(
              Cell.number(GermanNumbers.format(r.get(rank), 0)),
              Cell.text((String) r.get(DISTRICT_NAME)),
              Cell.text((String) r.get(MUNICIPALITY_NAME)),
              Cell.number(GermanNumbers.format(r.get(h.headlineColumn()), 2)),
              Cell.swatch(
                  now == null ? l.noClass() : now.label(), l.colourOf(r.get(h.classColumn()))),
              Cell.swatch(
                  then == null ? GermanNumbers.MISSING : then.label(),
                  then == null ? null : then.colour()),
              Cell.number(
                  GermanNumbers.signed(
                      ReportData.number(r, h.headlineColumn())
                          - ReportData.number(p, h.headlineColumn()),
                      2))));
    }
    Table table =
        new Table(
            "rangfolge",
            d.text("ranking")
                + " "
                + d.year
                + " ("
                + IndexPresets.headlineTitle(h)
                + "; Rang 1 = höchster Index)",
            List.of(
                "Rang",
                d.text("district"),
                d.text("municipality"),
                "Index",
                "Klasse " + d.year,
                "Klasse " + Objects.toString(d.previous, "–"),
                d.changeHeading()),
            rows,
            null);
    List<Table> tables = new ArrayList<>(List.of(table));
    if (!d.run.geometries.isEmpty()) {
      tables.add(mapKey());
    }
    return new Chapter(
        "gesamtindex", d.text("index"), d.text("index_intro"), List.of(), List.of(map), tables);
  }

  /** The numbers the maps write into the districts, with their names. */
  private Table mapKey() {
    List<List<Cell>> rows = new ArrayList<>();
    for (Map<String, Object> r : d.rows()) {
      rows.add(
          List.of(
              Cell.number(Integer.toString(d.numbers.get((String) r.get(DISTRICT_ID)))),
              Cell.text((String) r.get(DISTRICT_NAME)),
              Cell.text((String) r.get(MUNICIPALITY_NAME))));
    }
    return new Table(
        "kartenschluessel",
        d.text("map_key"),
        List.of("Nr.", d.text("district"), d.text("municipality")),
        rows,
        null);
  }

  private Chapter otherIndices() {
    List<Figure> maps = new ArrayList<>();
    for (IndexPreset p : comparedPresets()) {
      ClassLegend l = d.legend(p.classColumn());
      maps.add(
          Figures.classMap(
              d,
              "karte-" + p.classColumn(),
              IndexPresets.headlineTitle(p),
              "Klassen nach " + l.title() + ", " + d.year,
              l,
              List.of()));
    }
    return new Chapter(
        "indizes", d.text("indices"), d.text("indices_intro"), List.of(), maps, List.of());
  }

  private Chapter chain() {
    List<Figure> maps = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of(d.text("district"), d.text("municipality")));
    d.phases.forEach(
        (phase, p) -> {
          ClassLegend l = d.legend(phaseClassOf(phase));
          maps.add(
              Figures.classMap(
                  d,
                  "karte-" + l.column(),
                  l.title(),
                  "Teilindex der Lebensphase " + IndexPresets.lifePhaseName(phase) + ", " + d.year,
                  l,
                  List.of()));
          header.add(IndexPresets.lifePhaseName(phase));
        });
    List<List<Cell>> rows = new ArrayList<>();
    for (Map<String, Object> r : d.rows()) {
      List<Cell> row =
          new ArrayList<>(
              List.of(
                  Cell.text((String) r.get(DISTRICT_NAME)),
                  Cell.text((String) r.get(MUNICIPALITY_NAME))));
      d.phases
          .keySet()
          .forEach(
              phase -> {
                ClassLegend l = d.legend(phaseClassOf(phase));
                ClassLegend.Entry e = l.entryOf(r.get(l.column()));
                row.add(Cell.swatch(e == null ? "ohne" : e.label(), l.colourOf(r.get(l.column()))));
              });
      rows.add(row);
    }
    Table matrix =
        new Table("praeventionskette", d.text("chain_matrix") + " " + d.year, header, rows, null);
    return new Chapter(
        "praeventionskette",
        d.text("chain"),
        d.text("chain_intro"),
        List.of(),
        maps,
        List.of(matrix));
  }

  private Chapter indicators() {
    List<Figure> maps = new ArrayList<>();
    List<Table> tables = new ArrayList<>();
    Map<String, String> towns = d.towns();
    for (MonitorConfig.Indicator ind : d.config.indicators()) {
      ClassLegend l = d.legend(classOf(ind.id()));
      if (l == null) {
        continue;
      }
      maps.add(
          Figures.classMap(
              d, "karte-" + ind.id(), ind.label(), d.year + " (" + unitNote() + ")", l, List.of()));
    }
    List<String> header = new ArrayList<>(List.of("Indikator", d.text("county")));
    header.addAll(towns.values());
    List<List<Cell>> rows = new ArrayList<>();
    for (MonitorConfig.Indicator ind : d.config.indicators()) {
      List<Cell> row =
          new ArrayList<>(
              List.of(
                  Cell.text(ind.label()),
                  Cell.number(
                      GermanNumbers.format(
                          ReportData.number(d.aggregate(null, d.year), ind.id()), 1))));
      towns
          .keySet()
          .forEach(
              t ->
                  row.add(
                      Cell.number(
                          GermanNumbers.format(
                              ReportData.number(d.aggregate(t, d.year), ind.id()), 1))));
      rows.add(row);
    }
    tables.add(
        new Table(
            "gemeindewerte",
            "Indikatoren nach Gemeinden " + d.year + " (" + unitNote() + ")",
            header,
            rows,
            null));
    return new Chapter(
        "indikatoren", d.text("indicators"), d.text("indicators_intro"), List.of(), maps, tables);
  }

  private Chapter spatial() {
    List<Figure> maps = new ArrayList<>();
    for (String v : d.spatialVariables) {
      ClassLegend l = d.legend(lisaClusterOf(v));
      maps.add(
          Figures.classMap(
              d,
              "karte-" + v + "-lisa",
              l.title(),
              "LISA-Cluster von "
                  + d.title(v)
                  + ", "
                  + d.year
                  + ", "
                  + d.config.spatial().statistics().permutations()
                  + " Permutationen, α = "
                  + GermanNumbers.format(d.config.spatial().statistics().alpha(), 2)
                  + (d.config.spatial().statistics().fdr() ? " (FDR)" : ""),
              l,
              List.of()));
    }
    String first = d.spatialVariables.get(0);
    ClassLegend gi = d.legend(hotspotOf(first));
    maps.add(
        Figures.classMap(
            d,
            "karte-" + first + "-gistar",
            gi.title(),
            "Getis-Ord Gi* von " + d.title(first) + ", " + d.year,
            gi,
            List.of()));
    List<List<Cell>> rows = new ArrayList<>();
    List<String> withheld = new ArrayList<>();
    for (Map<String, Object> m : d.run.moran) {
      if (Integer.valueOf(d.year).equals(m.get(YEAR))) {
        if (m.get("withheld") != null) {
          withheld.add(d.title((String) m.get("variable")) + ": " + m.get("withheld"));
        }
        rows.add(
            List.of(
                Cell.text(d.title((String) m.get("variable"))),
                Cell.number(GermanNumbers.format(m.get("n"), 0)),
                Cell.number(GermanNumbers.format(m.get("moran_i"), 3)),
                Cell.number(GermanNumbers.format(m.get("z_randomisation"), 2)),
                Cell.number(GermanNumbers.format(m.get("pseudo_p"), 3))));
      }
    }
    Table moran =
        new Table(
            "moran",
            d.text("moran_table") + " " + d.year,
            List.of("Variable", "n", "Moran's I", "z (Randomisierung)", "Pseudo-p"),
            rows,
            "Pseudo-p aus "
                + d.config.spatial().statistics().permutations()
                + " Permutationen (Startwert "
                + d.config.spatial().statistics().seed()
                + ")."
                + (withheld.isEmpty()
                    ? ""
                    : " Zurückgehalten: " + String.join("; ", withheld) + "."));
    return new Chapter(
        "raeumliche-muster",
        d.text("spatial"),
        d.text("spatial_intro"),
        List.of(),
        maps,
        List.of(moran));
  }

  private Chapter supply() {
    List<Figure> maps = new ArrayList<>();
    List<ChoroplethMap.Marker> markers =
        d.run.offers.stream()
            .map(
                o ->
                    new ChoroplethMap.Marker(
                        o.point(),
                        o.name()
                            + " ("
                            + o.type()
                            + ", "
                            + IndexPresets.lifePhaseName(o.phase())
                            + ")"))
            .toList();
    List<List<Cell>> rows = new ArrayList<>();
    for (MonitorConfig.Gap g : d.config.supply().gaps()) {
      ClassLegend l = d.legend(gapOf(g.id()));
      maps.add(
          Figures.classMap(
              d,
              "karte-luecke-" + g.id(),
              g.label(),
              g.label() + ": " + d.gapRule(g) + "; Punkte: " + d.run.offers.size() + " Angebote",
              l,
              markers));
      for (Map<String, Object> r : d.rows()) {
        if (Boolean.TRUE.equals(r.get(gapOf(g.id())))) {
          rows.add(
              List.of(
                  Cell.text(g.label()),
                  Cell.text((String) r.get(DISTRICT_NAME)),
                  Cell.text((String) r.get(MUNICIPALITY_NAME)),
                  Cell.number(GermanNumbers.format(r.get(g.need()), 2)),
                  Cell.number(GermanNumbers.format(r.get(offersPer1000Of(g.phase())), 1))));
        }
      }
    }
    Table gaps =
        new Table(
            "luecken",
            "Sozialräume mit Lücken " + d.year,
            List.of(
                "Lücke", d.text("district"), d.text("municipality"), "Bedarf", "Angebote je 1.000"),
            rows,
            rows.isEmpty() ? "Im Berichtsjahr erfüllt kein Sozialraum eine Lückenregel." : null);
    return new Chapter(
        "angebote", d.text("supply"), d.text("supply_intro"), List.of(), maps, List.of(gaps));
  }

  private Chapter transitions() {
    IndexPreset h = d.headline();
    ClassLegend l = d.legend(h.classColumn());
    int k = l.entries().size();
    long[][] counts = new long[k + 1][k + 1];
    List<List<Cell>> changed = new ArrayList<>();
    for (Map<String, Object> r : d.rows()) {
      Map<String, Object> p = d.row(d.previous, (String) r.get(DISTRICT_ID));
      int now = position(l, r.get(h.classColumn()));
      int then = p == null ? k : position(l, p.get(h.classColumn()));
      counts[then][now]++;
      if (now != then) {
        changed.add(
            List.of(
                Cell.text((String) r.get(DISTRICT_NAME)),
                Cell.text((String) r.get(MUNICIPALITY_NAME)),
                Cell.swatch(label(l, then), colour(l, then)),
                Cell.swatch(label(l, now), colour(l, now))));
      }
    }
    List<String> header = new ArrayList<>(List.of(d.previous + " \u2193 / " + d.year + " \u2192"));
    for (int j = 0; j <= k; j++) {
      header.add(label(l, j));
    }
    List<List<Cell>> matrix = new ArrayList<>();
    for (int i = 0; i <= k; i++) {
      List<Cell> row = new ArrayList<>(List.of(Cell.swatch(label(l, i), colour(l, i))));
      for (int j = 0; j <= k; j++) {
        row.add(Cell.number(Long.toString(counts[i][j])));
      }
      matrix.add(row);
    }
    return new Chapter(
        "klassenwechsel",
        d.text("transitions"),
        d.text("transitions_intro"),
        List.of(),
        List.of(),
        List.of(
            new Table(
                "uebergangsmatrix",
                "Klassen des Gesamtindex " + d.previous + " → " + d.year,
                header,
                matrix,
                null),
            new Table(
                "wechsel",
                "Sozialräume mit Klassenwechsel",
                List.of(
                    d.text("district"),
                    d.text("municipality"),
                    Integer.toString(d.previous),
                    Integer.toString(d.year)),
                changed,
                changed.isEmpty() ? "Kein Sozialraum hat die Klasse gewechselt." : null)));
  }

  private Chapter targets() {
    List<List<Cell>> rows = new ArrayList<>();
    for (Map<String, Object> t : d.run.targets) {
      if (Integer.valueOf(d.year).equals(t.get(YEAR))) {
        rows.add(
            List.of(
                Cell.text((String) t.get("label")),
                Cell.text(scope(t)),
                Cell.number(
                    GermanNumbers.format(t.get("baseline"), 1)
                        + " ("
                        + t.get("baseline_year")
                        + ")"),
                Cell.number(GermanNumbers.format(t.get("value"), 1)),
                Cell.number(GermanNumbers.format(t.get("expected"), 1)),
                Cell.number(
                    GermanNumbers.format(t.get("target"), 1) + " (" + t.get("target_year") + ")"),
                Cell.swatch(
                    targetStatus((String) t.get("status")),
                    statusColour((String) t.get("status")))));
      }
    }
    Table table =
        new Table(
            "ziele",
            "Ziele " + d.year,
            List.of(
                "Ziel",
                "Bezug",
                "Ausgangswert",
                "Wert " + d.year,
                "Pfad " + d.year,
                "Zielwert",
                "Stand"),
            rows,
            rows.isEmpty() ? "Für das Berichtsjahr liegt zu keinem Ziel ein Wert vor." : null);
    return new Chapter(
        "ziele", d.text("targets"), d.text("targets_intro"), List.of(), List.of(), List.of(table));
  }

  static String statusColour(String status) {
    return status == null
        ? null
        : switch (status) {
          case "reached" -> "#1a9641";
          case "on_track" -> "#a6d96a";
          default -> "#d7191c";
        };
  }

  private String scope(Map<String, Object> t) {
    String unit = (String) t.get("unit_id");
    return switch (String.valueOf(t.get("scope"))) {
      case "district" -> d.text("district") + " " + name(unit);
      case "municipality" -> d.text("municipality") + " " + d.towns().getOrDefault(unit, unit);
      default -> d.text("county");
    };
  }

  private String name(String district) {
    Map<String, Object> r = d.row(d.year, district);
    return r == null ? district : (String) r.get(DISTRICT_NAME);
  }

  private List<MonitorConfig.Indicator> headlineIndicators() {
    List<String> required = d.headline().requires();
    return d.config.indicators().stream().filter(i -> required.contains(i.id())).toList();
  }

  private String unitNote() {
    return Unit.caption(d.config.indicators().stream().map(MonitorConfig.Indicator::unit).toList());
  }

  /** The entry's position 0…k−1, k for no class. */
  private static int position(ClassLegend l, Object value) {
    ClassLegend.Entry e = l.entryOf(value);
    return e == null ? l.entries().size() : l.entries().indexOf(e);
  }

  private static String label(ClassLegend l, int position) {
    return position == l.entries().size() ? "ohne Klasse" : l.entries().get(position).label();
  }

  private static String colour(ClassLegend l, int position) {
    return position == l.entries().size()
        ? de.sozialraum.monitor.numerics.classify.Palette.NO_CLASS
        : l.entries().get(position).colour();
  }

  /** How adverse a class is: 0 for the least adverse. */
  private static int adverse(ClassLegend l, int code) {
    int p = position(l, code);
    return l.mostAdverseFirst() ? l.entries().size() - 1 - p : p;
  }

  private static String names(List<String> names) {
    if (names.isEmpty()) {
      return "";
    }
    int shown = Math.min(8, names.size());
    return " ("
        + String.join(", ", names.subList(0, shown))
        + (names.size() > shown ? " u. a." : "")
        + ")";
  }
}
