package de.sozialraum.monitor.output;

import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.crosswalk.CountCrosswalk;
import de.sozialraum.monitor.disclosure.SuppressionPlan;
import de.sozialraum.monitor.indicators.IndicatorData;
import de.sozialraum.monitor.neighbours.DistrictNeighbours;
import de.sozialraum.monitor.quality.QualityCounts;
import de.sozialraum.monitor.supply.Supply;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the quality files report. The checks are known at the gate; what later steps add (islands,
 * offers outside every district, implausible jumps, validity, the withheld cells) is there only for
 * a run that passed it.
 */
public record QualityReport(
    MonitorConfig config,
    DistrictLayer layer,
    QualityCounts counts,
    IndicatorData data,
    List<CountCrosswalk.Report> crosswalks,
    Optional<Later> later) {

  /**
   * @param jumps the implausible-jump warnings, redacted by disclosure control
   * @param indices the published index table (its validity counts)
   */
  public record Later(
      DistrictNeighbours neighbours,
      Supply supply,
      Dataset<Row> jumps,
      Dataset<Row> indices,
      SuppressionPlan plan) {}

  public QualityReport {
    crosswalks = List.copyOf(crosswalks);
  }
}
