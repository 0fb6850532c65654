package de.sozialraum.monitor.quality;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import de.sozialraum.geodata.model.District;
import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.geodata.model.GeometryIssue;
import de.sozialraum.monitor.ingest.RecordLayout;
import de.sozialraum.monitor.ingest.Records;
import de.sozialraum.monitor.stage.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Step {@code keys}: every record's district must be one whose geometry was accepted, and every key
 * (district, year, variable) must be delivered once ({@link KeyChecks}). The input is the records
 * of the period, keyed by the districts. One aggregation by district and year gathers the values of
 * every table and counts, per variable, the records that deliver it: only the few keys delivered
 * more than once are taken apart into cells and judged one by one.
 */
public final class CheckDistrictKeys implements Stage<Dataset<Row>, CheckDistrictKeys.Result> {

  /**
   * @param values one row per district and year with a slot per variable (checkpointed)
   * @param records the records of known districts the values come from, to name a value's line
   * @param rejects every reject of the checks, in the cell schema
   */
  public record Result(Dataset<Row> values, Dataset<Row> records, Dataset<Row> rejects) {}

  private final SparkSession spark;
  private final DistrictLayer layer;
  private final RecordLayout records;

  public CheckDistrictKeys(SparkSession spark, DistrictLayer layer, RecordLayout records) {
    this.spark = spark;
    this.layer = layer;
    this.records = records;
  }

  @Override
  public Result apply(Dataset<Row> delivered) {
    List<String> knownIds = layer.districts().stream().map(District::id).toList();
    List<String> rejectedIds =
        layer.issues().stream()
            .filter(GeometryIssue::rejected)
            .map(GeometryIssue::featureId)
            .filter(Objects::nonNull)
            .toList();
    Dataset<Row> stated = KeyChecks.withState(spark, delivered, knownIds, rejectedIds);
    Dataset<Row> unknown =
        KeyChecks.unknownRejects(
            Records.cells(
                stated.filter(KeyChecks.known().unary_$bang()),
                records,
                KeyChecks.STATE,
                KeyChecks.PADDED),
            "district",
            "the geometries");
    Dataset<Row> known = stated.filter(KeyChecks.known()).drop(KeyChecks.STATE, KeyChecks.PADDED);
    List<Column> gathered = new ArrayList<>();
    Column repeated = lit(false);
    List<String> variables = records.variables();
    for (int i = 0; i < variables.size(); i++) {
      String v = variables.get(i);
      gathered.add(max(RecordLayout.slot(v)).as(RecordLayout.slot(v)));
      gathered.add(count(when(Records.delivers(v), 1)).as("n_" + i));
      repeated = repeated.or(col("n_" + i).gt(1));
    }
    Dataset<Row> grouped =
        byDistrictYear(known, gathered)
            .withColumn("repeated", repeated)
            .select(slotsAnd(col("repeated")))
            .localCheckpoint();
    Dataset<Row> values = grouped.filter(col("repeated").unary_$bang()).select(slotsAnd());
    if (grouped.filter(col("repeated")).isEmpty()) {
      return new Result(values, known, unknown);
    }
    Dataset<Row> keys =
        grouped
            .filter(col("repeated"))
            .select(col(DISTRICT_ID).as("r_district"), col(YEAR).as("r_year"));
    KeyChecks.Result judged =
        KeyChecks.repeats(
            Records.cells(
                known.join(
                    keys,
                    known
                        .col(DISTRICT_ID)
                        .equalTo(keys.col("r_district"))
                        .and(known.col(YEAR).equalTo(keys.col("r_year"))),
                    "left_semi"),
                records),
            "district");
    List<Column> slots = new ArrayList<>();
    for (String v : variables) {
      slots.add(max(when(col("variable").equalTo(v), col("value"))).as(RecordLayout.slot(v)));
    }
    Dataset<Row> rebuilt = byDistrictYear(judged.cells(), slots);
    return new Result(values.unionByName(rebuilt), known, unknown.unionByName(judged.rejects()));
  }

  /** The aggregates of the rows by district and year. */
  private static Dataset<Row> byDistrictYear(Dataset<Row> rows, List<Column> aggregates) {
    return rows.groupBy(DISTRICT_ID, YEAR)
        .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(new Column[0]));
  }

  /** District, year and every variable's slot, then {@code more}. */
  private Column[] slotsAnd(Column... more) {
    List<Column> c = new ArrayList<>(List.of(col(DISTRICT_ID), col(YEAR)));
    records.variables().forEach(v -> c.add(col(RecordLayout.slot(v))));
    c.addAll(List.of(more));
    return c.toArray(new Column[0]);
  }

  @Override
  public String done(Result r) {
    return "Schlüssel geprüft";
  }
}
