package de.sozialraum.monitor.quality;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.when;

import de.sozialraum.monitor.ingest.Records;
import de.sozialraum.monitor.spark.DriverRows;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The checks on a cell's key (district or zone, year, variable) that need more than the cell
 * itself: is the key's district known, and is the key delivered once. Exact repetitions keep their
 * first line; conflicting values for one key are all rejected, because nothing tells which one is
 * right.
 */
public final class KeyChecks {

  /** What survives, and the rejects the checks produced (in the cell schema). */
  public record Result(Dataset<Row> cells, Dataset<Row> rejects) {}

  /** The column {@link #withState} adds. */
  static final String STATE = "geometry_state";

  private KeyChecks() {}

  /**
   * Both checks on cells ({@link Records#CELL_SCHEMA}), e.g. those of a table keyed by school
   * districts.
   *
   * @param knownIds the keys that exist
   * @param rejectedIds keys whose geometry was rejected (their data is rejected with that reason)
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
    Dataset<Row> joined = withState(spark, cells, knownIds, rejectedIds).localCheckpoint();
    Result repeats = repeats(asCells(joined.filter(known())), unit);
    return new Result(
        repeats.cells(),
        unknownRejects(joined.filter(known().unary_$bang()), unit, layer)
            .unionByName(repeats.rejects()));
  }

  /** The known key an unknown one matches once its leading zeros are restored. */
  static final String PADDED = "padded_id";

  /**
   * The rows with column {@code geometry_state}: "ok" for a known key, "rejected" for a key whose
   * geometry was rejected, "padded" for an unknown key that is a known one without its leading
   * zeros (an id read as a number by a spreadsheet), null for any other unknown one.
   */
  static Dataset<Row> withState(
      SparkSession spark, Dataset<Row> rows, List<String> knownIds, List<String> rejectedIds) {
    StructType idSchema =
        new StructType()
            .add("known_id", DataTypes.StringType)
            .add(STATE, DataTypes.StringType)
            .add(PADDED, DataTypes.StringType);
    java.util.Set<String> taken = new java.util.HashSet<>(knownIds);
    taken.addAll(rejectedIds);
    List<Row> stripped = new ArrayList<>();
    for (String id : knownIds) {
      String s = id.replaceFirst("^0+(?=\\d)", "");
      if (!s.equals(id) && id.chars().allMatch(Character::isDigit) && taken.add(s)) {
        stripped.add(RowFactory.create(s, "padded", id));
      }
    }
    Dataset<Row> ids =
        DriverRows.of(
                spark,
                knownIds.stream().map(i -> RowFactory.create(i, "ok", null)).toList(),
                idSchema)
            .unionByName(
                spark.createDataFrame(
                    rejectedIds.stream()
                        .distinct()
                        .filter(i -> !knownIds.contains(i))
                        .map(i -> RowFactory.create(i, "rejected", null))
                        .toList(),
                    idSchema))
            .unionByName(DriverRows.of(spark, stripped, idSchema));
    return rows.join(broadcast(ids), rows.col(DISTRICT_ID).equalTo(ids.col("known_id")), "left")
        .drop("known_id");
  }

  /** Whether a row of {@link #withState} has a known key. */
  static Column known() {
    return col(STATE).isNotNull().and(col(STATE).equalTo("ok"));
  }

  /** The rejects of the cells of {@link #withState} whose key is unknown. */
  static Dataset<Row> unknownRejects(Dataset<Row> unknownCells, String unit, String layer) {
    Column unknown =
        concat(lit(unit + " '"), col(DISTRICT_ID), lit("' does not exist in " + layer));
    return asReject(
        unknownCells,
        when(col(STATE).equalTo("rejected"), lit(unit + "_geometry_rejected"))
            .otherwise(lit("unknown_" + unit)),
        when(
                col(STATE).equalTo("rejected"),
                concat(
                    lit(unit + " '"),
                    col(DISTRICT_ID),
                    lit("' has no usable geometry (see its geometry reject)")))
            .when(
                col(STATE).equalTo("padded"),
                concat(
                    unknown,
                    lit("; '"),
                    col(PADDED),
                    lit(
                        "' does: the ids look read as numbers, which drops leading zeros (set the"
                            + " table's district_id_width: "),
                    length(col(PADDED)).cast("string"),
                    lit(" to pad them)")))
            .otherwise(unknown));
  }

  /**
   * The check for keys delivered more than once, on cells of known keys.
   *
   * @param cells value and missing cells ({@link Records#CELL_SCHEMA})
   */
  static Result repeats(Dataset<Row> cells, String unit) {
    // counts and extremes of the keys delivered more than once, by one aggregation: nearly every
    // key is single, so the repeated ones are few and join back cheaply (no sort of every cell)
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
        cells.join(
            repeated,
            cells
                .col(DISTRICT_ID)
                .equalTo(repeated.col("r_district"))
                .and(cells.col(YEAR).equalTo(repeated.col("r_year")))
                .and(cells.col("variable").equalTo(repeated.col("r_variable"))),
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
        counted.withColumn("k_keep", keep).withColumn("k_same", sameValues).localCheckpoint();
    Dataset<Row> repeats =
        asReject(
            classified.filter(col("k_keep").unary_$bang().and(col("k_same"))),
            lit("duplicate_key"),
            concat(
                lit("repeats line "),
                col("first_line").cast("string"),
                lit(" (same " + unit + ", year and variable)")));
    Dataset<Row> conflicts =
        classified
            .filter(col("k_same").unary_$bang())
            .withColumn(
                "lines",
                array_join(
                    sort_array(
                        collect_list(col("line").cast("string"))
                            .over(Window.partitionBy(DISTRICT_ID, YEAR, "variable"))),
                    ", "));
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
    return new Result(
        asCells(classified.filter(col("k_keep"))), repeats.unionByName(conflictRejects));
  }

  /** The rows' columns of the cell schema, without the checks' own. */
  private static Dataset<Row> asCells(Dataset<Row> rows) {
    return rows.select(
        java.util.Arrays.stream(Records.CELL_SCHEMA.fieldNames())
            .map(org.apache.spark.sql.functions::col)
            .toArray(Column[]::new));
  }

  private static Dataset<Row> asReject(Dataset<Row> rows, Column rule, Column message) {
    return rows.select(
        Records.cell(lit("REJECT"), col("column"), col("variable"), col("value"), rule, message));
  }
}
