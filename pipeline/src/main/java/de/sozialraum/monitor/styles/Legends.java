package de.sozialraum.monitor.styles;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.VALIDITY;
import static de.sozialraum.monitor.schema.Columns.YEAR;
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
import de.sozialraum.monitor.indicators.Validity;
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
 * before withheld values are blanked. Every published row is then checked against its legend: a
 * label or colour that differs means the run's outputs disagree with its configuration, and no map
 * is drawn from them.
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
   * @param rows the published index rows of one year (column → value); read twice, once to build
   *     the legends and once to check every row against them, so a caller may stream them
   */
  public static Legends of(MonitorConfig config, int year, Iterable<Map<String, Object>> rows) {
    return of(config, year, rows, true);
  }

  private static Legends of(
      MonitorConfig config, int year, Iterable<Map<String, Object>> rows, boolean check) {
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
    List<MonitorConfig.Indicator> indicators = config.indicators();
    double[][] values = new double[indicators.size()][1024];
    List<Map<Integer, String[]>> published = new ArrayList<>();
    indicators.forEach(i -> published.add(new java.util.TreeMap<>()));
    int n = 0;
    for (Map<String, Object> r : rows) {
      boolean valid = Validity.VALID.equals(r.get(VALIDITY));
      for (int k = 0; k < indicators.size(); k++) {
        if (n == values[k].length) {
          values[k] = java.util.Arrays.copyOf(values[k], 2 * n);
        }
        values[k][n] =
            valid && r.get(indicators.get(k).id()) instanceof Number v
                ? v.doubleValue()
                : Double.NaN;
        publishedClass(published.get(k), classOf(indicators.get(k).id()), year, r);
      }
      n++;
    }
    for (int k = 0; k < indicators.size(); k++) {
      MonitorConfig.Indicator ind = indicators.get(k);
      double[] x = java.util.Arrays.copyOf(values[k], n);
      ClassScheme scheme = IndicatorClasses.scheme(config.classification().of(ind.id()), x);
      if (scheme == null) {
        continue;
      }
      if (ind.sign() < 0) {
        scheme = scheme.reversedColours();
      }
      out.put(
          classOf(ind.id()),
          withPublished(
              coded(classOf(ind.id()), ind.id(), ind.label(), scheme, NO_CLASS_VALUE, false),
              published.get(k)));
    }
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
    Legends legends = new Legends(out);
    if (check) {
      legends.check(year, rows);
    }
    return legends;
  }

  /** The legends of every year of a run read back whole. */
  public static Map<Integer, Legends> byYear(PublishedRun run) {
    Map<Integer, Legends> out = new java.util.TreeMap<>();
    run.indices.forEach((year, rows) -> out.put(year, of(run.config, year, rows)));
    return out;
  }

  /**
   * The legends of every year of a run, from its index Parquet streamed in one query ordered by
   * year: only the columns the legends read, and one year of them at a time in memory.
   */
  public static Map<Integer, Legends> byYear(
      org.apache.spark.sql.SparkSession spark, java.nio.file.Path runDir, MonitorConfig config) {
    org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> all =
        spark.read().parquet(runDir.resolve("indices").toString());
    // only what legends and their check read: ids, validity, indicator values, classes with their
    // labels and colours
    java.util.Set<String> needed = new java.util.HashSet<>(List.of(DISTRICT_ID, YEAR, VALIDITY));
    config
        .indicators()
        .forEach(
            i ->
                needed.addAll(
                    List.of(
                        i.id(),
                        classOf(i.id()),
                        labelOf(classOf(i.id())),
                        colourOf(classOf(i.id())))));
    // the other legends' columns follow from the configuration alone (indicator legends need
    // values, hence above)
    for (String c : of(config, 0, List.of(), false).byColumn.keySet()) {
      needed.addAll(List.of(c, labelOf(c), colourOf(c)));
    }
    String[] names =
        java.util.Arrays.stream(all.columns()).filter(needed::contains).toArray(String[]::new);
    // one ordered query; each year is gathered in memory for the legends' two passes (build, check)
    java.util.Iterator<org.apache.spark.sql.Row> rows =
        all.selectExpr(
                java.util.Arrays.stream(names).map(c -> "`" + c + "`").toArray(String[]::new))
            .orderBy(YEAR)
            .toLocalIterator();
    int yearAt = java.util.Arrays.asList(names).indexOf(YEAR);
    Map<Integer, Legends> out = new java.util.TreeMap<>();
    YearColumns year = null;
    while (rows.hasNext()) {
      org.apache.spark.sql.Row r = rows.next();
      int y = r.getInt(yearAt);
      if (year == null || year.year != y) {
        if (year != null) {
          out.put(year.year, of(config, year.year, year));
        }
        year = new YearColumns(y, names);
      }
      year.add(r);
    }
    if (year != null) {
      out.put(year.year, of(config, year.year, year));
    }
    return out;
  }

  /**
   * One year's rows of the columns the legends read, column by column with each column's repeated
   * values (labels, colours, codes) held once, given back as one map per row: a state's million
   * districts of a year fit in a few hundred megabytes, where a map per row took gigabytes.
   */
  private static final class YearColumns implements Iterable<Map<String, Object>> {
    final int year;
    private final Map<String, Integer> index = new java.util.HashMap<>();
    private final Object[][] columns;
    private final List<Map<Object, Object>> canonical = new ArrayList<>();
    private int size;

    YearColumns(int year, String[] names) {
      this.year = year;
      for (int c = 0; c < names.length; c++) {
        index.put(names[c], c);
        canonical.add(new java.util.HashMap<>());
      }
      columns = new Object[names.length][1024];
    }

    void add(org.apache.spark.sql.Row r) {
      if (size == columns[0].length) {
        for (int c = 0; c < columns.length; c++) {
          columns[c] = java.util.Arrays.copyOf(columns[c], 2 * size);
        }
      }
      for (int c = 0; c < columns.length; c++) {
        Object v = r.get(c);
        columns[c][size] =
            v instanceof Double || v == null ? v : canonical.get(c).computeIfAbsent(v, k -> k);
      }
      size++;
    }

    @Override
    public java.util.Iterator<Map<String, Object>> iterator() {
      return new java.util.Iterator<>() {
        private int i;

        @Override
        public boolean hasNext() {
          return i < size;
        }

        @Override
        public Map<String, Object> next() {
          int row = i++;
          return new java.util.AbstractMap<>() {
            @Override
            public Object get(Object key) {
              Integer c = index.get(key);
              return c == null ? null : columns[c][row];
            }

            @Override
            public boolean containsKey(Object key) {
              return index.containsKey(key);
            }

            @Override
            public java.util.Set<Map.Entry<String, Object>> entrySet() {
              java.util.Set<Map.Entry<String, Object>> e = new java.util.LinkedHashSet<>();
              index.forEach(
                  (k, c) -> e.add(new java.util.AbstractMap.SimpleEntry<>(k, columns[c][row])));
              return e;
            }
          };
        }
      };
    }
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
   * Records a row's class code with its published label and colour; one code with two different
   * labels is an error.
   */
  static void publishedClass(
      Map<Integer, String[]> published, String column, int year, Map<String, Object> row) {
    Object code = row.get(column);
    Object label = row.get(labelOf(column));
    if (code != null && label != null) {
      String[] before =
          published.putIfAbsent(
              ((Number) code).intValue(),
              new String[] {label.toString(), (String) row.get(colourOf(column))});
      if (before != null && !before[0].equals(label)) {
        throw new IllegalStateException(
            year
                + ": class "
                + code
                + " of "
                + column
                + " is published as '"
                + before[0]
                + "' and as '"
                + label
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

  /** One pass over the rows, every legend per row: the rows may be a stream from Spark. */
  private void check(int year, Iterable<Map<String, Object>> rows) {
    for (Map<String, Object> r : rows) {
      for (ClassLegend l : byColumn.values()) {
        if (!r.containsKey(l.column())) {
          throw new IllegalStateException(
              "the run's "
                  + year
                  + " rows have no column "
                  + l.column()
                  + " although its configuration classifies it");
        }
        Object value = r.get(l.column());
        ClassLegend.Entry e = l.entryOf(value);
        if (value != null && e == null) {
          throw new IllegalStateException(
              year
                  + ", district "
                  + r.get(DISTRICT_ID)
                  + ": "
                  + l.column()
                  + " = "
                  + value
                  + " is not a class of its legend "
                  + l.entries());
        }
        checkPublished(year, r, labelOf(l.column()), e == null ? null : e.label());
        checkPublished(year, r, colourOf(l.column()), e == null ? Palette.NO_CLASS : e.colour());
      }
    }
  }

  private static void checkPublished(
      int year, Map<String, Object> row, String column, String expected) {
    if (row.containsKey(column) && !Objects.equals(row.get(column), expected)) {
      throw new IllegalStateException(
          year
              + ", district "
              + row.get(DISTRICT_ID)
              + ": published "
              + column
              + " '"
              + row.get(column)
              + "' differs from the legend's '"
              + expected
              + "'");
    }
  }
}
