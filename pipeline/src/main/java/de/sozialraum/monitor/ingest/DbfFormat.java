package de.sozialraum.monitor.ingest;

import de.sozialraum.geodata.io.DbfTable;
import de.sozialraum.geodata.io.GeodataException;
import de.sozialraum.monitor.config.MonitorConfig;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code format: dbf}: a dBASE table, typically the attribute table of the district Shapefile
 * itself (GeoDa's and PySAL's sample data carry their variables there). Read on the driver (a DBF
 * is at most 2 GB and usually a few hundred records); its numeric fields are typed, so they pass
 * the record rules as plain decimal text, as Parquet's do, and a record is named by its number.
 */
public final class DbfFormat implements TableFormat {

  @Override
  public String name() {
    return "dbf";
  }

  @Override
  public void checkColumns(MonitorConfig.Table table, String at, List<String> problems) {
    try {
      Path dbf = table.file();
      TableFormat.missingColumns(
          table, at, "field", DbfTable.fields(dbf, charset(table)), problems);
    } catch (GeodataException e) {
      problems.add(at + "/path: " + e.getMessage());
    }
  }

  @Override
  public Dataset<Row> records(
      SparkSession spark, List<MonitorConfig.Table> tables, RecordLayout layout) {
    List<Row> rows = new ArrayList<>();
    for (MonitorConfig.Table t : tables) {
      try {
        DbfTable dbf = read(t);
        TableFormat.requireColumns(t, "field", dbf.fields());
        RecordRules rules = new RecordRules(t, NumberFormat.typed(t), layout);
        String source = t.file().getFileName().toString();
        long n = 0;
        for (Map<String, Object> r : dbf.records()) {
          n++;
          rows.add(
              layout.toRow(
                  rules.record(new ParsedRecord.Where(t.id(), source, n), c -> text(r.get(c)))));
        }
      } catch (GeodataException e) {
        rows.add(layout.fatal(t, new TableException(e.getMessage(), e)));
      } catch (TableException e) {
        rows.add(layout.fatal(t, e));
      }
    }
    return spark.createDataFrame(rows, layout.schema());
  }

  /** The table, in the encoding its .cpg names, else the configured one. */
  private static DbfTable read(MonitorConfig.Table t) throws GeodataException {
    return DbfTable.read(t.file(), charset(t));
  }

  /** The configured encoding, or null where the table's .cpg names one. */
  private static Charset charset(MonitorConfig.Table t) {
    return DbfTable.namesItsEncoding(t.file()) ? null : Charset.forName(t.encoding());
  }

  /** A value as the record rules read text: numbers in plain decimals, whole ones without any. */
  private static String text(Object v) {
    if (v instanceof BigDecimal d) {
      return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
    if (v instanceof Double || v instanceof Float) {
      return ParquetTables.text(v);
    }
    return v == null ? null : v.toString();
  }
}
