package de.sozialraum.monitor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.sozialraum.monitor.RepoPaths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample's configuration as a tree with absolute paths, for tests that vary it and write it
 * elsewhere.
 */
final class SampleConfig {

  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SampleConfig() {}

  static ObjectNode read() throws IOException {
    Path sample = RepoPaths.of("config/sample.yaml");
    ObjectNode c = (ObjectNode) YAML.readTree(sample.toFile());
    absolute(c, sample.getParent());
    return c;
  }

  static Path write(ObjectNode config, Path file) throws IOException {
    YAML.writeValue(file.toFile(), config);
    return file;
  }

  private static void absolute(JsonNode node, Path base) {
    if (node instanceof ObjectNode o) {
      for (String key : List.of("path", "logo")) {
        if (o.has(key) && o.get(key).isTextual()) {
          o.put(key, base.resolve(o.get(key).asText()).normalize().toString());
        }
      }
    }
    node.forEach(child -> absolute(child, base));
  }
}
