package de.sozialraum.monitor.methods;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.methods.classify.ClassScheme;
import de.sozialraum.monitor.methods.preset.FrameYear;
import de.sozialraum.monitor.methods.preset.IndexPreset;
import de.sozialraum.monitor.methods.preset.IndexPresets;
import de.sozialraum.monitor.methods.preset.OutputColumn;
import de.sozialraum.monitor.methods.preset.PresetResult;
import de.sozialraum.monitor.spark.YearRows;
import de.sozialraum.monitor.spatial.DistrictNeighbours;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One year of every comparison frame: validity (METHODS.md §1), the map classes of each indicator, each fitted
 * preset over the whole county with its rank, class label and colour, each preset again within every municipality,
 * and the life-phase sub-indices. Spark calls it once per year; the arithmetic lives in the presets.
 */
public final class IndexYearFunction implements FlatMapGroupsFunction<Integer, Row, Row> {

  private final List<IndexPreset> presets;
  private final Map<String, IndexPreset> phases;
  private final boolean municipalityFrame;
  private final String phaseMethod;
  private final IndicatorClasses indicatorClasses;
  private final SmoothedRates smoothed;
  private final DistrictNeighbours neighbours;
  private final List<String> required;
  private final Validity validityRules;
  private final StructType input;
  private final List<String> numeric;
  private final Map<String, String> descriptions = new LinkedHashMap<>();
  private final StructType output;

  /** @param presets the fitted presets; {@code phases} the fitted life-phase sub-indices by phase */
  public IndexYearFunction(MonitorConfig config, List<IndexPreset> presets, Map<String, IndexPreset> phases, DistrictNeighbours neighbours,
      StructType input) {
    this.neighbours = neighbours;
    this.presets = List.copyOf(presets);
    this.phases = new LinkedHashMap<>(phases);
    this.municipalityFrame = config.index().municipalityFrame();
    this.phaseMethod = config.index().lifePhaseMethod();
    this.indicatorClasses = new IndicatorClasses(config);
    this.smoothed = new SmoothedRates(config);
    Set<String> req = new LinkedHashSet<>();
    presets.forEach(p -> req.addAll(p.requires()));
    this.required = List.copyOf(req);
    this.validityRules = new Validity(config.validity());
    this.input = input;
    this.numeric = java.util.Arrays.stream(input.fields()).filter(f -> f.dataType().equals(DataTypes.DoubleType))
        .map(StructField::name).toList();
    this.output = buildOutputSchema();
  }

  /** The input schema followed by the columns this function adds. */
  public StructType outputSchema() {
    return output;
  }

  /** German descriptions of the added columns, for the data dictionary. */
  public Map<String, String> descriptions() {
    return descriptions;
  }

  private StructType buildOutputSchema() {
    List<OutputColumn> cols = new ArrayList<>();
    cols.add(OutputColumn.text("validity", "valid | population_below_minimum | excluded | no_data – nur 'valid' geht in Mittelwerte, SD und Indizes ein"));
    cols.add(OutputColumn.text("validity_reason", "Begründung, wenn nicht valid"));
    cols.add(OutputColumn.text("missing_indicators", "Indikatoren, die ein Index braucht und die fehlen (dann kein Wert dieses Index)"));
    cols.addAll(indicatorClasses.columns());
    cols.addAll(smoothed.columns());
    for (IndexPreset p : presets) {
      cols.addAll(p.columns());
      cols.add(OutputColumn.text(p.classColumn() + "_label", "Klasse " + p.classColumn() + " als Text"));
      cols.add(OutputColumn.text(p.classColumn() + "_colour", "Kartenfarbe der Klasse " + p.classColumn() + " (wie Bericht und QGIS-Stil)"));
      cols.add(OutputColumn.code(p.name() + "_rank", "Rang im Kreis nach " + p.headlineColumn()
          + " (1 = am stärksten benachteiligt; Gleichstände teilen den kleinsten Rang)"));
      if (municipalityFrame) {
        cols.add(OutputColumn.number(p.headlineColumn() + "_municipality", p.headlineColumn() + ", nur innerhalb der Gemeinde berechnet"));
        cols.add(OutputColumn.code(p.classColumn() + "_municipality", p.classColumn() + " im Gemeindevergleich"));
        cols.add(OutputColumn.code(p.name() + "_rank_municipality", "Rang innerhalb der Gemeinde nach " + p.headlineColumn()));
      }
    }
    phases.forEach((phase, p) -> {
      cols.add(OutputColumn.number(IndexPresets.phaseIndexColumn(phase), "Teilindex der Lebensphase " + phase + " (Methode " + phaseMethod
          + ", Kodierung wie dort) aus " + p.requires()));
      cols.add(OutputColumn.code(IndexPresets.phaseClassColumn(phase), "Klasse des Teilindex " + phase + " (Kodierung der Methode)"));
      cols.add(OutputColumn.text("phase_" + phase + "_class_label", "Klasse des Teilindex " + phase + " als Text"));
      cols.add(OutputColumn.text("phase_" + phase + "_class_colour", "Kartenfarbe der Klasse des Teilindex " + phase));
    });
    StructType s = input;
    for (OutputColumn c : cols) {
      s = s.add(c.name(), c.kind().sparkType(), !c.name().equals("validity"));
      descriptions.put(c.name(), c.description());
    }
    return s;
  }

