package de.sozialraum.monitor.ingest;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.Suggestions;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A format indicator tables are delivered in ({@code tables[].format}), as a plug-in: registered in
 * {@code META-INF/services/de.sozialraum.monitor.ingest.TableFormat} and found by name ({@link
 * TableFormats}), as geodata finds its feature sources. A format turns its tables into rows of the
 * {@link RecordLayout}: one per delivered record ({@link ParsedRecord}, the rules applied by {@link
 * RecordRules}), and a table that cannot be read at all as one {@code FATAL} row ({@link
 * RecordLayout#fatal}).
 */
public interface TableFormat {

  /** The name in {@code tables[].format}, e.g. {@code csv}. */
  String name();

  /**
   * Problems of {@code table}'s configured columns (at {@code at}, e.g. {@code /tables/0}) that the
   * file shows without being read in full, reported with the configuration's own; nothing by
   * default, for a format whose header needs a reader.
   */
  default void checkColumns(MonitorConfig.Table table, String at, List<String> problems) {}

  /**
   * Each configured column of {@code table} that {@code present} lacks, as a problem naming the
   * file, the column meant and the columns there are; {@code what} is the format's word for a
   * column (a DBF's "field").
   */
  static void missingColumns(
      MonitorConfig.Table table,
      String at,
      String what,
      List<String> present,
      List<String> problems) {
    for (String c : table.readColumns()) {
      if (!present.contains(c)) {
        problems.add(
            at
                + ": "
                + table.file().getFileName()
                + " has no "
                + what
                + " '"
                + c
                + "'"
                + Suggestions.hint(c, present)
                + "; its "
                + what
                + "s are "
                + present);
      }
    }
  }

  /**
   * @throws TableException when {@code present} lacks a configured column of {@code table}, so the
   *     table cannot be read
   */
  static void requireColumns(MonitorConfig.Table table, String what, List<String> present)
      throws TableException {
    List<String> missing = table.readColumns().stream().filter(c -> !present.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new TableException(
          table.file().getFileName()
              + ": "
              + what
              + "(s) "
              + missing
              + " not found; the file has "
              + present);
    }
  }

  /** All tables of this format, read in parallel where the format allows it. */
  Dataset<Row> records(SparkSession spark, List<MonitorConfig.Table> tables, RecordLayout layout);
}
