package de.sozialraum.monitor.output;

import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.StructField;

/**
 * Spark's Parquet writer as every published table uses it: double columns without a dictionary.
 * Their values (rates, z-values, indices, statistics) are nearly all distinct, so Parquet would
 * hash every value of a column's first page into a dictionary only to find it larger than the plain
 * values and write them plain after all; codes, counts and texts keep their dictionaries.
 */
final class PublishedParquet {

  /** The option of parquet-hadoop that turns the dictionary off for one column. */
  static final String NO_DICTIONARY = "parquet.enable.dictionary#";

  private PublishedParquet() {}

  static DataFrameWriter<Row> writer(Dataset<Row> table) {
    DataFrameWriter<Row> w = table.write();
    for (StructField f : table.schema().fields()) {
      if (f.dataType() instanceof DoubleType) {
        w = w.option(NO_DICTIONARY + f.name(), "false");
      }
    }
    return w;
  }
}
