package de.sozialraum.monitor.styles;

import static de.sozialraum.monitor.schema.Columns.classOf;
import static de.sozialraum.monitor.schema.Columns.colourOf;
import static de.sozialraum.monitor.schema.Columns.gapOf;
import static de.sozialraum.monitor.schema.Columns.giStarOf;
import static de.sozialraum.monitor.schema.Columns.hotspotOf;
import static de.sozialraum.monitor.schema.Columns.labelOf;
import static de.sozialraum.monitor.schema.Columns.lisaClusterOf;
import static de.sozialraum.monitor.schema.Columns.phaseClassOf;
import static de.sozialraum.monitor.schema.Columns.phaseIndexOf;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndexPresets;
import de.sozialraum.monitor.indicators.IndicatorClasses;
import de.sozialraum.monitor.numerics.classify.ClassScheme;
import de.sozialraum.monitor.numerics.classify.MapClass;
import de.sozialraum.monitor.numerics.classify.Palette;
import de.sozialraum.monitor.output.PublishedRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The legends of every classified column of one published year. Index and sub-index classes are the
 * methods' own codings. Indicator classes are rebuilt from the published values of the valid
 * districts by the configured classification, so the legend has every class, empty ones included;
 * where districts carry a class, its published label is taken, because the run sets the breaks
 * before withheld values are blanked. Every class a district carries is then checked against its
 * legend: a label or colour that differs means the run's outputs disagree with its configuration,
 * and no map is drawn from them.
 */
public final class Legends {

  private final Map<String, ClassLegend> byColumn;

  private Legends(Map<String, ClassLegend> byColumn) {
    this.byColumn = byColumn;
  }

  public static final String NO_CLASS_INDEX = "ohne Index (ungültig oder unvollständig)";
  public static final String NO_CLASS_VALUE = "ohne Wert (gesperrt, ungültig oder fehlend)";
  public static final String NO_STATISTIC =
      "nicht berechnet (ungültig, ohne Wert oder ohne Nachbarn)";

  /**
   * @param rows the published index rows of one year (column → value), in district order; read once
   */
  public static Legends of(MonitorConfig config, int year, Iterable<Map<String, Object>> rows) {
    return of(config, year, PublishedClasses.of(indicatorIds(config), columns(config), rows));
  }

  /** The legends of every year of a run read back whole. */
  public static Map<Integer, Legends> byYear(PublishedRun run) {
    Map<Integer, Legends> out = new java.util.TreeMap<>();
    run.indices.forEach((year, rows) -> out.put(year, of(run.config, year, rows)));
    return out;
  }

  /**
   * The legends of every year of the published index table as the run holds it: what they read is
   * gathered where its rows are, in one pass ({@link PublishedClasses#byYear}).
   *
   * @param indices partitioned in (year, district) order, as {@code RunTables#indices}
   */
  public static Map<Integer, Legends> byYear(
      MonitorConfig config, org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> indices) {
    Map<Integer, Legends> out = new java.util.TreeMap<>();
    PublishedClasses.byYear(indicatorIds(config), columns(config), indices)
        .forEach((year, published) -> out.put(year, of(config, year, published)));
    return out;
  }

  private static List<String> indicatorIds(MonitorConfig config) {
    return config.indicators().stream().map(MonitorConfig.Indicator::id).toList();
  }

  /** Every classified column a legend is made for, in the legends' order. */
  private static List<String> columns(MonitorConfig config) {
    List<String> c = new ArrayList<>(codings(config).keySet());
    config.indicators().forEach(i -> c.add(classOf(i.id())));
    c.addAll(categories(config).keySet());
    return c;
  }

