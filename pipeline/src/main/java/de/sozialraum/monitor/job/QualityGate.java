package de.sozialraum.monitor.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.monitor.config.MonitorConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The configured quality gate (config {@code quality}): reasons to stop a run, empty when it may publish. It reads
 * the counts from the quality summary, so the gate and the published report can never disagree.
 */
public final class QualityGate {

  private QualityGate() {}

  public static List<String> reasons(MonitorConfig config, ObjectNode summary) {
    List<String> reasons = new ArrayList<>();
    long geometryRejects = summary.path("geometry").path("rejected").asLong();
    if (geometryRejects > config.quality().maxRejectedDistricts()) {
      reasons.add(geometryRejects + " district geometries were rejected, at most " + config.quality().maxRejectedDistricts() + " are allowed");
    }
    for (com.fasterxml.jackson.databind.JsonNode t : summary.path("tables")) {
      long lines = t.path("records").asLong();
      long bad = t.path("records_with_rejects").asLong();
      double share = lines == 0 ? 0 : (double) bad / lines;
      if (share > config.quality().maxRejectedShare()) {
        reasons.add(String.format(java.util.Locale.ROOT, "%s: %d of %d records (%.1f %%) have rejected cells, at most %.1f %% are allowed",
            t.path("source").asText(), bad, lines, 100 * share, 100 * config.quality().maxRejectedShare()));
      }
    }
    return reasons;
  }
}
