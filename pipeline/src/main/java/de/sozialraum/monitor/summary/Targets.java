package de.sozialraum.monitor.summary;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static org.apache.spark.sql.functions.col;

import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Leitbild targets of the configuration followed year by year (docs/METHODS.md §8, {@link
 * TargetStatus}). Values come from the published tables (districts from the indices, municipalities
 * and the county from the aggregates), so a withheld value stays withheld here and its year has no
 * status.
 */
public final class Targets {

  public static final StructType SCHEMA =
      new StructType()
          .add("target_id", DataTypes.StringType, false)
          .add("label", DataTypes.StringType, false)
          .add("indicator", DataTypes.StringType, false)
          .add("scope", DataTypes.StringType, false)
          .add("unit_id", DataTypes.StringType, true)
          .add(YEAR, DataTypes.IntegerType, false)
          .add("value", DataTypes.DoubleType, true)
          .add("expected", DataTypes.DoubleType, true)
          .add("status", DataTypes.StringType, true)
          .add("baseline_year", DataTypes.IntegerType, false)
          .add("baseline", DataTypes.DoubleType, true)
          .add("target_year", DataTypes.IntegerType, false)
          .add("target", DataTypes.DoubleType, false);

  private Targets() {}

  /** Thrown when a target names a district or municipality the data do not have. */

  /**
   * A target's unit must be a district (or a municipality) the run publishes; checked before the
   * quality gate, so {@code validate} reports it.
   */
  public static List<String> problems(MonitorConfig config, DistrictLayer layer) {
    java.util.Set<String> districts = new java.util.HashSet<>();
    java.util.Set<String> municipalities = new java.util.HashSet<>();
    layer
        .districts()
        .forEach(
            d -> {
              districts.add(d.id());
              if (d.parentId() != null) {
                municipalities.add(d.parentId());
              }
            });
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < config.targets().size(); i++) {
      MonitorConfig.Target t = config.targets().get(i);
      boolean known =
          switch (t.scope()) {
            case DISTRICT -> districts.contains(t.unit());
            case MUNICIPALITY -> municipalities.contains(t.unit());
            default -> true;
          };
      if (!known) {
        problems.add(
            "/targets/" + i + "/unit: " + t.scope() + " '" + t.unit() + "' is not in the data");
      }
    }
    return problems;
  }

  /**
   * @param years the published years, ascending
   */
  public static Dataset<Row> of(
      SparkSession spark,
      MonitorConfig config,
      Dataset<Row> indices,
      Dataset<Row> aggregates,
      List<Integer> years) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < config.targets().size(); i++) {
      MonitorConfig.Target t = config.targets().get(i);
      Map<Integer, Double> series = series(t, indices, aggregates);
      if (series.isEmpty() && t.scope() != Scope.COUNTY) {
        throw new IllegalStateException(
            "/targets/"
                + i
                + "/unit: "
                + t.scope()
                + " '"
                + t.unit()
                + "' passed the check before the gate "
                + "but has no rows");
      }
      Double baseline = t.baseline() != null ? t.baseline() : series.get(t.baselineYear());
      int sign = config.indicator(t.indicator()).sign();
      for (int y : years.stream().filter(y -> y >= t.baselineYear()).toList()) {
        Double value = series.get(y);
        Double expected =
            baseline == null
                ? null
                : TargetStatus.expected(t.baselineYear(), baseline, t.targetYear(), t.target(), y);
        String status =
            baseline == null || value == null
                ? null
                : TargetStatus.status(
                    t.baselineYear(), baseline, t.targetYear(), t.target(), y, value, sign);
        rows.add(
            RowFactory.create(
                t.id(),
                t.label(),
                t.indicator(),
                t.scope().toString(),
                t.unit(),
                y,
                value,
                expected,
                status,
                t.baselineYear(),
                baseline,
                t.targetYear(),
                t.target()));
      }
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  /** The published value per year for the target's unit. */
  private static Map<Integer, Double> series(
      MonitorConfig.Target t, Dataset<Row> indices, Dataset<Row> aggregates) {
    Dataset<Row> source =
        switch (t.scope()) {
          case DISTRICT -> indices.filter(col(DISTRICT_ID).equalTo(t.unit()));
          case MUNICIPALITY ->
              aggregates.filter(
                  col("level").equalTo("municipality").and(col("unit_id").equalTo(t.unit())));
          default -> aggregates.filter(col("level").equalTo("county"));
        };
    Map<Integer, Double> out = new HashMap<>();
    for (Row r : source.select(col(YEAR), col(t.indicator()).cast("double")).collectAsList()) {
      out.put(r.getInt(0), r.isNullAt(1) ? null : r.getDouble(1));
    }
    return out;
  }
}
