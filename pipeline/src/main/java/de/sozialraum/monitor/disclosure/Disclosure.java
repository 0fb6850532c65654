package de.sozialraum.monitor.disclosure;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.MUNICIPALITY_ID;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static de.sozialraum.monitor.schema.Columns.denominatorOf;
import static de.sozialraum.monitor.schema.Columns.flagOf;
import static de.sozialraum.monitor.schema.Columns.numeratorOf;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.crosswalk.CountCrosswalk;
import de.sozialraum.monitor.indicators.YearPairs;
import de.sozialraum.monitor.schema.DeclaredColumns;
import de.sozialraum.monitor.schema.Derivation;
import de.sozialraum.monitor.schema.OutputColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Small-number protection of the published table (docs/METHODS.md §5). A numerator of 1 … k−1
 * persons is withheld (primary), and further numerators wherever the withheld one could be
 * recovered by subtraction from published municipality and county totals ({@link SuppressionPlan},
 * secondary). A withheld numerator takes with it everything that would give it back: the rate, its
 * change (also where the earlier year was withheld), its map class, and the z-values and percentile
 * ranks a preset shows for it. A numerator over a denominator below {@code
 * disclosure.min_denominator} is withheld whatever it is ("0 of 2 examined" tells that both had no
 * finding), and so are totals over a summed denominator that small. Otherwise zero is published (it
 * discloses no person). Denominators are published: they are population figures (residents,
 * children examined), which a withheld numerator over them does not give away. Each withheld cell
 * is flagged in {@code <indicator>_flag}. Indices are computed from the true values before this
 * step, so suppression never changes a result.
 */
public final class Disclosure {

  private Disclosure() {}

  /**
   * The suppression plan of the run, from the true numerators of every district-year. The district
   * ids come to the driver once; then each year's numerators stream in (one long per cell) and that
   * year is planned, so the driver holds one year's counts at a time.
   */
  /**
   * @param fromSmallZones moved counts that hold part of a small count of another zoning: withheld
   *     whatever they are
   */
  public static SuppressionPlan plan(
      Dataset<Row> computed,
      MonitorConfig config,
      java.util.Set<CountCrosswalk.ZonedCell> fromSmallZones) {
    List<String> ratio = ratioIndicators(config);
    List<Column> cols = new ArrayList<>(List.of(col(DISTRICT_ID)));
    ratio.forEach(
        id -> {
          cols.add(col(numeratorOf(id)));
          cols.add(col(denominatorOf(id)));
        });
    int k = config.disclosure().minCount();
    List<List<String>> numeratorVariables =
        config.indicators().stream()
            .filter(MonitorConfig.Indicator::isRatio)
            .map(MonitorConfig.Indicator::numerator)
            .toList();
    // sorted here, not by Spark: the plan's positions follow Java's string order
    Map<String, String> municipalityOf = new java.util.TreeMap<>();
    computed
        .select(DISTRICT_ID, MUNICIPALITY_ID)
        .distinct()
        .toLocalIterator()
        .forEachRemaining(
            r -> municipalityOf.put(r.getString(0), r.isNullAt(1) ? null : r.getString(1)));
    String[] districts = municipalityOf.keySet().toArray(new String[0]);
    SuppressionPlan plan =
        new SuppressionPlan(
            districts,
            municipalityOf.values().toArray(new String[0]),
            ratio,
            config.disclosure().partitions(),
            k,
            config.disclosure().minDenominator());
    // one ordered pass over all years, each planned as the stream moves on to the next: one query
    // instead of one per year
    List<Column> withYear = new ArrayList<>(List.of(col(YEAR)));
    withYear.addAll(cols);
    java.util.Iterator<Row> rows =
        computed.select(withYear.toArray(new Column[0])).orderBy(YEAR).toLocalIterator();
    YearCells cells = null;
    while (rows.hasNext()) {
      Row r = rows.next();
      int year = r.getInt(0);
      if (cells == null || cells.year != year) {
        if (cells != null) {
          cells.plan(plan, fromSmallZones);
        }
        cells = new YearCells(year, ratio.size(), districts.length);
      }
      int d = plan.position(r.getString(1));
      for (int i = 0; i < ratio.size(); i++) {
        if (!fromSmallZones
            .isEmpty()) { // most runs have no zoned table: no lookup per cell and variable then
          for (String v : numeratorVariables.get(i)) {
            cells.zoned[i][d] |=
                fromSmallZones.contains(new CountCrosswalk.ZonedCell(r.getString(1), year, v));
          }
        }
        int c = 2 + 2 * i;
        if (r.isNullAt(c)) {
          continue;
        }
        long n = Math.round(r.getDouble(c));
        // the sums (and so the attacker's equations) hold the numerators whose denominator is
        // there too
        if (r.isNullAt(c + 1)) {
          cells.loose[i][d] = n > 0 && n < k;
        } else {
          cells.numerators[i][d] = n;
          cells.denominators[i][d] = r.getDouble(c + 1);
        }
      }
    }
    if (cells != null) {
      cells.plan(plan, fromSmallZones);
    }
    return plan;
  }

