package de.sozialraum.monitor.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The steps of a run in the order they run: {@link MonitorRun} executes them in this order and
 * refuses any other, the progress lines and {@code --timings} rows are these steps, and each step's
 * key is the failpoint reached when it is done. {@code validate} runs the steps up to and including
 * {@link #GATE}.
 */
public enum Step {
  CONFIG(false),
  GEOMETRY(false),
  SPARK(false),
  TABLES(false),
  CROSSWALK(false),
  KEYS(false),
  INDICATORS(false),
  GATE(false),
  JOIN(false),
  METHODS(false),
  NEIGHBOURS(false),
  INDICES(false),
  SPATIAL(false),
  SUPPLY(false),
  DISCLOSURE(false),
  SUMMARY(false),
  QUALITY_FILES(true),
  OUTPUTS(true),
  STYLES(true),
  GIS(true),
  REPORT(true, "report.html"),
  ATLAS(true),
  PUBLISH(true, "publish.moved", "publish.linked");

  private final boolean writes;
  private final List<String> innerPoints;

  Step(boolean writes, String... innerPoints) {
    this.writes = writes;
    this.innerPoints = List.of(innerPoints);
  }

  /**
   * The name in {@code --timings}, in {@code MONITOR_FAILPOINT} and in the docs, e.g. {@code
   * quality_files}.
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the step writes into the run's staging directory (what a kill in the middle of it could
   * leave half done).
   */
  public boolean writes() {
    return writes;
  }

  /**
   * Failpoints inside the step, between two of its writes (a report file, the two renames of
   * publishing).
   */
  public List<String> innerPoints() {
    return innerPoints;
  }

  /** Every failpoint in the order a run reaches them: each step's inner points, then its key. */
  public static List<String> failPoints() {
    List<String> all = new ArrayList<>();
    for (Step s : values()) {
      all.addAll(s.innerPoints);
      all.add(s.key());
    }
    return all;
  }
}
