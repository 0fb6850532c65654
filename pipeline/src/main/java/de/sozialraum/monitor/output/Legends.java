package de.sozialraum.monitor.output;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.methods.IndicatorClasses;
import de.sozialraum.monitor.methods.Validity;
import de.sozialraum.monitor.methods.classify.ClassScheme;
import de.sozialraum.monitor.methods.classify.MapClass;
import de.sozialraum.monitor.methods.classify.Palette;
import de.sozialraum.monitor.methods.preset.IndexPreset;
import de.sozialraum.monitor.methods.preset.IndexPresets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The legends of every classified column of one published year. Index and sub-index classes are the methods' own
 * codings. Indicator classes are rebuilt from the published values of the valid districts by the configured
 * classification, so the legend has every class, empty ones included; where districts carry a class, its published
 * label is taken, because the run sets the breaks before withheld values are blanked. Every published
 * row is then checked against its legend: a label or colour that differs means the run's outputs disagree with
 * its configuration, and no map is drawn from them.
 */
public final class Legends {

  private final Map<String, ClassLegend> byColumn;

  private Legends(Map<String, ClassLegend> byColumn) {
    this.byColumn = byColumn;
  }

  public static final String NO_CLASS_INDEX = "ohne Index (ungültig oder unvollständig)";
  public static final String NO_CLASS_VALUE = "ohne Wert (gesperrt, ungültig oder fehlend)";
  public static final String NO_STATISTIC = "nicht berechnet (ungültig, ohne Wert oder ohne Nachbarn)";

  /** @param rows the published index rows of one year (column → value) */
  public static Legends of(MonitorConfig config, int year, List<Map<String, Object>> rows) {
    Map<String, ClassLegend> out = new LinkedHashMap<>();
    List<IndexPreset> presets = IndexPresets.of(config);
    for (IndexPreset p : presets) {
      out.put(p.classColumn(), coded(p.classColumn(), p.headlineColumn(), p.name().toUpperCase(java.util.Locale.ROOT), p.classes(), NO_CLASS_INDEX,
          p.firstClassMostAdverse()));
    }
    IndexPresets.lifePhases(config, presets).forEach((phase, p) -> out.put(IndexPresets.phaseClassColumn(phase),
        coded(IndexPresets.phaseClassColumn(phase), IndexPresets.phaseIndexColumn(phase), "Lebensphase " + phase, p.classes(), NO_CLASS_INDEX,
            p.firstClassMostAdverse())));
    for (MonitorConfig.Indicator ind : config.indicators()) {
      double[] x = rows.stream().mapToDouble(r -> Validity.VALID.equals(r.get("validity")) && r.get(ind.id()) instanceof Number n
          ? n.doubleValue() : Double.NaN).toArray();
      ClassScheme scheme = IndicatorClasses.scheme(config.classification().of(ind.id()), x);
      if (scheme == null) {
        continue;
      }
      if (ind.sign() < 0) {
        scheme = scheme.reversedColours();
      }
      out.put(ind.id() + "_class", withPublishedLabels(coded(ind.id() + "_class", ind.id(), ind.label(), scheme, NO_CLASS_VALUE, false), year, rows));
    }
    for (String variable : IndexPresets.spatialVariables(config, presets)) {
      out.put(variable + "_lisa_cluster", categories(variable + "_lisa_cluster", variable, "LISA-Cluster " + variable, Palette.LISA,
          Map.of("HH", "Hoch-Hoch (Hot Spot)", "LL", "Niedrig-Niedrig (Cold Spot)", "HL", "Hoch unter Niedrigen (Ausreißer)",
              "LH", "Niedrig unter Hohen (Ausreißer)", "not_significant", "nicht signifikant", "island", "ohne Nachbarn")));
      out.put(variable + "_hotspot", categories(variable + "_hotspot", variable + "_gi_star_z", "Gi*-Hot-Spots " + variable, Palette.HOTSPOT,
          Map.of("hot", "Hot Spot", "cold", "Cold Spot", "not_significant", "nicht signifikant")));
    }
    if (config.supply() != null) {
      for (MonitorConfig.Gap g : config.supply().gaps()) {
        out.put("gap_" + g.id(), categories("gap_" + g.id(), null, g.label(), Palette.GAP, Map.of(true, g.label(), false, "keine Lücke")));
      }
    }
    Legends legends = new Legends(out);
    legends.check(year, rows);
    return legends;
  }

