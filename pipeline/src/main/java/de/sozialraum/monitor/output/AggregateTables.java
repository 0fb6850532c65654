package de.sozialraum.monitor.output;

import static de.sozialraum.monitor.schema.Columns.YEAR;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Municipality and county rows: {@code aggregates/} (Parquet, partitioned by level) and {@code
 * csv/aggregates.csv}.
 */
public final class AggregateTables implements RunOutput {

  @Override
  public String name() {
    return "aggregates";
  }

  @Override
  public Map<String, Long> write(RunTables a, Path runDir) throws IOException {
    Dataset<Row> agg = a.aggregates().orderBy("level", "unit_id", YEAR);
    PublishedParquet.writer(agg)
        .partitionBy("level")
        .parquet(runDir.resolve("aggregates").toString());
    long n = SpreadsheetCsv.write(agg, runDir.resolve("csv/aggregates.csv"));
    Map<String, Long> out = new LinkedHashMap<>();
    out.put("aggregates/", n);
    out.put("csv/aggregates.csv", n);
    return out;
  }
}
