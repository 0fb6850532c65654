package de.sozialraum.monitor.quality;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.when;

import de.sozialraum.monitor.spark.DriverRows;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The checks on a cell's key (district, year, variable) that need more than the cell itself: is the
 * district known to the geometries, and is the key delivered once. Exact repetitions keep their
 * first line; conflicting values for one key are all rejected, because nothing tells which one is
 * right.
 */
public final class KeyChecks {

  /** What survives, and the rejects the checks produced (in the cell schema). */
  public record Result(Dataset<Row> cells, Dataset<Row> rejects) {}

  private KeyChecks() {}

  /**
   * @param cells VALUE and MISSING cells inside the analysis period
   * @param knownIds ids of the districts whose geometry was accepted
   * @param rejectedIds ids whose geometry was rejected (their data is rejected with that reason)
   */
  public static Result apply(
      SparkSession spark, Dataset<Row> cells, List<String> knownIds, List<String> rejectedIds) {
    return apply(spark, cells, knownIds, rejectedIds, "district", "the geometries");
  }

  /**
   * The same checks for keys of another kind, e.g. the zones of a table keyed by school districts.
   *
   * @param unit what a key is ("district", "zone"); an unknown key is rejected with rule {@code
   *     unknown_<unit>}
   * @param layer where the known keys come from, for the message
   */
  public static Result apply(
      SparkSession spark,
      Dataset<Row> cells,
      List<String> knownIds,
      List<String> rejectedIds,
      String unit,
      String layer) {
    StructType idSchema =
        new StructType()
            .add("known_id", DataTypes.StringType)
            .add("geometry_state", DataTypes.StringType);
    Dataset<Row> ids =
        DriverRows.of(
                spark,
                knownIds.stream()
                    .map(i -> org.apache.spark.sql.RowFactory.create(i, "ok"))
                    .toList(),
                idSchema)
            .unionByName(
                spark.createDataFrame(
                    rejectedIds.stream()
                        .distinct()
                        .filter(i -> !knownIds.contains(i))
                        .map(i -> org.apache.spark.sql.RowFactory.create(i, "rejected"))
                        .toList(),
                    idSchema));
    Dataset<Row> joined =
        cells.join(ids, cells.col(DISTRICT_ID).equalTo(ids.col("known_id")), "left");
    Column unknown = col("geometry_state").isNull().or(col("geometry_state").notEqual("ok"));
    // counts and extremes of the keys delivered more than once, by one aggregation: nearly every
    // key is single, so the repeated ones are few and join back cheaply (no sort of every cell)
    WindowSpec key = Window.partitionBy(DISTRICT_ID, YEAR, "variable");
    Dataset<Row> repeated =
        cells
            .groupBy(
                col(DISTRICT_ID).as("r_district"),
                col(YEAR).as("r_year"),
                col("variable").as("r_variable"))
            .agg(
                count(lit(1)).as("n_key"),
                min("line").as("first_line"),
                min("value").as("v_min"),
                max("value").as("v_max"),
                count(when(col("value").isNull(), 1)).as("has_missing"))
            .filter(col("n_key").gt(1));
    Dataset<Row> counted =
        joined.join(
            repeated,
            joined
                .col(DISTRICT_ID)
                .equalTo(repeated.col("r_district"))
                .and(joined.col(YEAR).equalTo(repeated.col("r_year")))
                .and(joined.col("variable").equalTo(repeated.col("r_variable"))),
            "left");
    Column single = col("n_key").isNull();
    // equal values, or all missing, count as one value; a missing one beside a value is a conflict
    Column distinctValues =
        when(col("v_min").isNull(), 0).when(col("v_min").equalTo(col("v_max")), 1).otherwise(2);
    Column sameValues =
        single.or(
            distinctValues
                .plus(when(col("has_missing").gt(0).and(distinctValues.gt(0)), 1).otherwise(0))
                .leq(1));
    Column keep = single.or(sameValues.and(col("line").equalTo(col("first_line"))));
    // one materialisation for what is kept and what is rejected, which the run reads separately
    Dataset<Row> classified =
        counted
            .withColumn("k_unknown", unknown)
            .withColumn("k_keep", keep)
            .withColumn("k_same", sameValues)
            .localCheckpoint();

    Dataset<Row> unknownRejects =
        asReject(
            classified.filter(col("k_unknown")),
            when(col("geometry_state").equalTo("rejected"), lit(unit + "_geometry_rejected"))
                .otherwise(lit("unknown_" + unit)),
            when(
                    col("geometry_state").equalTo("rejected"),
                    concat(
                        lit(unit + " '"),
                        col(DISTRICT_ID),
                        lit("' has no usable geometry (see its geometry reject)")))
                .otherwise(
                    concat(
                        lit(unit + " '"), col(DISTRICT_ID), lit("' does not exist in " + layer))));
    Dataset<Row> known = classified.filter(col("k_unknown").unary_$bang());
    Dataset<Row> repeats =
        asReject(
            known.filter(col("k_keep").unary_$bang().and(col("k_same"))),
            lit("duplicate_key"),
            concat(
                lit("repeats line "),
                col("first_line").cast("string"),
                lit(" (same " + unit + ", year and variable)")));
    Dataset<Row> conflicts =
        known
            .filter(col("k_same").unary_$bang())
            .withColumn(
                "lines",
                array_join(sort_array(collect_list(col("line").cast("string")).over(key)), ", "));
    Dataset<Row> conflictRejects =
        asReject(
            conflicts,
            lit("duplicate_key"),
            concat(
                lit("conflicting values for " + unit + " '"),
                col(DISTRICT_ID),
                lit("', year "),
                col(YEAR).cast("string"),
                lit(", variable '"),
                col("variable"),
                lit("' on lines "),
                col("lines"),
                lit("; all are rejected")));
    Dataset<Row> kept =
        known
            .filter(col("k_keep"))
            .select(
                java.util.Arrays.stream(cells.columns()).map(c -> col(c)).toArray(Column[]::new));
    return new Result(kept, unknownRejects.unionByName(repeats).unionByName(conflictRejects));
  }

  private static Dataset<Row> asReject(Dataset<Row> rows, Column rule, Column message) {
    return rows.select(
        lit("REJECT").as("kind"),
        col("table_id"),
        col("source"),
        col("line"),
        col("column"),
        col(DISTRICT_ID),
        col(YEAR),
        col("variable"),
        col("value"),
        rule.as("rule"),
        message.as("message"));
  }
}
