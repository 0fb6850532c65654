package de.sozialraum.monitor.indicators;

import static de.sozialraum.monitor.schema.Columns.CHANGE;
import static de.sozialraum.monitor.schema.Columns.DELIVERED_VALIDITY;
import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.POPULATION;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static de.sozialraum.monitor.schema.Columns.denominatorOf;
import static de.sozialraum.monitor.schema.Columns.groupOf;
import static de.sozialraum.monitor.schema.Columns.numeratorOf;
import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.ingest.RecordLayout;
import de.sozialraum.monitor.ingest.Records;
import de.sozialraum.monitor.spark.Structs;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Turns checked values into one row per district and year holding population and every indicator,
 * computed as docs/METHODS.md §1 says: {@code rate = scale · Σnumerator / Σdenominator} from counts
 * (never averaged), or the delivered rate. A numerator larger than its denominator is impossible
 * data: the indicator stays empty and the numerator cell is rejected with the lines of both.
 */
public final class IndicatorTable {

  /** Wide rows and rejects (cell schema). */
  public record Result(Dataset<Row> wide, Dataset<Row> rejects) {}

  private IndicatorTable() {}

  /**
   * @param values one row per district and year with a slot per variable ({@link RecordLayout})
   * @param records the records the values come from, to name the lines of an impossible count
   */
  public static Result build(
      Dataset<Row> values,
      Dataset<Row> records,
      RecordLayout layout,
      MonitorConfig config,
      YearPairs pairs) {
    List<Column> select =
        new ArrayList<>(
            List.of(
                col(DISTRICT_ID),
                col(YEAR),
                (config.population().isDelivered()
                        ? col(RecordLayout.slot(config.population().variable()))
                        : lit(null).cast("double"))
                    .as(POPULATION)));
    config.population().groups().forEach((name, vars) -> select.add(sum(vars).as(groupOf(name))));
    MonitorConfig.ValidityColumn delivered = config.validity().column();
    if (delivered != null) {
      Column code = col(RecordLayout.slot(RecordLayout.DELIVERED_VALIDITY));
      Column text = lit(null).cast("string");
      for (int i = delivered.values().size() - 1; i >= 0; i--) {
        text = when(code.equalTo(i), lit(delivered.value(i))).otherwise(text);
      }
      select.add(text.as(DELIVERED_VALIDITY));
    }
    List<Column> impossibleCells = new ArrayList<>();
    for (MonitorConfig.Indicator ind : config.indicators()) {
      if (!ind.isRatio()) {
        select.add(col(RecordLayout.slot(ind.value())).as(ind.id()));
        continue;
      }
      Column num = sum(ind.numerator());
      Column den = sum(ind.denominator());
      Column impossible = num.gt(den);
      select.add(num.as(numeratorOf(ind.id())));
      select.add(den.as(denominatorOf(ind.id())));
      select.add(
          when(den.gt(0).and(impossible.unary_$bang()), num.multiply(ind.scale()).divide(den))
              .as(ind.id()));
      impossibleCells.add(
          when(
              impossible,
              struct(
                  col(DISTRICT_ID),
                  col(YEAR),
                  lit(ind.numerator().get(0)).as("variable"),
                  lit(ind.denominator().get(0)).as("against"),
                  concat(
                          lit(
                              "indicator '"
                                  + ind.id()
                                  + "': numerator "
                                  + String.join("+", ind.numerator())
                                  + " = "),
                          num.cast("string"),
                          lit(
                              " exceeds denominator "
                                  + String.join("+", ind.denominator())
                                  + " = "),
                          den.cast("string"))
                      .as("finding"))));
    }
    Dataset<Row> wide = withDynamics(values.select(select.toArray(new Column[0])), config, pairs);
    return new Result(
        wide,
        impossibleCells.isEmpty()
            ? Records.noCells(values.sparkSession())
            : numeratorRejects(exploded(values, impossibleCells), records, layout));
  }

