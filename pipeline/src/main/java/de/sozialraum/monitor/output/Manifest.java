package de.sozialraum.monitor.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.util.Digests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * {@code manifest.json}: what a run was made of (code version, configuration and its hash, every
 * input with sha256 and size), what it produced (outputs with row counts) and what the quality
 * checks said.
 */
public final class Manifest {

  private Manifest() {}

  /**
   * @param years the years the run covers
   * @param yearsRequested the {@code --years} option, when given: part of what makes two runs the
   *     same
   */
  public static void write(
      Path file,
      String runId,
      Instant started,
      MonitorConfig config,
      MonitorConfig.Years years,
      Optional<MonitorConfig.Years> yearsRequested,
      Map<String, Long> outputs,
      JsonNode quality)
      throws IOException {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = m.createObjectNode();
    root.put("run_id", runId);
    root.put("title", config.title());
    root.put("synthetic", config.synthetic());
    root.put("started", started.toString());
    root.put("finished", Instant.now().toString());
    ObjectNode code = root.putObject("code");
    code.put("version", Version.get());
    code.put("spark", org.apache.spark.package$.MODULE$.SPARK_VERSION());
    code.put("java", System.getProperty("java.version"));
    ObjectNode cfg = root.putObject("config");
    cfg.put("file", config.file().toString());
    cfg.put("sha256", config.sha256());
    cfg.put("years", years.label());
    yearsRequested.ifPresent(y -> cfg.put("years_option", y.label()));
    cfg.set("content", new ObjectMapper(new YAMLFactory()).readTree(config.file().toFile()));
    var in = root.putArray("inputs");
    for (Map.Entry<String, Path> e : config.inputs().entrySet()) {
      ObjectNode i = input(in.addObject(), e.getKey(), e.getValue());
      if (e.getKey().equals("geometry")) {
        i.put("rows", quality.at("/geometry/features_read").asLong());
      }
      for (JsonNode s : quality.path("tables")) {
        if (s.path("table").asText().equals(e.getKey())) {
          i.put("rows", s.path("records").asLong());
        }
      }
    }
    var out = root.putObject("outputs");
    outputs.forEach(out::put);
    root.set("quality", quality);
    m.writeValue(file.toFile(), root);
  }

  /** Id, path, size and hash of an input; geometry and tables also get their rows read. */
  private static ObjectNode input(ObjectNode i, String id, Path p) throws IOException {
    i.put("id", id);
    i.put("path", p.toString());
    i.put("bytes", Files.size(p));
    i.put("sha256", Digests.sha256(p));
    return i;
  }

  /**
   * Adds outputs made from the run's own files after the manifest was first written (styles,
   * report) and the notes about them, e.g. that no PDF could be printed.
   */
  public static void addOutputs(Path file, Map<String, Long> outputs, java.util.List<String> notes)
      throws IOException {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = (ObjectNode) m.readTree(file.toFile());
    ObjectNode out = (ObjectNode) root.get("outputs");
    outputs.forEach(out::put);
    if (!notes.isEmpty()) {
      var n = root.withArray("notes");
      notes.forEach(n::add);
    }
    root.put("finished", Instant.now().toString());
    m.writeValue(file.toFile(), root);
  }
}