  /** One year's counts per indicator and district, as the plan takes them. */
  private static final class YearCells {
    final int year;
    final long[][] numerators;
    final double[][] denominators;
    final boolean[][] loose;
    final boolean[][] zoned;

    YearCells(int year, int indicators, int districts) {
      this.year = year;
      numerators = new long[indicators][districts];
      denominators = new double[indicators][districts];
      loose = new boolean[indicators][districts];
      zoned = new boolean[indicators][districts];
      for (int i = 0; i < indicators; i++) {
        java.util.Arrays.fill(numerators[i], -1);
        java.util.Arrays.fill(denominators[i], -1);
      }
    }

    void plan(SuppressionPlan plan, java.util.Set<CountCrosswalk.ZonedCell> fromSmallZones) {
      plan.planYear(year, numerators, denominators, loose, fromSmallZones.isEmpty() ? null : zoned);
    }
  }

  static List<String> ratioIndicators(MonitorConfig config) {
    return config.indicators().stream()
        .filter(MonitorConfig.Indicator::isRatio)
        .map(MonitorConfig.Indicator::id)
        .toList();
  }

  /**
   * The global Moran's I of a count indicator in a year with a withheld cell, published empty: with
   * every other value known, I (and likewise each neighbour's LISA) could be solved for the
   * withheld one.
   */
  public static Dataset<Row> withholdSpatial(
      SparkSession spark, Dataset<Row> moran, SuppressionPlan plan, MonitorConfig config) {
    List<String> ratio = ratioIndicators(config);
    List<Row> out = new ArrayList<>();
    for (Row r : moran.orderBy("variable", YEAR).collectAsList()) {
      String v = r.getAs("variable");
      int y = r.getAs(YEAR);
      int withheld = ratio.contains(v) ? plan.withheld(y, v) : 0;
      if (withheld > 0) {
        Object[] values = new Object[r.size()];
        values[0] = y;
        values[1] = v;
        int permutations = r.fieldIndex("permutations");
        values[permutations] = r.get(permutations);
        values[r.fieldIndex("withheld")] =
            String.format(
                java.util.Locale.ROOT,
                "%d %s von %s in %d gesperrt (Geheimhaltung kleiner Fallzahlen): aus I und"
                    + " den übrigen Werten ließen sie sich errechnen",
                withheld,
                withheld == 1 ? "Wert" : "Werte",
                v,
                y);
        out.add(RowFactory.create(values));
      } else {
        out.add(r);
      }
    }
    return spark.createDataFrame(out, moran.schema());
  }

