package de.sozialraum.monitor.summary;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.disclosure.SuppressionPlan;
import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.schema.DeclaredColumns;
import de.sozialraum.monitor.stage.Stage;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Step {@code summary}: the municipality and county rows from summed counts, withheld totals empty
 * and flagged ({@link Aggregates}), and the Leitbild targets followed year by year ({@link
 * Targets}).
 */
public final class Summarise implements Stage<Summarise.Input, Summarise.Result> {

  /** The index table with true values, the table as published, and the suppression plan. */
  public record Input(Dataset<Row> computed, Dataset<Row> indices, SuppressionPlan plan) {}

  /**
   * @param aggregateColumns the columns the aggregates declare beyond the districts' (the weighted
   *     means)
   */
  public record Result(
      Dataset<Row> aggregates, Dataset<Row> targets, DeclaredColumns aggregateColumns) {}

  private final SparkSession spark;
  private final MonitorConfig config;
  private final List<IndexPreset> presets;
  private final List<Integer> years;

  /**
   * @param years the published years, ascending
   */
  public Summarise(
      SparkSession spark, MonitorConfig config, List<IndexPreset> presets, List<Integer> years) {
    this.spark = spark;
    this.config = config;
    this.presets = List.copyOf(presets);
    this.years = List.copyOf(years);
  }

  @Override
  public Result apply(Input in) {
    Dataset<Row> aggregates =
        Aggregates.of(in.computed(), in.plan(), config, presets).localCheckpoint();
    return new Result(
        aggregates,
        Targets.of(spark, config, in.indices(), aggregates, years),
        Aggregates.columns(presets));
  }

  @Override
  public String done(Result r) {
    return "Summen für Gemeinden und Kreis, " + config.targets().size() + " Ziele";
  }
}
