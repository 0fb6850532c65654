package de.sozialraum.monitor.supply;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.OFFERS_TOTAL;
import static de.sozialraum.monitor.schema.Columns.gapOf;
import static de.sozialraum.monitor.schema.Columns.groupOf;
import static de.sozialraum.monitor.schema.Columns.offersOf;
import static de.sozialraum.monitor.schema.Columns.offersPer1000Of;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.index.IndexPresets;
import de.sozialraum.monitor.schema.ColumnText;
import de.sozialraum.monitor.schema.OutputColumn;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Supply and gaps per district and year (docs/METHODS.md §7): offers counted per target life phase
 * and per type, per 1,000 of the phase's target group in that year, and each configured gap rule
 * (need at least a bound and coverage below one) as a yes/no column.
 */
public final class SupplyColumns {

  private final MonitorConfig.Supply supply;
  private final List<String> phases;
  private final Map<String, String> types = new LinkedHashMap<>();
  private final String source;

  public SupplyColumns(MonitorConfig.Supply supply, Offers offers) {
    this.supply = supply;
    this.source = offers.source();
    TreeSet<String> present = new TreeSet<>();
    TreeSet<String> typeNames = new TreeSet<>();
    offers
        .offers()
        .forEach(
            o -> {
              present.add(o.phase());
              typeNames.add(o.type());
            });
    this.phases = IndexPresets.LIFE_PHASES.stream().filter(present::contains).toList();
    typeNames.forEach(t -> types.put(t, "offers_type_" + slug(t)));
  }

  /**
   * Column-safe lower_snake_case: "Frühe Hilfen / Familienbüro" → "fruehe_hilfen_familienbuero".
   */
  static String slug(String s) {
    String t =
        s.toLowerCase(Locale.ROOT)
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("ß", "ss");
    t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return t.replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
  }

  /**
   * The columns {@link #apply} adds, with what each is derived from: counts of offers (not of
   * persons), offers per 1,000 of a published target group, and each gap rule, which follows its
   * need column where that is an indicator: whether a withheld rate lies above the rule's bound
   * would say something about it.
   */
  public List<OutputColumn> columns(java.util.Collection<String> indicators) {
    String offersOnly = "counts offers, not persons";
    List<OutputColumn> c =
        new ArrayList<>(
            List.of(
                OutputColumn.code(OFFERS_TOTAL, ColumnText.of(OFFERS_TOTAL, source))
                    .independent(offersOnly)));
    phases.forEach(
        p ->
            c.add(
                OutputColumn.code(offersOf(p), ColumnText.of("offers_phase", p))
                    .independent(offersOnly)));
    types.forEach(
        (type, column) ->
            c.add(
                OutputColumn.code(column, ColumnText.of("offers_type", type))
                    .independent(offersOnly)));
    phases.stream()
        .filter(p -> supply.targetGroups().get(p) != null)
        .forEach(
            p ->
                c.add(
                    OutputColumn.number(
                            offersPer1000Of(p),
                            ColumnText.of("offers_per_1000", p, supply.targetGroups().get(p)))
                        .independent(offersOnly + ", per 1,000 of a published group")));
    for (MonitorConfig.Gap g : supply.gaps()) {
      OutputColumn gap =
          OutputColumn.flag(
              gapOf(g.id()),
              ColumnText.of(
                  "gap", g.label(), g.need(), g.needAtLeast(), g.phase(), g.per1000Below()));
      c.add(indicators.contains(g.need()) ? gap.ofCell(g.need()) : gap.composite());
    }
    return c;
  }

  /**
   * The table with the supply columns added; {@code located} maps offer ids to districts (null =
   * outside).
   */
  public Dataset<Row> apply(
      SparkSession spark, Dataset<Row> table, Offers offers, Map<String, String> located) {
    StructType schema =
        new StructType()
            .add("s_district", DataTypes.StringType, false)
            .add(OFFERS_TOTAL, DataTypes.IntegerType, false);
    for (String p : phases) {
      schema = schema.add(offersOf(p), DataTypes.IntegerType, false);
    }
    for (Map.Entry<String, String> t : types.entrySet()) {
      schema = schema.add(t.getValue(), DataTypes.IntegerType, false);
    }
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Offers.Offer o : offers.offers()) {
      String d = located.get(o.id());
      if (d == null) {
        continue;
      }
      int[] c = counts.computeIfAbsent(d, x -> new int[1 + phases.size() + types.size()]);
      c[0]++;
      int p = phases.indexOf(o.phase());
      if (p >= 0) {
        c[1 + p]++;
      }
      c[1 + phases.size() + new ArrayList<>(types.keySet()).indexOf(o.type())]++;
    }
    List<Row> rows = new ArrayList<>();
    for (Row r : table.select(DISTRICT_ID).distinct().collectAsList()) {
      int[] c = counts.getOrDefault(r.getString(0), new int[1 + phases.size() + types.size()]);
      Object[] v = new Object[1 + c.length];
      v[0] = r.getString(0);
      for (int i = 0; i < c.length; i++) {
        v[1 + i] = c[i];
      }
      rows.add(RowFactory.create(v));
    }
    Dataset<Row> countTable = spark.createDataFrame(rows, schema);
    Dataset<Row> t =
        table
            .join(countTable, table.col(DISTRICT_ID).equalTo(countTable.col("s_district")), "left")
            .drop("s_district");
    for (String p : phases) {
      String group = supply.targetGroups().get(p);
      if (group != null) {
        Column pop = col(groupOf(group));
        t =
            t.withColumn(
                offersPer1000Of(p), when(pop.gt(0), col(offersOf(p)).multiply(1000.0).divide(pop)));
      }
    }
    for (MonitorConfig.Gap g : supply.gaps()) {
      Column need = col(g.need());
      Column coverage = col(offersPer1000Of(g.phase()));
      t =
          t.withColumn(
              gapOf(g.id()),
              when(need.isNull().or(coverage.isNull()), lit(null).cast("boolean"))
                  .otherwise(need.geq(g.needAtLeast()).and(coverage.lt(g.per1000Below()))));
    }
    return t;
  }

  /** The phases with offers, in chain order. */
  public List<String> phases() {
    return phases;
  }
}
