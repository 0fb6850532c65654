package de.sozialraum.monitor.ingest;

import de.sozialraum.monitor.config.MonitorConfig;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The cells of every table as read (values, missing values, unused columns, rejects; persisted) and
 * the period the run covers.
 */
public record Tables(
    Dataset<Row> cells, MonitorConfig.Years period, long cellCount, int tableCount) {}
