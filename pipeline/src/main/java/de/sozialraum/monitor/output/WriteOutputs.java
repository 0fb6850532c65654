package de.sozialraum.monitor.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.stage.Stage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Step {@code outputs}: every table and layer of the run in every published form (each a registered
 * {@link RunOutput}), then the data dictionary and the manifest, which describe them. Returns each
 * output (relative to the run) with its rows, and what the outputs left out.
 */
public final class WriteOutputs implements Stage<WriteOutputs.Input, WriteOutputs.Written> {

  /**
   * @param outputs each file or Spark directory (relative to the run) with its rows
   * @param omitted what was left out and why, for the manifest's notes ({@link RunOutput#omitted})
   */
  public record Written(Map<String, Long> outputs, List<String> omitted) {}

  /**
   * @param quality the quality summary, whose record counts the manifest lists per input
   */
  public record Input(RunTables tables, ObjectNode quality) {}

  private final MonitorConfig config;
  private final Path staging;
  private final String runId;
  private final Instant started;
  private final Optional<MonitorConfig.Years> asked;
  private final MonitorConfig.Years period;

  public WriteOutputs(
      MonitorConfig config,
      Path staging,
      String runId,
      Instant started,
      Optional<MonitorConfig.Years> asked,
      MonitorConfig.Years period) {
    this.config = config;
    this.staging = staging;
    this.runId = runId;
    this.started = started;
    this.asked = asked;
    this.period = period;
  }

  @Override
  public Written apply(Input in) throws IOException {
    RunTables t = in.tables();
    Map<String, Long> outputs = new LinkedHashMap<>();
    List<String> omitted = new ArrayList<>();
    for (RunOutput o : RunOutputs.all()) {
      outputs.putAll(o.write(t, staging));
      omitted.addAll(o.omitted(t));
    }
    DataDictionary.write(t, staging.resolve("dictionary.json"));
    Manifest.write(
        staging.resolve("manifest.json"),
        runId,
        started,
        config,
        period,
        asked,
        outputs,
        in.quality());
    return new Written(outputs, omitted);
  }

  @Override
  public String done(Written w) {
    return "Ausgaben geschrieben: " + w.outputs().size() + " Dateien und Tabellen";
  }
}
