package de.sozialraum.monitor.stage;

import java.util.List;

/**
 * Inputs that cannot be used at all (unreadable files, wrong CRS, missing columns): exit 2, nothing
 * published.
 */
public class InputException extends Exception {

  private final List<String> problems;

  public InputException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
