package de.sozialraum.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.monitor.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fat jar is the product: the CLI and everything it needs, but neither the developers' tools
 * (sample generator, benchmarks, which live in the tools module) nor test classes.
 */
class ProductJarIT {

  @Test
  void theFatJarHoldsTheCliButNoToolOrTestClass() throws Exception {
    try (JarFile jar = new JarFile(Path.of(System.getProperty("monitor.jar")).toFile())) {
      List<String> ours =
          jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("de/sozialraum/")).toList();
      assertThat(ours)
          .contains(
              "de/sozialraum/monitor/cli/MonitorCli.class",
              "de/sozialraum/geodata/crs/CrsFit.class");
      assertThat(ours.stream().filter(n -> n.startsWith("de/sozialraum/tools/")))
          .as("tool classes in the product jar")
          .isEmpty();
      Path testClasses = RepoPaths.of("pipeline/target/test-classes");
      try (Stream<Path> files = Files.walk(testClasses)) {
        List<String> tests =
            files
                .filter(f -> f.toString().endsWith(".class"))
                .map(f -> testClasses.relativize(f).toString())
                .toList();
        assertThat(tests).contains("de/sozialraum/monitor/RepoPaths.class");
        assertThat(ours.stream().filter(tests::contains))
            .as("test classes in the product jar")
            .isEmpty();
      }
    }
  }
}
