package de.sozialraum.monitor.config;

import java.util.List;

/** The configuration is unusable; carries every problem found, each with its path in the file. */
public class ConfigException extends Exception {

  private final List<String> problems;

  public ConfigException(String file, List<String> problems) {
    super(
        file
            + ": "
            + problems.size()
            + " problem"
            + (problems.size() == 1 ? "" : "s")
            + ":\n  - "
            + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
