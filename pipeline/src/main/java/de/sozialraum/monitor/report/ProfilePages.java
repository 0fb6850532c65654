package de.sozialraum.monitor.report;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.DISTRICT_NAME;
import static de.sozialraum.monitor.schema.Columns.MUNICIPALITY_ID;
import static de.sozialraum.monitor.schema.Columns.MUNICIPALITY_NAME;
import static de.sozialraum.monitor.schema.Columns.OFFERS_TOTAL;
import static de.sozialraum.monitor.schema.Columns.POPULATION;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static de.sozialraum.monitor.schema.Columns.classOf;
import static de.sozialraum.monitor.schema.Columns.flagOf;
import static de.sozialraum.monitor.schema.Columns.gapOf;
import static de.sozialraum.monitor.schema.Columns.lisaClusterOf;
import static de.sozialraum.monitor.schema.Columns.phaseClassOf;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndexPresets;
import de.sozialraum.monitor.report.ReportModel.ChainLink;
import de.sozialraum.monitor.report.ReportModel.Profile;
import de.sozialraum.monitor.report.ReportModel.ProfileIndicator;
import de.sozialraum.monitor.styles.ClassLegend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One profile (Steckbrief) per social space on one printed page: its indicators against its town
 * and the county with their course over all years, its headline class and ranks, its prevention
 * chain, and what else the run says about it (targets, spatial clusters, supply gaps, withheld
 * values).
 */
final class ProfilePages {

  private final ReportData d;

  /** Districts with a headline rank in the county, and per town those with a rank in the town. */
  private final long rankedInCounty;

  private final Map<String, Long> rankedInTown;

  ProfilePages(ReportData d) {
    this.d = d;
    String rank = d.headline().name() + "_rank";
    this.rankedInCounty = d.rows().stream().filter(x -> x.get(rank) != null).count();
    this.rankedInTown =
        d.rows().stream()
            .filter(x -> x.get(MUNICIPALITY_ID) != null && x.get(rank + "_municipality") != null)
            .collect(
                java.util.stream.Collectors.groupingBy(
                    x -> (String) x.get(MUNICIPALITY_ID), java.util.stream.Collectors.counting()));
  }

  List<Profile> all() {
    return of(d.rows());
  }

