package de.sozialraum.monitor.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.output.Version;
import de.sozialraum.monitor.util.Digests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A run is a pure function of configuration, inputs and code version: when all three equal those of
 * {@code latest}, running again would publish the same numbers, so nightly runs skip it unless
 * forced.
 */
public final class UnchangedCheck {

  private UnchangedCheck() {}

  /**
   * The run id of {@code latest} when it was made from exactly these inputs and {@code --years},
   * else empty.
   */
  public static Optional<String> sameAsLatest(
      MonitorConfig config, Optional<MonitorConfig.Years> yearsRequested, Path outDir)
      throws IOException {
    Path manifest = outDir.resolve("latest").resolve("manifest.json");
    if (!Files.exists(manifest)) {
      return Optional.empty();
    }
    JsonNode m = new ObjectMapper().readTree(manifest.toFile());
    if (!config.sha256().equals(m.at("/config/sha256").asText())
        || !Version.get().equals(m.at("/code/version").asText())
        || !yearsRequested
            .map(MonitorConfig.Years::label)
            .orElse("")
            .equals(m.at("/config/years_option").asText())) {
      return Optional.empty();
    }
    Map<String, String> recorded = new HashMap<>();
    m.path("inputs").forEach(i -> recorded.put(i.path("path").asText(), i.path("sha256").asText()));
    java.util.Collection<Path> inputs = config.inputs().values();
    if (recorded.size() != inputs.size()) {
      return Optional.empty();
    }
    for (Path p : inputs) {
      if (!Digests.sha256(p).equals(recorded.get(p.toString()))) {
        return Optional.empty();
      }
    }
    return Optional.of(m.path("run_id").asText());
  }
}