  /** The legends of every year of a run. */
  public static Map<Integer, Legends> byYear(PublishedRun run) {
    Map<Integer, Legends> out = new java.util.TreeMap<>();
    run.indices.forEach((year, rows) -> out.put(year, of(run.config, year, rows)));
    return out;
  }

  public List<ClassLegend> all() {
    return List.copyOf(byColumn.values());
  }

  /** The legend of a published class column, or null where the run has none (e.g. an indicator without values). */
  public ClassLegend of(String column) {
    return byColumn.get(column);
  }

  /** The legend with each class's label as published; one code with two different labels is an error. */
  private static ClassLegend withPublishedLabels(ClassLegend l, int year, List<Map<String, Object>> rows) {
    Map<Object, String> published = new LinkedHashMap<>();
    for (Map<String, Object> r : rows) {
      Object code = r.get(l.column());
      Object label = r.get(l.column() + "_label");
      if (code != null && label != null) {
        String before = published.putIfAbsent(((Number) code).intValue(), label.toString());
        if (before != null && !before.equals(label)) {
          throw new IllegalStateException(year + ": class " + code + " of " + l.column() + " is published as '" + before + "' and as '" + label + "'");
        }
      }
    }
    List<ClassLegend.Entry> entries = l.entries().stream()
        .map(e -> new ClassLegend.Entry(e.value(), published.getOrDefault(e.value(), e.label()), e.colour())).toList();
    return new ClassLegend(l.column(), l.valueColumn(), l.title(), entries, l.noClass(), l.mostAdverseFirst());
  }

  private static ClassLegend coded(String column, String valueColumn, String title, ClassScheme scheme, String noClass, boolean mostAdverseFirst) {
    List<ClassLegend.Entry> entries = new ArrayList<>();
    for (MapClass c : scheme.classes()) {
      entries.add(new ClassLegend.Entry(c.code(), c.label(), c.colour()));
    }
    return new ClassLegend(column, valueColumn, title, entries, noClass, mostAdverseFirst);
  }

  private static <K> ClassLegend categories(String column, String valueColumn, String title, Map<K, String> colours, Map<K, String> labels) {
    List<ClassLegend.Entry> entries = new ArrayList<>();
    colours.forEach((k, colour) -> entries.add(new ClassLegend.Entry(k, labels.get(k), colour)));
    return new ClassLegend(column, valueColumn, title, entries, NO_STATISTIC, false);
  }

  private void check(int year, List<Map<String, Object>> rows) {
    for (ClassLegend l : byColumn.values()) {
      for (Map<String, Object> r : rows) {
        if (!r.containsKey(l.column())) {
          throw new IllegalStateException("the run's " + year + " rows have no column " + l.column() + " although its configuration classifies it");
        }
        Object value = r.get(l.column());
        ClassLegend.Entry e = l.entryOf(value);
        if (value != null && e == null) {
          throw new IllegalStateException(year + ", district " + r.get("district_id") + ": " + l.column() + " = " + value
              + " is not a class of its legend " + l.entries());
        }
        checkPublished(year, r, l.column() + "_label", e == null ? null : e.label());
        checkPublished(year, r, l.column() + "_colour", e == null ? Palette.NO_CLASS : e.colour());
      }
    }
  }

  private static void checkPublished(int year, Map<String, Object> row, String column, String expected) {
    if (row.containsKey(column) && !Objects.equals(row.get(column), expected)) {
      throw new IllegalStateException(year + ", district " + row.get("district_id") + ": published " + column + " '" + row.get(column)
          + "' differs from the legend's '" + expected + "'");
    }
  }
}