  @Override
  public Iterator<Row> call(Integer year, Iterator<Row> rows) {
    List<Row> in = YearRows.byDistrict(rows);
    int n = in.size();
    String[] validity = new String[n];
    String[] reason = new String[n];
    boolean[] valid = new boolean[n];
    for (int i = 0; i < n; i++) {
      Row r = in.get(i);
      Validity.Status v = validityRules.of(r.getAs("district_id"), year, r.getAs("population"));
      validity[i] = v.code();
      reason[i] = v.reason();
      valid[i] = v.valid();
    }
    FrameYear county = frame(year, in, valid);
    Map<String, Object[]> added = new LinkedHashMap<>();
    added.put("validity", validity);
    added.put("validity_reason", reason);
    added.put("missing_indicators", missing(county));
    indicatorClasses.classify(county).forEach(added::put);
    added.putAll(smoothed.compute(county, neighbours.positions(in.stream().map(r -> r.<String>getAs("district_id")).toList())));
    List<int[]> towns = municipalities(in);
    for (IndexPreset p : presets) {
      PresetResult r = p.compute(county);
      for (OutputColumn c : p.columns()) {
        added.put(c.name(), values(r, c.name(), n));
      }
      putClass(added, p.classColumn(), p.classes(), r.headlineClass());
      added.put(p.name() + "_rank", boxed(Ranking.ranks(r.headline(), true)));
      if (municipalityFrame) {
        Object[] score = new Object[n];
        Object[] cls = new Object[n];
        Object[] rank = new Object[n];
        for (int[] town : towns) {
          PresetResult t = p.compute(county.subset(town));
          int[] tr = Ranking.ranks(t.headline(), true);
          for (int j = 0; j < town.length; j++) {
            score[town[j]] = finite(t.headline()[j]);
            cls[town[j]] = code(t.headlineClass()[j]);
            rank[town[j]] = code(tr[j]);
          }
        }
        added.put(p.headlineColumn() + "_municipality", score);
        added.put(p.classColumn() + "_municipality", cls);
        added.put(p.name() + "_rank_municipality", rank);
      }
    }
    phases.forEach((phase, p) -> {
      PresetResult r = p.compute(county);
      added.put(IndexPresets.phaseIndexColumn(phase), java.util.Arrays.stream(r.headline()).mapToObj(IndexYearFunction::finite).toArray());
      putClass(added, IndexPresets.phaseClassColumn(phase), p.classes(), r.headlineClass());
    });

    return YearRows.appended(in, added.values());
  }

  private static void putClass(Map<String, Object[]> added, String column, ClassScheme scheme, int[] codes) {
    Object[] code = new Object[codes.length];
    Object[] label = new Object[codes.length];
    Object[] colour = new Object[codes.length];
    for (int i = 0; i < codes.length; i++) {
      code[i] = code(codes[i]);
      label[i] = scheme.label(codes[i]);
      colour[i] = scheme.colour(codes[i]);
    }
    added.putIfAbsent(column, code);
    added.put(column + "_label", label);
    added.put(column + "_colour", colour);
  }

  private FrameYear frame(int year, List<Row> in, boolean[] valid) {
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (String name : numeric) {
      int idx = input.fieldIndex(name);
      double[] x = new double[in.size()];
      for (int i = 0; i < x.length; i++) {
        Row r = in.get(i);
        x[i] = r.isNullAt(idx) ? Double.NaN : r.getDouble(idx);
      }
      cols.put(name, x);
    }
    return new FrameYear(year, valid, cols);
  }

  private static List<int[]> municipalities(List<Row> in) {
    Map<String, List<Integer>> byTown = new LinkedHashMap<>();
    for (int i = 0; i < in.size(); i++) {
      String town = in.get(i).getAs("municipality_id");
      byTown.computeIfAbsent(town == null ? "" : town, t -> new ArrayList<>()).add(i);
    }
    return byTown.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
  }

  private Object[] missing(FrameYear f) {
    boolean[] valid = f.valid();
    Object[] out = new Object[f.size()];
    for (int i = 0; i < out.length; i++) {
      if (!valid[i]) {
        continue;
      }
      List<String> m = new ArrayList<>();
      for (String col : required) {
        if (!Double.isFinite(f.column(col)[i])) {
          m.add(col);
        }
      }
      out[i] = m.isEmpty() ? null : String.join(",", m);
    }
    return out;
  }

  private static Object[] values(PresetResult r, String column, int n) {
    Object[] out = new Object[n];
    for (int i = 0; i < n; i++) {
      out[i] = r.value(column, i);
    }
    return out;
  }

  private static Object[] boxed(int[] codes) {
    return java.util.Arrays.stream(codes).mapToObj(IndexYearFunction::code).toArray();
  }

  private static Integer code(int c) {
    return c == 0 ? null : c;
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
