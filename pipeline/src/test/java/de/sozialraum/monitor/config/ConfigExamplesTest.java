package de.sozialraum.monitor.config;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.monitor.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The configurations under config/examples/ stay valid and documented as the schema moves on. */
class ConfigExamplesTest {

  private static List<Path> examples() throws Exception {
    try (Stream<Path> files = Files.list(RepoPaths.of("config/examples"))) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void everyExampleIsAValidConfigurationWithItsInputsInPlace() throws Exception {
    assertThat(examples()).isNotEmpty();
    for (Path example : examples()) {
      MonitorConfig c = ConfigLoader.load(example);
      assertThat(c.inputs().values()).as("inputs of %s", example).allMatch(Files::exists);
    }
  }

  @Test
  void everyExampleIsListedInTheConfigurationReference() throws Exception {
    String reference = Files.readString(RepoPaths.of("config/README.md"));
    for (Path example : examples()) {
      assertThat(reference).contains("(examples/" + example.getFileName() + ")");
    }
  }
}
