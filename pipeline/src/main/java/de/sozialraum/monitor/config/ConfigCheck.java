package de.sozialraum.monitor.config;

import java.util.List;

/**
 * A check of a configuration against its inputs that a later step owns (a table format reading the
 * first lines of its tables, say), run by {@link ConfigLoader} in the same round as its own checks
 * so a planner sees every problem at once. Registered in {@code
 * META-INF/services/de.sozialraum.monitor.config.ConfigCheck}; the loader never imports one.
 */
public interface ConfigCheck {

  /**
   * Adds one problem per finding, each starting with the JSON pointer of the setting to change
   * ({@code /tables/0/delimiter: …}), so it is reported at that setting's line. Files the loader
   * has already found missing are skipped.
   */
  void check(MonitorConfig config, List<String> problems);
}
