package de.sozialraum.monitor.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.monitor.config.MonitorConfig;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/** The configured quality gate (config {@code quality}): reasons to stop a run, empty when it may publish. */
public final class QualityGate {

  private QualityGate() {}

  public static List<String> reasons(MonitorConfig config, Analysis a, ObjectNode summary) {
    List<String> reasons = new ArrayList<>();
    long geometryRejects = summary.path("geometry").path("rejected").asLong();
    if (geometryRejects > config.quality().maxRejectedDistricts()) {
      reasons.add(geometryRejects + " district geometries were rejected, at most " + config.quality().maxRejectedDistricts() + " are allowed");
    }
    for (Row r : a.lineCounts()) {
      long lines = r.<Long>getAs("lines");
      long bad = r.<Long>getAs("rejected_lines");
      double share = lines == 0 ? 0 : (double) bad / lines;
      if (share > config.quality().maxRejectedShare()) {
        reasons.add(String.format(java.util.Locale.ROOT, "%s: %d of %d records (%.1f %%) have rejected cells, at most %.1f %% are allowed",
            r.<String>getAs("source"), bad, lines, 100 * share, 100 * config.quality().maxRejectedShare()));
      }
    }
    return reasons;
  }
}
