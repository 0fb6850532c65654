package de.sozialraum.monitor.styles;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.output.PublishedRun;
import de.sozialraum.monitor.output.RunTables;
import de.sozialraum.monitor.stage.Stage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * Step {@code styles}: the QGIS styles, with legends from the run's own published rows. A run with
 * a report or an atlas reads itself back once (they need it too); any other run gathers what the
 * legends read from the published index table where its rows are.
 */
public final class WriteStyles implements Stage<WriteStyles.Input, WriteStyles.Result> {

  /**
   * @param tables the published tables, whose index rows the legends are made from
   * @param staging the staged run, where the styles are written
   */
  public record Input(RunTables tables, Path staging) {}

  /**
   * The style files with their entries, the legends of every year (none without geometry), the
   * staged run as read back when the report needs it, and why no styles were written, if so.
   */
  public record Result(
      Map<String, Long> files,
      Map<Integer, Legends> legends,
      Optional<PublishedRun> staged,
      Optional<String> omitted) {}

  private final SparkSession spark;
  private final MonitorConfig config;

  private final boolean atlas;

  /**
   * @param atlas whether the atlas will be written, which reads the staged run as the report does
   */
  public WriteStyles(SparkSession spark, MonitorConfig config, boolean atlas) {
    this.spark = spark;
    this.config = config;
    this.atlas = atlas;
  }

  @Override
  public Result apply(Input in) throws IOException {
    Path staging = in.staging();
    Optional<PublishedRun> staged =
        config.report().enabled() || atlas
            ? Optional.of(PublishedRun.read(spark, staging))
            : Optional.empty();
    if (!config.hasGeometry()) {
      return new Result(
          Map.of(),
          Map.of(),
          staged,
          Optional.of(RunTables.withoutGeometry("styles/ (QGIS styles of the district layers)")));
    }
    Map<Integer, Legends> legends =
        staged.isPresent()
            ? Legends.byYear(staged.get())
            : Legends.byYear(config, in.tables().indices());
    return new Result(
        QgisStyles.write(legends, staging.resolve("styles")), legends, staged, Optional.empty());
  }

  @Override
  public String done(Result r) {
    return r.omitted().isPresent()
        ? "QGIS-Stile: keine (ohne Geometrie)"
        : "QGIS-Stile geschrieben: " + r.files().size();
  }
}
