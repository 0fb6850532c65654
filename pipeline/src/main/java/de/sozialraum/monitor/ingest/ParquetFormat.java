package de.sozialraum.monitor.ingest;

import de.sozialraum.monitor.config.MonitorConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** {@code format: parquet}: each table read by Spark in parallel ({@link ParquetTables}). */
public final class ParquetFormat implements TableFormat {

  @Override
  public String name() {
    return "parquet";
  }

  /**
   * The columns of the file's footer (of the first part of a folder of parts), read without Spark:
   * a misspelt column is reported with the configuration's other problems, not by the run.
   */
  @Override
  public void checkColumns(MonitorConfig.Table table, String at, List<String> problems) {
    try {
      Path file = firstPart(table.file());
      if (file == null) {
        return;
      }
      List<String> present = new ArrayList<>();
      try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
        reader
            .getFooter()
            .getFileMetaData()
            .getSchema()
            .getFields()
            .forEach(f -> present.add(f.getName()));
      }
      TableFormat.missingColumns(table, at, "column", present, problems);
    } catch (IOException | RuntimeException e) {
      problems.add(
          at + "/path: " + table.file() + ": not a readable Parquet file: " + e.getMessage());
    }
  }

  /** The file itself, or a folder's first Parquet part in name order; null when there is none. */
  private static Path firstPart(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return Files.isRegularFile(p) ? p : null;
    }
    try (Stream<Path> parts = Files.walk(p)) {
      return parts
          .filter(f -> f.getFileName().toString().endsWith(".parquet"))
          .filter(Files::isRegularFile)
          .sorted()
          .findFirst()
          .orElse(null);
    }
  }

  @Override
  public Dataset<Row> records(
      SparkSession spark, List<MonitorConfig.Table> tables, RecordLayout layout) {
    Dataset<Row> records = spark.createDataFrame(List.of(), layout.schema());
    for (MonitorConfig.Table t : tables) {
      Dataset<Row> read;
      try {
        read = ParquetTables.read(spark, t, layout);
      } catch (TableException e) {
        read = spark.createDataFrame(List.of(layout.fatal(t, e)), layout.schema());
      }
      records = records.unionByName(read);
    }
    return records;
  }
}
