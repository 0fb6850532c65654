package de.sozialraum.monitor.index;

import static de.sozialraum.monitor.schema.Columns.DELIVERED_VALIDITY;
import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.MUNICIPALITY_ID;
import static de.sozialraum.monitor.schema.Columns.POPULATION;
import static de.sozialraum.monitor.schema.Columns.VALIDITY;
import static de.sozialraum.monitor.schema.Columns.colourOf;
import static de.sozialraum.monitor.schema.Columns.labelOf;
import static de.sozialraum.monitor.schema.Columns.phaseClassOf;
import static de.sozialraum.monitor.schema.Columns.phaseIndexOf;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.indicators.FrameYear;
import de.sozialraum.monitor.indicators.IndicatorClasses;
import de.sozialraum.monitor.indicators.SmoothedRates;
import de.sozialraum.monitor.indicators.Validity;
import de.sozialraum.monitor.neighbours.DistrictNeighbours;
import de.sozialraum.monitor.numerics.Ranking;
import de.sozialraum.monitor.numerics.classify.ClassScheme;
import de.sozialraum.monitor.schema.ColumnText;
import de.sozialraum.monitor.schema.OutputColumn;
import de.sozialraum.monitor.spark.YearRows;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One year of every comparison frame: validity (docs/METHODS.md §1), the map classes of each
 * indicator, each fitted preset over the whole county with its rank, class label and colour, each
 * preset again within every municipality, and the life-phase sub-indices. Spark calls it once per
 * year; the arithmetic lives in the presets.
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
  private final List<OutputColumn> added = new ArrayList<>();
  private final StructType output;

  /**
   * @param presets the fitted presets; {@code phases} the fitted life-phase sub-indices by phase
   */
  public IndexYearFunction(
      MonitorConfig config,
      List<IndexPreset> presets,
      Map<String, IndexPreset> phases,
      DistrictNeighbours neighbours,
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
    this.validityRules = new Validity(config);
    this.input = input;
    this.numeric =
        java.util.Arrays.stream(input.fields())
            .filter(f -> f.dataType().equals(DataTypes.DoubleType))
            .map(StructField::name)
            .toList();
    this.output = buildOutputSchema();
  }

  private static final String STATUS =
      "the district's status in the year, from population and the exclusion list";

  /** The input schema followed by the columns this function adds. */
  public StructType outputSchema() {
    return output;
  }

  /** The columns this function adds, with what each is derived from. */
  public List<OutputColumn> columns() {
    return List.copyOf(added);
  }

  private StructType buildOutputSchema() {
    List<OutputColumn> cols = new ArrayList<>();
    cols.add(
        OutputColumn.text(
                VALIDITY,
                ColumnText.of(
                    validityRules.readsDelivery() ? "validity_with_delivery" : "validity"))
            .independent(STATUS));
    cols.add(
        OutputColumn.text("validity_reason", ColumnText.of("validity_reason")).independent(STATUS));
    cols.add(
        OutputColumn.text("missing_indicators", ColumnText.of("missing_indicators"))
            .independent(STATUS));
    cols.addAll(indicatorClasses.columns());
    cols.addAll(smoothed.columns());
    for (IndexPreset p : presets) {
      cols.addAll(p.columns());
      cols.add(
          OutputColumn.text(labelOf(p.classColumn()), ColumnText.of("class_label", p.classColumn()))
              .composite());
      cols.add(
          OutputColumn.text(
                  colourOf(p.classColumn()), ColumnText.of("class_colour", p.classColumn()))
              .composite());
      cols.add(
          OutputColumn.code(p.name() + "_rank", ColumnText.of("rank", p.headlineColumn()))
              .composite());
      if (municipalityFrame) {
        cols.add(
            OutputColumn.number(
                    p.headlineColumn() + "_municipality",
                    ColumnText.of("headline_municipality", p.headlineColumn()))
                .composite());
        cols.add(
            OutputColumn.code(
                    p.classColumn() + "_municipality",
                    ColumnText.of("class_municipality", p.classColumn()))
                .composite());
        cols.add(
            OutputColumn.code(
                    p.name() + "_rank_municipality",
                    ColumnText.of("rank_municipality", p.headlineColumn()))
                .composite());
      }
    }
    phases.forEach(
        (phase, p) -> {
          cols.add(
              OutputColumn.number(
                      phaseIndexOf(phase),
                      ColumnText.of("phase_index", phase, phaseMethod, p.requires()))
                  .composite());
          cols.add(
              OutputColumn.code(phaseClassOf(phase), ColumnText.of("phase_class", phase))
                  .composite());
          cols.add(
              OutputColumn.text(
                      labelOf(phaseClassOf(phase)), ColumnText.of("phase_class_label", phase))
                  .composite());
          cols.add(
              OutputColumn.text(
                      colourOf(phaseClassOf(phase)), ColumnText.of("phase_class_colour", phase))
                  .composite());
        });
    StructType s = input;
    for (OutputColumn c : cols) {
      s = s.add(c.name(), c.kind().sparkType(), !c.name().equals(VALIDITY));
    }
    added.addAll(cols);
    return s;
  }

  @Override
  public Iterator<Row> call(Integer year, Iterator<Row> rows) {
    YearRows in = YearRows.byDistrict(rows, input);
    int n = in.size();
    String[] validity = new String[n];
    String[] reason = new String[n];
    boolean[] valid = new boolean[n];
    for (int i = 0; i < n; i++) {
      boolean anyValue = false;
      for (String id : validityRules.indicators()) {
        anyValue |= in.value(id, i) != null;
      }
      Validity.Status v =
          validityRules.of(
              (String) in.value(DISTRICT_ID, i),
              year,
              (Double) in.value(POPULATION, i),
              anyValue,
              validityRules.readsDelivery() ? (String) in.value(DELIVERED_VALIDITY, i) : null);
      validity[i] = v.code();
      reason[i] = v.reason();
      valid[i] = v.valid();
    }
    FrameYear county = frame(year, in, valid);
    // columns box their values only as each row is built: a year's boxed doubles would double the
    // task's memory
    Map<String, IntFunction<Object>> added = new LinkedHashMap<>();
    added.put(VALIDITY, i -> validity[i]);
    added.put("validity_reason", i -> reason[i]);
    putAll(added, Map.of("missing_indicators", missing(county)));
    putAll(added, indicatorClasses.classify(county));
    putAll(added, smoothed.compute(county, neighbours.positions(in.texts(DISTRICT_ID))));
    List<int[]> towns = municipalities(in);
    for (IndexPreset p : presets) {
      PresetResult r = p.compute(county);
      for (OutputColumn c : p.columns()) {
        added.put(c.name(), i -> r.value(c.name(), i));
      }
      putClass(added, p.classColumn(), p.classes(), r.headlineClass());
      int[] ranks = Ranking.ranks(r.headline(), true);
      added.put(p.name() + "_rank", i -> code(ranks[i]));
      if (municipalityFrame) {
        double[] score = new double[n];
        int[] cls = new int[n];
        int[] rank = new int[n];
        for (int[] town : towns) {
          PresetResult t = p.compute(county.subset(town));
          int[] tr = Ranking.ranks(t.headline(), true);
          for (int j = 0; j < town.length; j++) {
            score[town[j]] = t.headline()[j];
            cls[town[j]] = t.headlineClass()[j];
            rank[town[j]] = tr[j];
          }
        }
        added.put(p.headlineColumn() + "_municipality", i -> finite(score[i]));
        added.put(p.classColumn() + "_municipality", i -> code(cls[i]));
        added.put(p.name() + "_rank_municipality", i -> code(rank[i]));
      }
    }
    phases.forEach(
        (phase, p) -> {
          PresetResult r = p.compute(county);
          double[] headline = r.headline();
          added.put(phaseIndexOf(phase), i -> finite(headline[i]));
          putClass(added, phaseClassOf(phase), p.classes(), r.headlineClass());
        });

    return in.appended(added.values());
  }

  private static void putAll(
      Map<String, IntFunction<Object>> added, Map<String, Object[]> columns) {
    columns.forEach((name, values) -> added.put(name, i -> values[i]));
  }

  private static void putClass(
      Map<String, IntFunction<Object>> added, String column, ClassScheme scheme, int[] codes) {
    added.putIfAbsent(column, i -> code(codes[i]));
    added.put(labelOf(column), i -> scheme.label(codes[i]));
    added.put(colourOf(column), i -> scheme.colour(codes[i]));
  }

  private FrameYear frame(int year, YearRows in, boolean[] valid) {
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (String name : numeric) {
      cols.put(name, in.doubles(name));
    }
    return new FrameYear(year, valid, cols);
  }

  private static List<int[]> municipalities(YearRows in) {
    Map<String, List<Integer>> byTown = new LinkedHashMap<>();
    for (int i = 0; i < in.size(); i++) {
      String town = (String) in.value(MUNICIPALITY_ID, i);
      byTown.computeIfAbsent(town == null ? "" : town, t -> new ArrayList<>()).add(i);
    }
    return byTown.values().stream()
        .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
        .toList();
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

  private static Integer code(int c) {
    return c == 0 ? null : c;
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
