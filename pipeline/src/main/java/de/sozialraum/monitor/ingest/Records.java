package de.sozialraum.monitor.ingest;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import de.sozialraum.monitor.spark.Structs;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Records ({@link RecordLayout}) and the cells they hold. Values travel as records; a record
 * becomes cells only where single cells are judged or reported: the rejects, the cells of a zoned
 * table that are moved to the social spaces, the cells of a key delivered more than once.
 */
public final class Records {

  /**
   * One cell per row: a value, a missing value or a reject, with the table, file, line and column
   * it was read from.
   */
  public static final StructType CELL_SCHEMA =
      new StructType()
          .add("kind", DataTypes.StringType, false)
          .add("table_id", DataTypes.StringType, false)
          .add("source", DataTypes.StringType, false)
          .add("line", DataTypes.LongType, false)
          .add("column", DataTypes.StringType, true)
          .add(DISTRICT_ID, DataTypes.StringType, true)
          .add(YEAR, DataTypes.IntegerType, true)
          .add("variable", DataTypes.StringType, true)
          .add("value", DataTypes.DoubleType, true)
          .add("rule", DataTypes.StringType, true)
          .add("message", DataTypes.StringType, true);

  private Records() {}

  /** No cells, in the cell schema. */
  public static Dataset<Row> noCells(SparkSession spark) {
    return spark.createDataFrame(List.of(), CELL_SCHEMA);
  }

  /** Records with a key and at least one value or missing value. */
  public static Column delivering() {
    return col("kind").equalTo("RECORD").and(col("cells").gt(0));
  }

  /** Whether a record delivers the variable, as a value or as missing. */
  public static Column delivers(String variable) {
    return col(RecordLayout.slot(variable))
        .isNotNull()
        .or(array_contains(col("missing"), variable));
  }

  /** The number of missing values of a record. */
  public static Column missingCount() {
    return when(col("missing").isNull(), 0).otherwise(size(col("missing")));
  }

  /**
   * The values and missing values of the records, one row each in {@link #CELL_SCHEMA}, followed by
   * the records' {@code extra} columns.
   */
  public static Dataset<Row> cells(Dataset<Row> records, RecordLayout layout, String... extra) {
    List<Column> cells = new ArrayList<>();
    for (String v : layout.variables()) {
      Column value = col(RecordLayout.slot(v));
      cells.add(
          when(
              delivers(v),
              struct(
                  when(value.isNotNull(), lit("VALUE")).otherwise(lit("MISSING")).as("kind"),
                  lit(layout.column(v)).as("column"),
                  lit(v).as("variable"),
                  value.as("value"))));
    }
    List<Column> exploded =
        new ArrayList<>(
            List.of(
                col("table_id"),
                col("source"),
                col("line"),
                col(DISTRICT_ID),
                col(YEAR),
                Structs.eachNonNull(cells).as("c")));
    List<Column> out =
        new ArrayList<>(
            List.of(
                cell(
                    col("c.kind"),
                    col("c.column"),
                    col("c.variable"),
                    col("c.value"),
                    lit(null).cast("string"),
                    lit(null).cast("string"))));
    for (String e : extra) {
      exploded.add(col(e));
      out.add(col(e));
    }
    return records.select(exploded.toArray(new Column[0])).select(out.toArray(new Column[0]));
  }

  /** The rejects the records carry, one row each in {@link #CELL_SCHEMA}. */
  public static Dataset<Row> rejects(Dataset<Row> records) {
    return records
        .filter(col("rejects").isNotNull().and(col("kind").notEqual("FATAL")))
        .select(
            col("table_id"),
            col("source"),
            col("line"),
            col(DISTRICT_ID),
            col(YEAR),
            explode(col("rejects")).as("r"))
        .select(
            cell(
                lit("REJECT"),
                col("r.column"),
                col("r.variable"),
                lit(null).cast("double"),
                col("r.rule"),
                col("r.message")));
  }

  /**
   * A row of {@link #CELL_SCHEMA} from these and the row's table, source, line, district and year.
   */
  public static Column[] cell(
      Column kind, Column column, Column variable, Column value, Column rule, Column message) {
    return new Column[] {
      kind.as("kind"),
      col("table_id"),
      col("source"),
      col("line"),
      column.as("column"),
      col(DISTRICT_ID),
      col(YEAR),
      variable.as("variable"),
      value.as("value"),
      rule.as("rule"),
      message.as("message")
    };
  }

  /**
   * One record per value or missing cell ({@link #CELL_SCHEMA}), keyed by its variable: how cells
   * judged one by one return to the records.
   */
  public static Dataset<Row> fromCells(Dataset<Row> cells, RecordLayout layout) {
    List<Column> select =
        new ArrayList<>(
            List.of(
                lit("RECORD").as("kind"),
                col("table_id"),
                col("source"),
                col("line"),
                col(DISTRICT_ID),
                col(YEAR),
                col("variable"),
                lit(1).as("cells"),
                when(col("kind").equalTo("MISSING"), array(col("variable")))
                    .cast(new ArrayType(DataTypes.StringType, true))
                    .as("missing"),
                lit(null).cast(new ArrayType(RecordLayout.REJECT, true)).as("rejects")));
    for (String v : layout.variables()) {
      select.add(when(col("variable").equalTo(v), col("value")).as(RecordLayout.slot(v)));
    }
    return cells.select(select.toArray(new Column[0]));
  }
}
