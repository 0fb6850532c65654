package de.sozialraum.monitor.index;

import static de.sozialraum.monitor.schema.Columns.YEAR;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.indicators.YearPairs;
import de.sozialraum.monitor.neighbours.DistrictNeighbours;
import de.sozialraum.monitor.schema.OutputColumn;
import de.sozialraum.monitor.stage.Stage;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Step {@code indices}: per year every comparison frame ({@link IndexYearFunction}: validity,
 * indicator classes, smoothed rates, each preset over the county and within each municipality, the
 * life-phase sub-indices), then each headline's change and each class k years earlier.
 */
public final class ComputeIndices implements Stage<ComputeIndices.Input, ComputeIndices.Indices> {

  /**
   * The district-years, the fitted methods, the neighbours (for spatially smoothed rates) and the
   * pairs of years the changes compare.
   */
  public record Input(
      Dataset<Row> districtYears,
      Methods methods,
      DistrictNeighbours neighbours,
      YearPairs pairs) {}

  /**
   * One row per district and year with every index column (checkpointed), and the columns this step
   * added.
   */
  public record Indices(Dataset<Row> table, List<OutputColumn> columns) {}

  private final MonitorConfig config;

  public ComputeIndices(MonitorConfig config) {
    this.config = config;
  }

  @Override
  public Indices apply(Input in) {
    IndexYearFunction perYear =
        new IndexYearFunction(
            config,
            in.methods().presets(),
            in.methods().phases(),
            in.neighbours(),
            in.districtYears().schema());
    Dataset<Row> perYearResult =
        in.districtYears()
            .groupByKey((MapFunction<Row, Integer>) r -> r.<Integer>getAs(YEAR), Encoders.INT())
            .flatMapGroups(perYear, Encoders.row(perYear.outputSchema()))
            // the dynamics join the years with themselves: the year function runs once, not on
            // both sides of the join
            .localCheckpoint();
    List<OutputColumn> added = new ArrayList<>(perYear.columns());
    added.addAll(in.methods().dynamicsColumns(config.index().dynamicYears()));
    return new Indices(
        in.methods().withIndexDynamics(perYearResult, in.pairs()).localCheckpoint(), added);
  }

  /**
   * The columns the step will publish, from the unfitted methods and the district-years' schema,
   * without computing anything: for checking the settings of later steps (which columns the spatial
   * statistics and gap rules name) before the quality gate.
   */
  public StructType plannedSchema(
      org.apache.spark.sql.SparkSession spark, Methods unfitted, StructType districtYears) {
    StructType perYear =
        new IndexYearFunction(config, unfitted.presets(), unfitted.phases(), null, districtYears)
            .outputSchema();
    return unfitted
        .withIndexDynamics(
            spark.createDataFrame(java.util.List.of(), perYear),
            new YearPairs(config.index().dynamicYears(), List.of()))
        .schema();
  }

  @Override
  public String done(Indices i) {
    return "Indizes je Jahr berechnet";
  }
}
