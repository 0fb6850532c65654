package de.sozialraum.monitor.spatial;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.index.IndexPresets;
import de.sozialraum.monitor.neighbours.DistrictNeighbours;
import de.sozialraum.monitor.stage.InputException;
import de.sozialraum.monitor.stage.Stage;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Step {@code spatial}: global Moran's I, LISA and Gi* per year of the configured variables (by
 * default every preset's headline; {@link SpatialStatisticsJob}), the local values added as columns
 * of the index table.
 */
public final class ComputeSpatialStatistics
    implements Stage<Dataset<Row>, ComputeSpatialStatistics.Result> {

  /**
   * The index table with the local statistics, the global Moran's I per variable and year, and the
   * variables analysed.
   */
  public record Result(Dataset<Row> table, Dataset<Row> moran, List<String> variables) {}

  private final SparkSession spark;
  private final MonitorConfig.Spatial settings;
  private final List<IndexPreset> presets;
  private final DistrictNeighbours neighbours;

  public ComputeSpatialStatistics(
      SparkSession spark,
      MonitorConfig.Spatial settings,
      List<IndexPreset> presets,
      DistrictNeighbours neighbours) {
    this.spark = spark;
    this.settings = settings;
    this.presets = List.copyOf(presets);
    this.neighbours = neighbours;
  }

  @Override
  public Result apply(Dataset<Row> indices) throws InputException {
    List<String> variables = variables(settings, presets, indices.schema());
    SpatialStatisticsJob job =
        SpatialStatisticsJob.of(spark, indices, variables, neighbours, settings);
    return new Result(
        SpatialStatisticsJob.withLocalColumns(indices, job.local(), variables).localCheckpoint(),
        job.global().localCheckpoint(),
        variables);
  }

  @Override
  public String done(Result r) {
    return "Räumliche Statistik: "
        + r.variables().size()
        + " Variablen, "
        + settings.statistics().permutations()
        + " Permutationen";
  }

  /**
   * The configured variables, or every preset's headline; each must be a numeric column of the
   * index table.
   */
  public static List<String> variables(
      MonitorConfig.Spatial settings, List<IndexPreset> presets, StructType indices)
      throws InputException {
    List<String> vars = IndexPresets.spatialVariables(settings, presets);
    List<String> numeric =
        Arrays.stream(indices.fields())
            .filter(
                f ->
                    f.dataType().equals(DataTypes.DoubleType)
                        || f.dataType().equals(DataTypes.IntegerType))
            .map(f -> f.name())
            .toList();
    List<String> unknown =
        vars.stream()
            .filter(v -> !numeric.contains(v))
            .map(
                v ->
                    "/spatial/statistics/variables: '"
                        + v
                        + "' is not a numeric column of the run (an indicator id, a preset headline such as mss_status_index, or phase_<phase>_index)")
            .toList();
    if (!unknown.isEmpty()) {
      throw new InputException(unknown);
    }
    return vars;
  }
}