  /** The profiles of the given rows of the report year, in their order. */
  List<Profile> of(List<Map<String, Object>> rows) {
    List<Profile> out = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      out.add(profile(r));
    }
    return out;
  }

  private Profile profile(Map<String, Object> r) {
    String id = (String) r.get(DISTRICT_ID);
    String town = (String) r.get(MUNICIPALITY_ID);
    IndexPreset h = d.headline();
    ClassLegend hl = d.legend(h.classColumn());
    ClassLegend.Entry headline = hl.entryOf(r.get(h.classColumn()));
    Map<String, Object> before = d.previous == null ? null : d.row(d.previous, id);
    String rank =
        r.get(h.name() + "_rank") == null
            ? "ohne Rang"
            : "Rang "
                + GermanNumbers.format(r.get(h.name() + "_rank"), 0)
                + " von "
                + rankedInCounty
                + " im "
                + d.text("county")
                + (town == null
                    ? ""
                    : ", "
                        + GermanNumbers.format(r.get(h.name() + "_rank_municipality"), 0)
                        + " von "
                        + rankedInTown.getOrDefault(town, 0L)
                        + " in "
                        + r.get(MUNICIPALITY_NAME));
    List<ProfileIndicator> indicators = new ArrayList<>();
    for (MonitorConfig.Indicator ind : d.config.indicators()) {
      ClassLegend l = d.legend(classOf(ind.id()));
      ClassLegend.Entry e = l == null ? null : l.entryOf(r.get(classOf(ind.id())));
      String flag = (String) r.get(flagOf(ind.id()));
      String value =
          flag != null && flag.startsWith("suppressed")
              ? "gesperrt"
              : GermanNumbers.format(r.get(ind.id()), 1);
      List<TrendChart.Series> series =
          List.of(
              new TrendChart.Series(
                  d.text("district"),
                  Chapters.DISTRICT_COLOUR,
                  false,
                  d.series("district", id, ind.id())),
              new TrendChart.Series(
                  d.text("municipality"),
                  Chapters.TOWN_COLOUR,
                  false,
                  d.series("municipality", town, ind.id())),
              new TrendChart.Series(
                  d.text("county"),
                  Chapters.COUNTY_COLOUR,
                  true,
                  d.series("county", null, ind.id())));
      indicators.add(
          new ProfileIndicator(
              ind.label(),
              ind.unit().symbol(),
              value,
              GermanNumbers.format(ReportData.number(d.aggregate(town, d.year), ind.id()), 1),
              GermanNumbers.format(ReportData.number(d.aggregate(null, d.year), ind.id()), 1),
              GermanNumbers.signed(
                  ReportData.number(r, ind.id()) - ReportData.number(before, ind.id()), 1),
              e == null ? null : e.label(),
              e == null ? de.sozialraum.monitor.numerics.classify.Palette.NO_CLASS : e.colour(),
              TrendChart.sparkline(
                  "Entwicklung "
                      + ind.label()
                      + " "
                      + d.years[0]
                      + "–"
                      + d.years[d.years.length - 1],
                  d.years,
                  series)));
    }
    List<ChainLink> chain = new ArrayList<>();
    d.phases
        .keySet()
        .forEach(
            phase -> {
              ClassLegend l = d.legend(phaseClassOf(phase));
              ClassLegend.Entry e = l.entryOf(r.get(l.column()));
              chain.add(
                  new ChainLink(
                      IndexPresets.lifePhaseName(phase),
                      e == null ? "ohne Teilindex" : e.label(),
                      l.colourOf(r.get(l.column())),
                      GermanNumbers.format(r.get(l.valueColumn()), 2)));
            });
    return new Profile(
        id,
        (String) r.get(DISTRICT_NAME),
        town == null ? d.countyName() : (String) r.get(MUNICIPALITY_NAME),
        GermanNumbers.format(r.get(POPULATION), 0),
        d.validity(r),
        headline == null ? hl.noClass() : hl.title() + ": " + headline.label(),
        hl.colourOf(r.get(h.classColumn())),
        rank,
        GermanNumbers.signed(
            ReportData.number(r, h.headlineColumn())
                - ReportData.number(before, h.headlineColumn()),
            2),
        Figures.locator(d, r, hl),
        indicators,
        chain,
        notes(r));
  }

  private List<String> notes(Map<String, Object> r) {
    List<String> notes = new ArrayList<>();
    String id = (String) r.get(DISTRICT_ID);
    for (Map<String, Object> t : d.run.targets) {
      boolean applies =
          "county".equals(t.get("scope"))
              || id.equals(t.get("unit_id"))
              || Objects.equals(r.get(MUNICIPALITY_ID), t.get("unit_id"));
      if (applies && Integer.valueOf(d.year).equals(t.get(YEAR))) {
        notes.add(
            "Ziel \u201E"
                + t.get("label")
                + "\u201C: "
                + Chapters.targetStatus((String) t.get("status"))
                + ".");
      }
    }
    for (String v : d.spatialVariables) {
      ClassLegend l = d.legend(lisaClusterOf(v));
      Object c = r.get(lisaClusterOf(v));
      if (c != null && !"not_significant".equals(c) && l.entryOf(c) != null) {
        notes.add("Räumliches Muster " + d.title(v) + ": " + l.entryOf(c).label() + ".");
      }
    }
    if (d.config.supply() != null) {
      notes.add("Angebote im Sozialraum: " + GermanNumbers.format(r.get(OFFERS_TOTAL), 0) + ".");
      for (MonitorConfig.Gap g : d.config.supply().gaps()) {
        if (Boolean.TRUE.equals(r.get(gapOf(g.id())))) {
          notes.add(g.label() + ": hoher Bedarf bei wenigen Angeboten.");
        }
      }
    }
    long withheld =
        d.config.indicators().stream().filter(i -> r.get(flagOf(i.id())) != null).count();
    if (withheld > 0) {
      notes.add(
          withheld
              + " Werte sind zum Schutz kleiner Fallzahlen gesperrt (Mindestfallzahl "
              + d.config.disclosure().minCount()
              + ").");
    }
    return notes;
  }
}
