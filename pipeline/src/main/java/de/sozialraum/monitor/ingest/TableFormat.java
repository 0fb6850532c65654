package de.sozialraum.monitor.ingest;

import de.sozialraum.monitor.config.MonitorConfig;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A format indicator tables are delivered in ({@code tables[].format}), as a plug-in: registered in
 * {@code META-INF/services/de.sozialraum.monitor.ingest.TableFormat} and found by name ({@link
 * TableFormats}), as geodata finds its feature sources. A format turns its tables into cells in
 * {@link IndicatorIngest#CELL_SCHEMA}: one per delivered value, missing value or unused column,
 * each rejected value with its rule, and a table that cannot be read at all as one {@code FATAL}
 * cell ({@link IndicatorIngest#fatal}).
 */
public interface TableFormat {

  /** The name in {@code tables[].format}, e.g. {@code csv}. */
  String name();

  /** All tables of this format, read in parallel where the format allows it. */
  Dataset<Row> cells(SparkSession spark, List<MonitorConfig.Table> tables);
}