  /**
   * @param published what the year's rows hold, or null for a year without rows
   */
  private static Legends of(MonitorConfig config, int year, PublishedClasses published) {
    Map<String, ClassLegend> out = new LinkedHashMap<>(codings(config));
    if (published != null) {
      for (MonitorConfig.Indicator ind : config.indicators()) {
        ClassScheme scheme =
            IndicatorClasses.scheme(
                config.classification().of(ind.id()), published.values(ind.id()));
        if (scheme == null) {
          continue;
        }
        if (ind.sign() < 0) {
          scheme = scheme.reversedColours();
        }
        String column = classOf(ind.id());
        Map<Integer, String[]> classes = new java.util.TreeMap<>();
        published.seen(column).forEach(s -> publishedClass(classes, column, year, s.getKey()));
        out.put(
            column,
            withPublished(
                coded(column, ind.id(), ind.label(), scheme, NO_CLASS_VALUE, false), classes));
      }
    }
    out.putAll(categories(config));
    Legends legends = new Legends(out);
    if (published != null) {
      legends.check(year, published);
    }
    return legends;
  }

  /** The index and sub-index legends: the methods' own codings. */
  private static Map<String, ClassLegend> codings(MonitorConfig config) {
    Map<String, ClassLegend> out = new LinkedHashMap<>();
    List<IndexPreset> presets = IndexPresets.of(config);
    for (IndexPreset p : presets) {
      out.put(
          p.classColumn(),
          coded(
              p.classColumn(),
              p.headlineColumn(),
              p.name().toUpperCase(java.util.Locale.ROOT),
              p.classes(),
              NO_CLASS_INDEX,
              p.firstClassMostAdverse()));
    }
    IndexPresets.lifePhases(config, presets)
        .forEach(
            (phase, p) ->
                out.put(
                    phaseClassOf(phase),
                    coded(
                        phaseClassOf(phase),
                        phaseIndexOf(phase),
                        "Lebensphase " + IndexPresets.lifePhaseName(phase),
                        p.classes(),
                        NO_CLASS_INDEX,
                        p.firstClassMostAdverse())));
    return out;
  }

  /** The legends of categories: clusters, hot spots and gaps. */
  private static Map<String, ClassLegend> categories(MonitorConfig config) {
    Map<String, ClassLegend> out = new LinkedHashMap<>();
    List<IndexPreset> presets = IndexPresets.of(config);
    for (String variable : IndexPresets.spatialVariables(config.spatial(), presets)) {
      out.put(
          lisaClusterOf(variable),
          categories(
              lisaClusterOf(variable),
              variable,
              "LISA-Cluster " + IndexPresets.variableTitle(config, presets, variable),
              Palette.LISA,
              Map.of(
                  "HH",
                  "Hoch-Hoch (Hot Spot)",
                  "LL",
                  "Niedrig-Niedrig (Cold Spot)",
                  "HL",
                  "Hoch unter Niedrigen (Ausreißer)",
                  "LH",
                  "Niedrig unter Hohen (Ausreißer)",
                  "not_significant",
                  "nicht signifikant",
                  "island",
                  "ohne Nachbarn")));
      out.put(
          hotspotOf(variable),
          categories(
              hotspotOf(variable),
              giStarOf(variable),
              "Gi*-Hot-Spots " + IndexPresets.variableTitle(config, presets, variable),
              Palette.HOTSPOT,
              Map.of(
                  "hot",
                  "Hot Spot",
                  "cold",
                  "Cold Spot",
                  "not_significant",
                  "nicht signifikant",
                  "island",
                  "ohne Nachbarn")));
    }
    if (config.supply() != null) {
      for (MonitorConfig.Gap g : config.supply().gaps()) {
        out.put(
            gapOf(g.id()),
            categories(
                gapOf(g.id()),
                null,
                g.label(),
                Palette.GAP,
                Map.of(true, g.label(), false, "keine Lücke")));
      }
    }
    return out;
  }

  public List<ClassLegend> all() {
    return List.copyOf(byColumn.values());
  }

  /**
   * The legend of a published class column, or null where the run has none (e.g. an indicator
   * without values).
   */
  public ClassLegend of(String column) {
    return byColumn.get(column);
  }

