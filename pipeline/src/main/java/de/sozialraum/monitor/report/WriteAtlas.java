package de.sozialraum.monitor.report;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.output.PublishedRun;
import de.sozialraum.monitor.stage.Stage;
import de.sozialraum.monitor.styles.Legends;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Step {@code atlas}: the interactive Sozialraumatlas from the staged run and the legends its
 * styles were made from; nothing when {@code outputs.atlas} is off.
 */
public final class WriteAtlas implements Stage<WriteAtlas.Input, Optional<Atlas.Result>> {

  /**
   * The staged run as read back (only where the report or the atlas needs it), the legends of every
   * year and how many districts the run has.
   */
  public record Input(
      Optional<PublishedRun> staged, Map<Integer, Legends> legends, int districts) {}

  private final MonitorConfig config;

  public WriteAtlas(MonitorConfig config) {
    this.config = config;
  }

  @Override
  public Optional<Atlas.Result> apply(Input in) throws IOException {
    if (!config.outputs().atlas()) {
      return Optional.empty();
    }
    Optional<String> omitted = Atlas.omitted(config.hasGeometry(), in.districts());
    return Optional.of(
        omitted.isPresent()
            ? new Atlas.Result(Map.of(), omitted)
            : Atlas.write(in.staged().orElseThrow(), in.legends()));
  }

  @Override
  public String done(Optional<Atlas.Result> atlas) {
    if (atlas.isEmpty()) {
      return "Atlas abgeschaltet";
    }
    return atlas.get().omitted().isPresent()
        ? "Atlas: keiner (siehe Hinweis)"
        : "Atlas geschrieben";
  }
}
