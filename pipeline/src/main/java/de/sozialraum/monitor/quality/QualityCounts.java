package de.sozialraum.monitor.quality;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the checks found, counted once: the gate decides on these counts and the quality summary
 * publishes them, so the two can never disagree.
 *
 * @param rejects every rejected cell (ingest, crosswalk, keys, indicator rules; cell schema,
 *     checkpointed)
 * @param geometryRejected district features rejected
 * @param tables per table: records delivered and records with at least one rejected cell
 * @param gateReasons why the gate stops the run; empty when it may publish
 */
public record QualityCounts(
    Dataset<Row> rejects,
    long geometryRejected,
    List<TableLines> tables,
    Cells cells,
    List<String> gateReasons) {

  public QualityCounts {
    tables = List.copyOf(tables);
    gateReasons = List.copyOf(gateReasons);
  }

  /** Distinct delivered lines (records) of one table, and those with at least one rejected cell. */
  public record TableLines(String table, String source, long records, long recordsWithRejects) {}

  /**
   * Cells by kind: values, missing values, unused columns, and values or missing values outside the
   * period.
   */
  public record Cells(long values, long missing, long unused, long outOfPeriod) {}

  public boolean passes() {
    return gateReasons.isEmpty();
  }
}
