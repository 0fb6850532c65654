package de.sozialraum.monitor.summary;

import static de.sozialraum.monitor.schema.Columns.MUNICIPALITY_ID;
import static de.sozialraum.monitor.schema.Columns.MUNICIPALITY_NAME;
import static de.sozialraum.monitor.schema.Columns.POPULATION;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static de.sozialraum.monitor.schema.Columns.denominatorOf;
import static de.sozialraum.monitor.schema.Columns.flagOf;
import static de.sozialraum.monitor.schema.Columns.groupOf;
import static de.sozialraum.monitor.schema.Columns.numeratorOf;
import static de.sozialraum.monitor.schema.Columns.weightedMeanOf;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.disclosure.SuppressionPlan;
import de.sozialraum.monitor.index.IndexPreset;
import de.sozialraum.monitor.schema.ColumnText;
import de.sozialraum.monitor.schema.DeclaredColumns;
import de.sozialraum.monitor.schema.OutputColumn;
import de.sozialraum.monitor.spark.ExactSum;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Municipality and county rows (docs/METHODS.md §3, issue "comparison frames"): counts summed over
 * the districts and rates recomputed from the sums, never averaged; population-weighted means of
 * the presets whose method defines its higher levels that way (COI weighted by its target group,
 * IMD's and GISD's population-weighted averages). MSS and SVI define no aggregate of their district
 * values; their higher-level data are the summed-count rates. Totals the {@link SuppressionPlan}
 * withholds are published empty and flagged.
 */
public final class Aggregates {

  public static final String COUNTY_ID = "kreis";

  private Aggregates() {}

  /**
   * Presets whose definition aggregates district values by a weighted mean, with the weight column.
   */
  private static Map<String, String> weightedHeadlines(List<IndexPreset> presets) {
    Map<String, String> out = new LinkedHashMap<>();
    presets.forEach(p -> p.aggregateWeight().ifPresent(w -> out.put(p.headlineColumn(), w)));
    return out;
  }

  /** The columns the aggregates add to the sums of the districts' counts: the weighted means. */
  public static DeclaredColumns columns(List<IndexPreset> presets) {
    return new DeclaredColumns()
        .add(
            weightedHeadlines(presets).keySet().stream()
                .map(
                    h ->
                        OutputColumn.number(weightedMeanOf(h), ColumnText.of("weighted_mean", h))
                            .composite())
                .toList());
  }

  public static Dataset<Row> of(
      Dataset<Row> computed,
      SuppressionPlan plan,
      MonitorConfig config,
      List<IndexPreset> presets) {
    List<Column> aggs =
        new ArrayList<>(
            List.of(count(lit(1)).cast("int").as("districts"), sum(POPULATION).as(POPULATION)));
    config.population().groups().keySet().forEach(g -> aggs.add(sum(groupOf(g)).as(groupOf(g))));
    List<MonitorConfig.Indicator> ratio =
        config.indicators().stream().filter(MonitorConfig.Indicator::isRatio).toList();
    for (MonitorConfig.Indicator i : ratio) {
      Column complete =
          col(numeratorOf(i.id())).isNotNull().and(col(denominatorOf(i.id())).isNotNull());
      // counts moved from another zoning are fractional: summed exactly, so the total does not
      // depend on the order
      boolean whole = !config.estimated(i.numerator()) && !config.estimated(i.denominator());
      aggs.add(
          ExactSum.ofCounts(when(complete, col(numeratorOf(i.id()))), whole)
              .as(numeratorOf(i.id())));
      aggs.add(
          ExactSum.ofCounts(when(complete, col(denominatorOf(i.id()))), whole)
              .as(denominatorOf(i.id())));
    }
    Map<String, String> weighted = weightedHeadlines(presets);
    weighted.forEach(
        (h, w) -> {
          Column present = col(h).isNotNull().and(col(w).isNotNull());
          aggs.add(
              ExactSum.of(when(present, col(h).multiply(col(w))))
                  .divide(ExactSum.of(when(present, col(w))))
                  .as(weightedMeanOf(h)));
        });
    Column[] a = aggs.toArray(new Column[0]);
    Dataset<Row> municipalities =
        computed
            .groupBy(
                col(MUNICIPALITY_ID).as("unit_id"),
                col(MUNICIPALITY_NAME).as("unit_name"),
                col(YEAR))
            .agg(a[0], java.util.Arrays.copyOfRange(a, 1, a.length))
            .withColumn("level", lit("municipality"));
    Dataset<Row> county =
        computed
            .groupBy(col(YEAR))
            .agg(a[0], java.util.Arrays.copyOfRange(a, 1, a.length))
            .withColumn("unit_id", lit(COUNTY_ID))
            .withColumn("unit_name", lit(config.title()))
            .withColumn("level", lit("county"));
    Dataset<Row> all = municipalities.unionByName(county);
    List<Column> select =
        new ArrayList<>(
            List.of(
                col("level"),
                col("unit_id"),
                col("unit_name"),
                col(YEAR),
                col("districts"),
                col(POPULATION)));
    config.population().groups().keySet().forEach(g -> select.add(col(groupOf(g))));
    for (MonitorConfig.Indicator i : ratio) {
      select.add(col(numeratorOf(i.id())));
      select.add(col(denominatorOf(i.id())));
      select.add(
          when(
                  col(denominatorOf(i.id())).gt(0),
                  col(numeratorOf(i.id())).multiply(i.scale()).divide(col(denominatorOf(i.id()))))
              .as(i.id()));
    }
    weighted.keySet().forEach(h -> select.add(col(weightedMeanOf(h))));
    Dataset<Row> rows = all.select(select.toArray(new Column[0]));
    return withheld(rows, plan, ratio);
  }

  /**
   * Withheld totals: numerator and rate empty, flag set; evaluated on the driver, the table is
   * small.
   */
  private static Dataset<Row> withheld(
      Dataset<Row> rows, SuppressionPlan plan, List<MonitorConfig.Indicator> ratio) {
    List<Row> out = new ArrayList<>();
    List<String> cols = List.of(rows.columns());
    org.apache.spark.sql.types.StructType schema = rows.schema();
    for (MonitorConfig.Indicator i : ratio) {
      schema = schema.add(flagOf(i.id()), org.apache.spark.sql.types.DataTypes.StringType, true);
    }
    for (Row r : rows.orderBy("level", "unit_id", YEAR).collectAsList()) {
      Object[] v = new Object[schema.size()];
      for (int c = 0; c < cols.size(); c++) {
        v[c] = r.get(c);
      }
      String level = r.getAs("level");
      String unit = r.getAs("unit_id");
      int year = r.getAs(YEAR);
      int f = cols.size();
      for (MonitorConfig.Indicator i : ratio) {
        String flag =
            "county".equals(level)
                ? plan.countyFlag(year, i.id())
                : plan.totalFlag(unit, year, i.id());
        if (flag != null) {
          v[cols.indexOf(numeratorOf(i.id()))] = null;
          v[cols.indexOf(i.id())] = null;
          v[f] = flag;
        }
        f++;
      }
      out.add(org.apache.spark.sql.RowFactory.create(v));
    }
    return rows.sparkSession().createDataFrame(out, schema);
  }
}