  /**
   * The implausible-jump warnings without the figures of withheld cells: a warning whose year or
   * previous year is withheld keeps its place but not its values, which would give the count back.
   */
  public static Dataset<Row> redactJumps(
      SparkSession spark, Dataset<Row> jumps, SuppressionPlan plan) {
    List<Row> out = new ArrayList<>();
    for (Row j : jumps.collectAsList()) {
      String d = j.getAs(DISTRICT_ID);
      int y = j.getAs(YEAR);
      String ind = j.getAs("indicator");
      if (plan.flag(d, y, ind) == null && plan.flag(d, y - 1, ind) == null) {
        out.add(j);
      } else {
        out.add(
            RowFactory.create(
                d,
                y,
                ind,
                null,
                null,
                null,
                "implausible jump since the previous year (figures withheld: a count in this or the previous year is suppressed)"));
      }
    }
    return spark.createDataFrame(out, jumps.schema());
  }

  /**
   * @param declared the table's columns with what each is derived from: every column derived from a
   *     count indicator is withheld by its rule where that indicator's cell is withheld
   */
  public static Dataset<Row> apply(
      SparkSession spark,
      Dataset<Row> table,
      SuppressionPlan plan,
      MonitorConfig config,
      YearPairs pairs,
      DeclaredColumns declared) {
    List<String> columns = List.of(table.columns());
    List<String> ratio = ratioIndicators(config);
    // the plan goes to the tasks (one byte per cell), instead of a flag row per district-year built
    // on the driver
    org.apache.spark.broadcast.Broadcast<SuppressionPlan> shared =
        org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext())
            .broadcast(plan);
    // one call per row gives every indicator's flag now and k years earlier, straight from the
    // plan: no call per indicator, and no join of the table with itself for the earlier flags
    int n = ratio.size();
    org.apache.spark.sql.expressions.UserDefinedFunction flags =
        org.apache.spark.sql.functions.udf(
            (org.apache.spark.sql.api.java.UDF2<String, Integer, String[]>)
                (d, y) -> {
                  SuppressionPlan p = shared.value();
                  int position = p.position(d);
                  String[] out = new String[2 * n];
                  Integer earlier = pairs.earlier(y);
                  for (int i = 0; i < n; i++) {
                    out[i] = p.flag(position, y, i);
                    out[n + i] = earlier == null ? null : p.flag(position, earlier, i);
                  }
                  return out;
                },
            DataTypes.createArrayType(DataTypes.StringType));
    Dataset<Row> t = table.withColumn("flags", flags.apply(col(DISTRICT_ID), col(YEAR)));
    for (int i = 0; i < n; i++) {
      t =
          t.withColumn(flagOf(ratio.get(i)), col("flags").getItem(i))
              .withColumn(flagOf(ratio.get(i)) + "_before", col("flags").getItem(n + i));
    }
    Map<String, Column> replaced = new LinkedHashMap<>();
    for (String id : ratio) {
      Column now = col(flagOf(id)).isNotNull();
      Column either = now.or(col(flagOf(id) + "_before").isNotNull());
      List<Integer> hiddenYears = plan.yearsWithWithheld(id);
      Column year = hiddenYears.isEmpty() ? lit(false) : col(YEAR).isin(hiddenYears.toArray());
      for (OutputColumn c : declared.all().values()) {
        Derivation d = c.derivation();
        if (d == null || !id.equals(d.indicator()) || !columns.contains(c.name())) {
          continue;
        }
        Column withheld =
            switch (d.rule()) {
              case CELL -> now;
              case CELL_OR_EARLIER -> either;
              case YEAR -> year;
              case INDEPENDENT -> lit(false);
            };
        replaced.put(
            c.name(),
            when(withheld, d.withheldAs() == null ? lit(null) : lit(d.withheldAs()))
                .otherwise(col(c.name())));
      }
    }
    List<Column> select = new ArrayList<>();
    for (String c : columns) {
      // a column kept is not aliased: the order of the rows (year, district) stays known to Spark
      select.add(replaced.containsKey(c) ? replaced.get(c).as(c) : col(c));
      if (ratio.contains(c)) {
        select.add(col(flagOf(c)));
      }
    }
    return t.select(select.toArray(new Column[0]));
  }
}
