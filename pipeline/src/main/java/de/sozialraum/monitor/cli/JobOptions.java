package de.sozialraum.monitor.cli;

import de.sozialraum.monitor.config.ConfigException;
import de.sozialraum.monitor.config.ConfigLoader;
import de.sozialraum.monitor.config.MonitorConfig;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options every command that reads a configuration and starts Spark shares (a picocli mixin).
 */
final class JobOptions {

  @Option(
      names = "--config",
      required = true,
      paramLabel = "FILE",
      description = "YAML configuration (see config/README.md).")
  Path config;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master, e.g. spark://host:7077; default: embedded local[*], or what spark-submit set.")
  String master;

  /**
   * The validated configuration, or empty after printing every problem to stderr (the caller exits
   * 2).
   */
  Optional<MonitorConfig> loadConfig() {
    try {
      return Optional.of(ConfigLoader.load(config));
    } catch (ConfigException e) {
      System.err.println(e.getMessage());
      return Optional.empty();
    }
  }
}
