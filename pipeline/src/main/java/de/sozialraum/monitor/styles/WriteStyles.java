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
 * Step {@code styles}: the QGIS styles, with legends from the staged run's own published rows. A
 * run with a report reads itself back once (the report needs it too); a run too large for a report
 * streams its index year by year.
 */
public final class WriteStyles implements Stage<Path, WriteStyles.Result> {

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
  public Result apply(Path staging) throws IOException {
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
        staged.isPresent() ? Legends.byYear(staged.get()) : Legends.byYear(spark, staging, config);
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
