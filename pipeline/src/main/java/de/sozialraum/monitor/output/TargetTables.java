package de.sozialraum.monitor.output;

import static de.sozialraum.monitor.schema.Columns.YEAR;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The Leitbild targets year by year: {@code targets/} (Parquet) and {@code csv/targets.csv};
 * nothing without targets.
 */
public final class TargetTables implements RunOutput {

  @Override
  public String name() {
    return "targets";
  }

  @Override
  public Map<String, Long> write(RunTables a, Path runDir) throws IOException {
    Map<String, Long> out = new LinkedHashMap<>();
    if (a.config().targets().isEmpty()) {
      return out;
    }
    Dataset<Row> targets = a.targets().orderBy("target_id", YEAR);
    PublishedParquet.writer(targets).parquet(runDir.resolve("targets").toString());
    long n = SpreadsheetCsv.write(targets, runDir.resolve("csv/targets.csv"));
    out.put("targets/", n);
    out.put("csv/targets.csv", n);
    return out;
  }
}
