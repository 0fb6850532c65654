package de.sozialraum.monitor.quality;

import static de.sozialraum.monitor.schema.Columns.YEAR;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.ingest.Records;
import de.sozialraum.monitor.stage.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Step {@code gate}: every reject counted ({@link QualityCounts}) and the configured gate (config
 * {@code quality}) applied to the counts: too many rejected district geometries, or a table with
 * too large a share of records with rejected cells, stop the run before anything is computed from
 * the data.
 */
public final class QualityGate implements Stage<QualityGate.Input, QualityCounts> {

  /** Every record as read, every reject of the checks before (cell schema), and the period. */
  public record Input(Dataset<Row> records, Dataset<Row> rejects, MonitorConfig.Years period) {}

  private final MonitorConfig.Quality rules;
  private final DistrictLayer layer;

  public QualityGate(MonitorConfig.Quality rules, DistrictLayer layer) {
    this.rules = rules;
    this.layer = layer;
  }

  @Override
  public QualityCounts apply(Input in) {
    Dataset<Row> records = in.records();
    Dataset<Row> rejects = Records.rejects(records).unionByName(in.rejects()).localCheckpoint();
    // a record is one line (CSV) or row (Parquet) of its file
    Dataset<Row> all =
        records
            .filter(col("kind").notEqual("FATAL"))
            .groupBy("table_id", "source")
            .agg(count(lit(1)).as("lines"));
    Dataset<Row> bad =
        rejects
            .filter(col("table_id").isNotNull())
            .groupBy(col("table_id").as("r_table"))
            .agg(countDistinct("source", "line").as("rejected_lines"));
    List<QualityCounts.TableLines> tables = new ArrayList<>();
    for (Row r :
        all.join(bad, all.col("table_id").equalTo(bad.col("r_table")), "left")
            .drop("r_table")
            .na()
            .fill(0, new String[] {"rejected_lines"})
            .orderBy("table_id")
            .collectAsList()) {
      tables.add(
          new QualityCounts.TableLines(
              r.getAs("table_id"),
              r.getAs("source"),
              r.<Long>getAs("lines"),
              r.<Long>getAs("rejected_lines")));
    }
    MonitorConfig.Years p = in.period();
    // the four counts in one pass over the records
    Column keyed = col("kind").equalTo("RECORD");
    Column outside = keyed.and(col(YEAR).between(p.from(), p.to()).unary_$bang());
    Row n =
        records
            .agg(
                sum(when(keyed, col("cells").minus(Records.missingCount())).otherwise(0)),
                sum(when(keyed, Records.missingCount()).otherwise(0)),
                count(when(col("kind").equalTo("UNUSED"), 1)),
                sum(when(outside, col("cells")).otherwise(0)))
            .first();
    QualityCounts.Cells counts =
        new QualityCounts.Cells(total(n, 0), total(n, 1), n.getLong(2), total(n, 3));
    long geometryRejected = layer.rejectedCount();
    return new QualityCounts(
        rejects, geometryRejected, tables, counts, reasons(geometryRejected, tables));
  }

  /** A sum over no records is null, which counts none. */
  private static long total(Row r, int i) {
    return r.isNullAt(i) ? 0 : r.getLong(i);
  }

  @Override
  public String done(QualityCounts q) {
    return q.passes() ? "Qualitätsprüfung bestanden" : "Qualitätsprüfung nicht bestanden";
  }

  private List<String> reasons(long geometryRejected, List<QualityCounts.TableLines> tables) {
    List<String> reasons = new ArrayList<>();
    if (geometryRejected > rules.maxRejectedDistricts()) {
      reasons.add(
          geometryRejected
              + " district geometries were rejected, at most "
              + rules.maxRejectedDistricts()
              + " are allowed");
    }
    for (QualityCounts.TableLines t : tables) {
      double share = t.records() == 0 ? 0 : (double) t.recordsWithRejects() / t.records();
      if (share > rules.maxRejectedShare()) {
        reasons.add(
            String.format(
                Locale.ROOT,
                "%s: %d of %d records (%.1f %%) have rejected cells, at most %.1f %% are allowed",
                t.source(),
                t.recordsWithRejects(),
                t.records(),
                100 * share,
                100 * rules.maxRejectedShare()));
      }
    }
    return reasons;
  }
}
