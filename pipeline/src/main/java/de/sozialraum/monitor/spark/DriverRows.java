package de.sozialraum.monitor.spark;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Rows built on the driver (the districts read by geodata, their years) as a DataFrame. A small
 * list stays a local table, as {@code createDataFrame} plans it; a large one is cut into slices of
 * at most {@value #SLICE} rows, because Spark ships a local table in as many tasks as there are
 * cores: at a million districts × 5 years each of the two tasks carried 282 MB and the scheduler
 * ran out of heap serializing them.
 */
public final class DriverRows {

  static final int SLICE = 50_000;

  private DriverRows() {}

  public static Dataset<Row> of(SparkSession spark, List<Row> rows, StructType schema) {
    return of(spark, rows, schema, SLICE);
  }

  static Dataset<Row> of(SparkSession spark, List<Row> rows, StructType schema, int slice) {
    if (rows.size() <= slice) {
      return spark.createDataFrame(rows, schema);
    }
    int slices = (rows.size() + slice - 1) / slice;
    return spark.createDataFrame(
        JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, slices), schema);
  }
}
