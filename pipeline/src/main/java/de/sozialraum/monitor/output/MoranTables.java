package de.sozialraum.monitor.output;

import static de.sozialraum.monitor.schema.Columns.YEAR;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Global Moran's I per variable and year: {@code spatial/moran/} (Parquet) and {@code
 * csv/moran.csv}.
 */
public final class MoranTables implements RunOutput {

  @Override
  public String name() {
    return "moran";
  }

  @Override
  public Map<String, Long> write(RunTables a, Path runDir) throws IOException {
    Dataset<Row> moran = a.moran().orderBy("variable", YEAR);
    PublishedParquet.writer(moran).parquet(runDir.resolve("spatial/moran").toString());
    long n = SpreadsheetCsv.write(moran, runDir.resolve("csv/moran.csv"));
    Map<String, Long> out = new LinkedHashMap<>();
    out.put("spatial/moran/", n);
    out.put("csv/moran.csv", n);
    return out;
  }
}
