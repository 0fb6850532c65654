package de.sozialraum.monitor.store;

import de.sozialraum.monitor.output.Manifest;
import de.sozialraum.monitor.stage.Stage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Step {@code publish}: Spark's bookkeeping files removed ({@link SparkBookkeeping}), the files
 * written after the manifest (styles, report) and the run's notes added to it, the staged run
 * published atomically ({@link Publisher}), and then, when asked, old runs removed ({@link
 * Retention}).
 */
public final class PublishRun implements Stage<PublishRun.Input, Path> {

  /**
   * Outputs written after the manifest, with their entries, and what the manifest says of the run.
   */
  public record Input(Map<String, Long> derived, List<String> notes) {}

  private final Publisher publisher;
  private final Retention retention;
  private final String runId;
  private final Path staging;
  private final OptionalInt keepRuns;

  public PublishRun(
      Publisher publisher, Retention retention, String runId, Path staging, OptionalInt keepRuns) {
    this.publisher = publisher;
    this.retention = retention;
    this.runId = runId;
    this.staging = staging;
    this.keepRuns = keepRuns;
  }

  @Override
  public Path apply(Input in) throws IOException {
    SparkBookkeeping.remove(staging);
    Manifest.addOutputs(staging.resolve("manifest.json"), in.derived(), in.notes());
    Path published = publisher.publish(runId);
    Interruption.published(published);
    if (keepRuns.isPresent()) {
      Retention.Removed old = retention.keepNewest(keepRuns.getAsInt());
      if (!old.isEmpty()) {
        System.out.println("retention: removed " + String.join(", ", old.paths()));
      }
    }
    return published;
  }

  @Override
  public String done(Path published) {
    return "veröffentlicht: " + published;
  }
}