  /**
   * Records a published class code with its label and colour; one code with two different labels is
   * an error.
   */
  static void publishedClass(
      Map<Integer, String[]> published, String column, int year, PublishedClasses.Seen seen) {
    if (seen.value() != null && seen.label() != null) {
      String[] before =
          published.putIfAbsent(
              ((Number) seen.value()).intValue(), new String[] {seen.label(), seen.colour()});
      if (before != null && !before[0].equals(seen.label())) {
        throw new IllegalStateException(
            year
                + ": class "
                + seen.value()
                + " of "
                + column
                + " is published as '"
                + before[0]
                + "' and as '"
                + seen.label()
                + "'");
      }
    }
  }

  /**
   * The legend with each class's label as published. Where the published classes do not fit the
   * rebuilt scheme (withholding removed enough values that the breaks of the published ones fall
   * differently, e.g. ties collapse a quantile class), the legend is the classes the districts
   * carry, with their published labels and colours: the map must show what the run published.
   *
   * @param published class code → {label, colour} as the rows carry them
   */
  static ClassLegend withPublished(ClassLegend l, Map<Integer, String[]> published) {
    boolean fits =
        published.entrySet().stream()
            .allMatch(
                p -> {
                  ClassLegend.Entry e = l.entryOf(p.getKey());
                  return e != null
                      && (p.getValue()[1] == null || e.colour().equals(p.getValue()[1]));
                });
    List<ClassLegend.Entry> entries =
        fits
            ? l.entries().stream()
                .map(
                    e ->
                        new ClassLegend.Entry(
                            e.value(),
                            published.containsKey(e.value())
                                ? published.get(e.value())[0]
                                : e.label(),
                            e.colour()))
                .toList()
            : published.entrySet().stream()
                .map(p -> new ClassLegend.Entry(p.getKey(), p.getValue()[0], p.getValue()[1]))
                .toList();
    return new ClassLegend(
        l.column(), l.valueColumn(), l.title(), entries, l.noClass(), l.mostAdverseFirst());
  }

  private static ClassLegend coded(
      String column,
      String valueColumn,
      String title,
      ClassScheme scheme,
      String noClass,
      boolean mostAdverseFirst) {
    List<ClassLegend.Entry> entries = new ArrayList<>();
    for (MapClass c : scheme.classes()) {
      entries.add(new ClassLegend.Entry(c.code(), c.label(), c.colour()));
    }
    return new ClassLegend(column, valueColumn, title, entries, noClass, mostAdverseFirst);
  }

  private static <K> ClassLegend categories(
      String column,
      String valueColumn,
      String title,
      Map<K, String> colours,
      Map<K, String> labels) {
    List<ClassLegend.Entry> entries = new ArrayList<>();
    colours.forEach((k, colour) -> entries.add(new ClassLegend.Entry(k, labels.get(k), colour)));
    return new ClassLegend(column, valueColumn, title, entries, NO_STATISTIC, false);
  }

  /** Every class a district carries against its legend: value, label and colour. */
  private void check(int year, PublishedClasses published) {
    for (ClassLegend l : byColumn.values()) {
      for (Map.Entry<PublishedClasses.Seen, String> seen : published.seen(l.column())) {
        PublishedClasses.Seen s = seen.getKey();
        ClassLegend.Entry e = l.entryOf(s.value());
        if (s.value() != null && e == null) {
          throw new IllegalStateException(
              year
                  + ", district "
                  + seen.getValue()
                  + ": "
                  + l.column()
                  + " = "
                  + s.value()
                  + " is not a class of its legend "
                  + l.entries());
        }
        if (published.labelled(l.column())) {
          checkPublished(
              year, seen.getValue(), labelOf(l.column()), s.label(), e == null ? null : e.label());
        }
        if (published.coloured(l.column())) {
          checkPublished(
              year,
              seen.getValue(),
              colourOf(l.column()),
              s.colour(),
              e == null ? Palette.NO_CLASS : e.colour());
        }
      }
    }
  }

  private static void checkPublished(
      int year, String district, String column, String published, String expected) {
    if (!Objects.equals(published, expected)) {
      throw new IllegalStateException(
          year
              + ", district "
              + district
              + ": published "
              + column
              + " '"
              + published
              + "' differs from the legend's '"
              + expected
              + "'");
    }
  }
}
