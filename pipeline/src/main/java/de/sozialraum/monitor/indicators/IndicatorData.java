package de.sozialraum.monitor.indicators;

import de.sozialraum.monitor.config.MonitorConfig;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The checked indicators: one row per district and year with data ({@code wide}, checkpointed), the
 * rejects of the indicator rules, the years the run publishes and what a planner must know about
 * them, and the districts that have a geometry but no data.
 *
 * @param period the period asked for
 * @param publishedYears the years of the period with accepted data (every year of it with {@code
 *     years.keep_empty})
 * @param pairs which earlier year each published year is compared with
 * @param notes said once per run, in the terminal and the manifest
 */
public record IndicatorData(
    Dataset<Row> wide,
    Dataset<Row> rejects,
    MonitorConfig.Years period,
    List<Integer> publishedYears,
    YearPairs pairs,
    List<String> notes,
    List<String> districtsWithoutData) {

  public IndicatorData {
    publishedYears = List.copyOf(publishedYears);
    notes = List.copyOf(notes);
    districtsWithoutData = List.copyOf(districtsWithoutData);
  }
}
