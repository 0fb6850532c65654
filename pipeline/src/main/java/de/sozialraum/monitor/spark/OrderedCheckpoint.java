package de.sozialraum.monitor.spark;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.functions;

/**
 * A table range-partitioned and sorted by some columns, checkpointed so that Spark still knows its
 * order. A local checkpoint takes its ordering from the top of the physical plan, and under
 * adaptive execution that top reports none: every later reader that needs the order (the
 * partitioned Parquet writer, a per-partition sort before GeoParquet and the year CSVs) then sorts
 * the wide table again, task by task. Planned without adaptive execution, the checkpoint keeps the
 * ordering and Spark drops those sorts; the range shuffle then has the session's shuffle
 * partitions, which the run sets from its input size.
 */
public final class OrderedCheckpoint {

  private static final String ADAPTIVE = "spark.sql.adaptive.enabled";

  private OrderedCheckpoint() {}

  /**
   * @param then applied after the sort and before the checkpoint, so it runs once per row after the
   *     shuffle (not also in the range partitioner's sampling pass); it must pass the sort columns
   *     through as they are (no alias)
   * @throws IllegalStateException when the checkpoint does not know its order
   */
  public static Dataset<Row> of(
      Dataset<Row> table, UnaryOperator<Dataset<Row>> then, String... by) {
    Column[] order = Arrays.stream(by).map(functions::col).toArray(Column[]::new);
    RuntimeConfig conf = table.sparkSession().conf();
    String adaptive = conf.get(ADAPTIVE, "true");
    conf.set(ADAPTIVE, "false");
    Dataset<Row> checkpoint;
    try {
      checkpoint =
          then.apply(table.repartitionByRange(order).sortWithinPartitions(order)).localCheckpoint();
    } finally {
      conf.set(ADAPTIVE, adaptive);
    }
    // the checkpoint's order names the attributes of the plan Spark executed: an alias in `then`
    // (even `col(c).as(c)`) gives the output new ones, and the order then holds for none of them
    LogicalPlan plan = checkpoint.queryExecution().optimizedPlan();
    boolean known =
        plan.outputOrdering().size() == by.length
            && plan.outputOrdering().forall(o -> o.references().subsetOf(plan.outputSet()));
    if (!known) {
      throw new IllegalStateException(
          "the checkpoint lost its order by "
              + String.join(", ", by)
              + ": the operator must pass those columns through as they are, not aliased");
    }
    return checkpoint;
  }
}