  /**
   * The rejects of impossible counts: the numerator's cell (its first variable) rejected, its
   * message naming the denominator's file and line.
   *
   * @param impossible district, year, numerator variable, denominator variable and the finding
   */
  private static Dataset<Row> numeratorRejects(
      Dataset<Row> impossible, Dataset<Row> records, RecordLayout layout) {
    Dataset<Row> keys =
        impossible.select(col(DISTRICT_ID).as("k_district"), col(YEAR).as("k_year")).distinct();
    Dataset<Row> found =
        records.join(
            broadcast(keys),
            col(DISTRICT_ID).equalTo(col("k_district")).and(col(YEAR).equalTo(col("k_year"))),
            "left_semi");
    // an exact repetition delivers a value twice; the key check kept its first line
    Dataset<Row> cells =
        Records.cells(found, layout)
            .filter(col("kind").equalTo("VALUE"))
            .groupBy(DISTRICT_ID, YEAR, "variable")
            .agg(min(struct("line", "table_id", "source", "column", "value")).as("c"))
            .select(
                col("c.table_id").as("table_id"),
                col("c.source").as("source"),
                col("c.line").as("line"),
                col("c.column").as("column"),
                col(DISTRICT_ID),
                col(YEAR),
                col("variable"),
                col("c.value").as("value"));
    Dataset<Row> numerator = cells.alias("n");
    Dataset<Row> denominator = cells.alias("d");
    return impossible
        .alias("i")
        .join(numerator, sameCell("n", "variable"))
        .join(denominator, sameCell("d", "against"))
        .select(
            lit("REJECT").as("kind"),
            col("n.table_id"),
            col("n.source"),
            col("n.line"),
            col("n.column"),
            col("i." + DISTRICT_ID),
            col("i." + YEAR),
            col("i.variable"),
            col("n.value"),
            lit("numerator_exceeds_denominator").as("rule"),
            concat(
                    col("i.finding"),
                    lit(" ("),
                    col("d.source"),
                    lit(" line "),
                    col("d.line").cast("string"),
                    lit(")"))
                .as("message"));
  }

  /** The cell of alias {@code cells} at the impossible count's district and year and variable. */
  private static Column sameCell(String cells, String variable) {
    return col("i." + DISTRICT_ID)
        .equalTo(col(cells + "." + DISTRICT_ID))
        .and(col("i." + YEAR).equalTo(col(cells + "." + YEAR)))
        .and(col("i." + variable).equalTo(col(cells + ".variable")));
  }

  /** The non-null structs of each row, one output row each (one pass for all indicators). */
  private static Dataset<Row> exploded(Dataset<Row> rows, List<Column> structs) {
    return rows.select(Structs.eachNonNull(structs).as("r")).select("r.*");
  }

  /**
   * Σ of the variables; null as soon as one of them is missing (a partial sum would understate the
   * rate).
   */
  private static Column sum(List<String> variables) {
    Column s = col(RecordLayout.slot(variables.get(0)));
    for (int i = 1; i < variables.size(); i++) {
      s = s.plus(col(RecordLayout.slot(variables.get(i))));
    }
    return s;
  }

  /**
   * {@code <indicator>_change}: the value now less the value in the year compared with ({@link
   * YearPairs}), in percentage points, for every indicator (docs/METHODS.md §1).
   */
  private static Dataset<Row> withDynamics(
      Dataset<Row> wide, MonitorConfig config, YearPairs pairs) {
    List<String> ids = config.indicators().stream().map(MonitorConfig.Indicator::id).toList();
    return Dynamics.withEarlier(wide, ids, pairs, (now, before) -> now.minus(before), CHANGE);
  }

  /**
   * Year-on-year changes beyond the indicator's (or the default) threshold: warnings, the values
   * stay in use.
   *
   * @param wide the wide table of {@link #build}, best checkpointed: it is joined with itself
   */
  public static Dataset<Row> jumps(Dataset<Row> wide, MonitorConfig config) {
    List<Column> prevCols =
        new ArrayList<>(List.of(col(DISTRICT_ID).as("p_district"), col(YEAR).plus(1).as("p_year")));
    config.indicators().forEach(i -> prevCols.add(col(i.id()).as("p_" + i.id())));
    Dataset<Row> prev = wide.select(prevCols.toArray(new Column[0]));
    Dataset<Row> joined =
        wide.join(
            prev,
            wide.col(DISTRICT_ID)
                .equalTo(prev.col("p_district"))
                .and(wide.col(YEAR).equalTo(prev.col("p_year"))));
    List<Column> jumps = new ArrayList<>();
    for (MonitorConfig.Indicator i : config.indicators()) {
      double threshold = i.jumpWarning() != null ? i.jumpWarning() : config.quality().jumpWarning();
      Column change = col(i.id()).minus(col("p_" + i.id()));
      jumps.add(
          when(
              abs(change).gt(threshold),
              struct(
                  col(DISTRICT_ID),
                  col(YEAR),
                  lit(i.id()).as("indicator"),
                  col("p_" + i.id()).as("previous"),
                  col(i.id()).as("current"),
                  change.as("change"),
                  concat(
                          lit("implausible jump of "),
                          format_number(change, 1),
                          lit(" percentage points since the previous year (threshold "),
                          lit(threshold),
                          lit(")"))
                      .as("message"))));
    }
    return exploded(joined, jumps);
  }
}
