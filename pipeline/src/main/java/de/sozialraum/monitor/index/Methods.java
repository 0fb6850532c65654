package de.sozialraum.monitor.index;

import static de.sozialraum.monitor.schema.Columns.CHANGE;
import static de.sozialraum.monitor.schema.Columns.DELIVERED_VALIDITY;
import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.POPULATION;
import static de.sozialraum.monitor.schema.Columns.PREVIOUS;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static de.sozialraum.monitor.schema.Columns.changeOf;
import static de.sozialraum.monitor.schema.Columns.phaseClassOf;
import static de.sozialraum.monitor.schema.Columns.phaseIndexOf;
import static de.sozialraum.monitor.schema.Columns.previousOf;
import static org.apache.spark.sql.functions.col;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.YearStep;
import de.sozialraum.monitor.indicators.Dynamics;
import de.sozialraum.monitor.indicators.FrameYear;
import de.sozialraum.monitor.indicators.Validity;
import de.sozialraum.monitor.indicators.YearPairs;
import de.sozialraum.monitor.schema.OutputColumn;
import de.sozialraum.monitor.spark.YearRows;
import de.sozialraum.monitor.stage.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * The run's index methods and life-phase sub-indices, fitted on the driver where a method fixes
 * something across years (COI's reference year, PCA's pooled loadings): only then are the numeric
 * columns of the district-years collected, and only those.
 */
public record Methods(List<IndexPreset> presets, Map<String, IndexPreset> phases) {

  public static Methods fit(MonitorConfig config, Dataset<Row> input) throws InputException {
    Methods unfitted = unfitted(config);
    List<IndexPreset> raw = unfitted.presets();
    Map<String, IndexPreset> rawPhases = unfitted.phases();
    boolean pooledNeeded =
        raw.stream().anyMatch(IndexPreset::fittedAcrossYears)
            || rawPhases.values().stream().anyMatch(IndexPreset::fittedAcrossYears);
    PooledData pooled = pooledNeeded ? pooled(config, input) : null;
    try {
      List<IndexPreset> presets =
          raw.stream().map(p -> p.fittedAcrossYears() ? p.fitted(pooled) : p).toList();
      Map<String, IndexPreset> phases = new LinkedHashMap<>();
      rawPhases.forEach(
          (phase, p) -> phases.put(phase, p.fittedAcrossYears() ? p.fitted(pooled) : p));
      return new Methods(presets, phases);
    } catch (PresetException e) {
      throw new InputException(List.of(e.getMessage()));
    }
  }

  /** The configured methods before fitting: their columns are those of the fitted ones. */
  public static Methods unfitted(MonitorConfig config) {
    List<IndexPreset> raw = IndexPresets.of(config);
    return new Methods(raw, IndexPresets.lifePhases(config, raw));
  }

  private static PooledData pooled(MonitorConfig config, Dataset<Row> input) {
    List<String> numeric =
        java.util.Arrays.stream(input.schema().fields())
            .filter(f -> f.dataType().equals(DataTypes.DoubleType))
            .map(StructField::name)
            .toList();
    Validity validity = new Validity(config);
    List<Column> select = new ArrayList<>(List.of(col(DISTRICT_ID), col(YEAR)));
    if (validity.readsDelivery()) {
      select.add(col(DELIVERED_VALIDITY));
    }
    numeric.forEach(c -> select.add(col(c)));
    // streamed into columns: collected as rows, a million districts' five years take several
    // gigabytes of boxed numbers
    Dataset<Row> selected = input.select(select.toArray(new Column[0])).orderBy(YEAR, DISTRICT_ID);
    YearRows rows = YearRows.gathered(selected.toLocalIterator(), selected.schema());
    int n = rows.size();
    int[] years = new int[n];
    boolean[] valid = new boolean[n];
    Map<String, double[]> columns = new LinkedHashMap<>();
    numeric.forEach(c -> columns.put(c, rows.doubles(c)));
    double[] population = columns.get(POPULATION);
    List<double[]> indicatorValues =
        validity.indicators().stream().map(columns::get).filter(c -> c != null).toList();
    for (int i = 0; i < n; i++) {
      years[i] = (Integer) rows.value(YEAR, i);
      boolean anyValue = false;
      for (double[] v : indicatorValues) {
        anyValue |= !Double.isNaN(v[i]);
      }
      valid[i] =
          validity
              .of(
                  (String) rows.value(DISTRICT_ID, i),
                  years[i],
                  Double.isNaN(population[i]) ? null : population[i],
                  anyValue,
                  validity.readsDelivery() ? (String) rows.value(DELIVERED_VALIDITY, i) : null)
              .valid();
    }
    return new PooledData(years, new FrameYear(0, valid, columns));
  }

  /**
   * Each headline's change and each headline class against the year compared with, for presets and
   * sub-indices.
   */
  public Dataset<Row> withIndexDynamics(Dataset<Row> indices, YearPairs pairs) {
    return Dynamics.withEarlier(
        indices,
        pairs,
        List.of(
            new Dynamics.Comparison(changeColumns(), Column::minus, CHANGE),
            new Dynamics.Comparison(classColumns(), (now, before) -> before, PREVIOUS)));
  }

  /**
   * Each headline's change and each class in the year compared with, as {@link #withIndexDynamics}
   * adds them: composites.
   */
  public List<OutputColumn> dynamicsColumns(YearStep step) {
    List<OutputColumn> d = new ArrayList<>();
    changeColumns()
        .forEach(
            c ->
                d.add(OutputColumn.number(changeOf(c), YearPairs.changeText(step, c)).composite()));
    classColumns()
        .forEach(
            c ->
                d.add(
                    OutputColumn.code(previousOf(c), YearPairs.previousClassText(step, c))
                        .composite()));
    return d;
  }

  private List<String> changeColumns() {
    List<String> c = new ArrayList<>(presets.stream().map(IndexPreset::headlineColumn).toList());
    phases.keySet().forEach(p -> c.add(phaseIndexOf(p)));
    return c;
  }

  private List<String> classColumns() {
    List<String> c = new ArrayList<>(presets.stream().map(IndexPreset::classColumn).toList());
    phases.keySet().forEach(p -> c.add(phaseClassOf(p)));
    return c;
  }
}
