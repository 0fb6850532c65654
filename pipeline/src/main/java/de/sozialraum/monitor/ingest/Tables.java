package de.sozialraum.monitor.ingest;

import de.sozialraum.monitor.config.MonitorConfig;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The records of every table as read (persisted, in the {@code layout}), and the period the run
 * covers.
 */
public record Tables(
    Dataset<Row> records,
    RecordLayout layout,
    MonitorConfig.Years period,
    long recordCount,
    int tableCount) {}
