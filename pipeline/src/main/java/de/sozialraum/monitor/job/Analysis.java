package de.sozialraum.monitor.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import de.sozialraum.geodata.model.District;
import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.geodata.model.GeometryIssue;
import de.sozialraum.monitor.ops.FailPoint;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.ingest.IndicatorIngest;
import de.sozialraum.monitor.methods.IndicatorTable;
import de.sozialraum.monitor.methods.Aggregates;
import de.sozialraum.monitor.methods.Disclosure;
import de.sozialraum.monitor.methods.disclosure.SuppressionPlan;
import de.sozialraum.monitor.methods.IndexYearFunction;
import de.sozialraum.monitor.methods.Targets;
import de.sozialraum.monitor.methods.preset.IndexPreset;
import de.sozialraum.monitor.methods.preset.IndexPresets;
import de.sozialraum.monitor.quality.KeyChecks;
import de.sozialraum.monitor.spatial.ConfiguredLayers;
import de.sozialraum.monitor.spatial.CountCrosswalk;
import de.sozialraum.monitor.spatial.DistrictNeighbours;
import de.sozialraum.monitor.spatial.SpatialStatistics;
import de.sozialraum.monitor.spatial.SpatialStatisticsJob;
import de.sozialraum.monitor.spatial.Supply;
import de.sozialraum.monitor.spark.DriverRows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.locationtech.jts.io.WKBWriter;

/**
 * Everything a run computes before it writes: the checked districts, the checked cells, the indicator table and
 * the index results per district and year, plus every reject and warning on the way. Computing it publishes
 * nothing, so {@code validate} and {@code run} share it.
 */
public final class Analysis {

  public final MonitorConfig config;
  public final DistrictLayer layer;
  public final MonitorConfig.Years years;
  /** The years published: those of the period with accepted data (every year of it with {@code years.keep_empty}). */
  public final List<Integer> publishedYears;
  /** Said once per run, in the terminal and the manifest (a period without any change to compute, say). */
  public final List<String> notes;
  /** One row per district and year (districts without data included), with all indicator and index columns. */
  public final Dataset<Row> indices;
  /** Municipality and county rows from summed counts, withheld totals empty and flagged. */
  public final Dataset<Row> aggregates;
  /** Global Moran's I per analysed variable and year. */
  public final Dataset<Row> moran;
  /** The offers and where they lie (empty without a supply layer). */
  public final Supply supply;
  /** One row per Leitbild target and year with value, expected path value and status. */
  public final Dataset<Row> targets;
  /** The cells and totals withheld by the small-number rules. */
  public final SuppressionPlan suppression;
  /** The districts' neighbours, with the islands. */
  public final DistrictNeighbours neighbours;
  /** German descriptions of the computed columns (presets, classes, dynamics), for the data dictionary. */
  public final Map<String, String> descriptions;
  /** Cell rejects (ingest, key checks, indicator rules), in the cell schema. */
  public final Dataset<Row> rejects;
  public final Dataset<Row> jumps;
  /** Cells as read (all kinds), for the per-table counts of the summary. */
  public final Dataset<Row> cells;
  public final List<String> districtsWithoutData;
  /** The conservation report of every table moved from another zoning. */
  public final List<CountCrosswalk.Report> crosswalks;

  private Analysis(MonitorConfig config, DistrictLayer layer, MonitorConfig.Years years, List<Integer> publishedYears, List<String> notes,
      Dataset<Row> indices, Dataset<Row> aggregates,
      Dataset<Row> targets, Dataset<Row> moran, Supply supply, SuppressionPlan suppression, DistrictNeighbours neighbours, Map<String, String> descriptions,
      Dataset<Row> rejects, Dataset<Row> jumps, Dataset<Row> cells, List<String> districtsWithoutData, List<CountCrosswalk.Report> crosswalks) {
    this.config = config;
    this.layer = layer;
    this.years = years;
    this.publishedYears = List.copyOf(publishedYears);
    this.notes = List.copyOf(notes);
    this.indices = indices;
    this.aggregates = aggregates;
    this.targets = targets;
    this.moran = moran;
    this.supply = supply;
    this.suppression = suppression;
    this.neighbours = neighbours;
    this.descriptions = descriptions;
    this.rejects = rejects;
    this.jumps = jumps;
    this.cells = cells;
    this.districtsWithoutData = districtsWithoutData;
    this.crosswalks = List.copyOf(crosswalks);
  }

  /** @param geography the run's layers, loaded and checked before Spark started ({@link Geography#load}) */
  public static Analysis compute(SparkSession spark, MonitorConfig config, Geography geography, Optional<MonitorConfig.Years> yearsOverride,
      Progress progress) throws InputException {
    DistrictLayer layer = geography.districts();
    ConfiguredLayers layers = geography.layers();

    Dataset<Row> cells = IndicatorIngest.read(spark, config).persist();
    List<String> fatal = cells.filter(col("kind").equalTo("FATAL")).select("message").as(Encoders.STRING()).collectAsList();
    if (!fatal.isEmpty()) {
      cells.unpersist();
      throw new InputException(fatal);
    }
    MonitorConfig.Years years = yearsOverride.or(() -> Optional.ofNullable(config.years())).orElseGet(() -> dataYears(cells));
    progress.done(Progress.Step.TABLES, "Tabellen gelesen: " + cells.count() + " Zellen aus " + config.tables().size() + " Tabellen");
    FailPoint.reach("tables");

    Dataset<Row> inPeriod = cells.filter(col("kind").isin("VALUE", "MISSING")
        .and(col("year").between(years.from(), years.to())));
    List<String> known = layer.districts().stream().map(District::id).toList();
    List<String> rejectedIds = layer.issues().stream().filter(GeometryIssue::rejected).map(GeometryIssue::featureId)
        .filter(java.util.Objects::nonNull).toList();
    CountCrosswalk.Result crosswalk = CountCrosswalk.apply(spark, config, layer, layers, inPeriod);
    if (!crosswalk.reports().isEmpty()) {
      progress.done(Progress.Step.CROSSWALK, "Umgeschlüsselt: " + crosswalk.reports().stream().map(r -> r.table() + " (" + r.zones() + " Zonen aus " + r.zoning() + ", "
          + ("area".equals(r.weights()) ? "nach Fläche" : "nach Einwohnern") + ")").collect(java.util.stream.Collectors.joining(", ")));
    }
    KeyChecks.Result keys = KeyChecks.apply(spark, crosswalk.cells(), known, rejectedIds);
    // the key checks materialise once what they keep and reject; the indicator table cuts its own lineage after the pivot
    Dataset<Row> checked = keys.cells();
    IndicatorTable.Result table = IndicatorTable.build(checked, config);
    Dataset<Row> wide = table.wide().localCheckpoint();
    progress.done(Progress.Step.QUALITY, "Schlüssel und Indikatorregeln geprüft");

    List<Integer> published = config.keepEmptyYears() ? java.util.stream.IntStream.rangeClosed(years.from(), years.to()).boxed().toList()
        : wide.select("year").distinct().orderBy("year").as(Encoders.INT()).collectAsList();
    requireYears(config, published);
    List<String> notes = yearNotes(years, published, config.index().dynamicYears());
    Dataset<Row> frame = districtYears(spark, layer, published);
    Dataset<Row> joined = frame.join(wide, frame.col("f_district").equalTo(wide.col("district_id"))
            .and(frame.col("f_year").equalTo(wide.col("year"))), "left")
        .drop("district_id", "year")
        .withColumnRenamed("f_district", "district_id").withColumnRenamed("f_year", "year");
    Dataset<Row> input = joined.select(inputColumns(config).stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
        .localCheckpoint();
    progress.done(Progress.Step.JOIN, "Indikatoren an die Sozialräume und Jahre gebunden");
    Methods methods = Methods.fit(config, input);
    progress.done(Progress.Step.METHODS, "Indexverfahren angepasst: " + String.join(", ", config.index().presets().keySet())
        + (methods.phases().isEmpty() ? "" : "; Teilindizes " + String.join(", ", methods.phases().keySet())));
    FailPoint.reach("methods");
    DistrictNeighbours neighbours = DistrictNeighbours.of(layer, config.spatial());
    progress.done(Progress.Step.NEIGHBOURS, "Nachbarschaften (" + config.spatial().neighbours() + "): " + neighbours.links() / 2 + " Paare, "
        + neighbours.islands().size() + " Inseln");
    IndexYearFunction perYear = new IndexYearFunction(config, methods.presets(), methods.phases(), neighbours, input.schema());
    Dataset<Row> perYearResult = input.groupByKey((MapFunction<Row, Integer>) r -> r.<Integer>getAs("year"), Encoders.INT())
        .flatMapGroups(perYear, Encoders.row(perYear.outputSchema()));
    Dataset<Row> withDynamics = methods.withIndexDynamics(perYearResult, config.index().dynamicYears()).localCheckpoint();
    progress.done(Progress.Step.INDICES, "Indizes je Jahr berechnet");
    List<String> spatialVariables = spatialVariables(config, methods, withDynamics);
    SpatialStatisticsJob spatial = SpatialStatisticsJob.of(spark, withDynamics, spatialVariables, neighbours, config.spatial());
    Dataset<Row> withSpatial = SpatialStatisticsJob.withLocalColumns(withDynamics, spatial.local(), spatialVariables);
    Supply supply = Supply.of(spark, config, layers, geometries(spark, layer), withDynamics);
    Dataset<Row> computed = supply.apply(spark, withSpatial).localCheckpoint();
    Dataset<Row> moranTable = spatial.global();
    progress.done(Progress.Step.SPATIAL, "Räumliche Statistik: " + spatialVariables.size() + " Variablen, " + config.spatial().permutations() + " Permutationen");
    FailPoint.reach("spatial");
    SuppressionPlan plan = Disclosure.plan(computed, config, crosswalk.fromSmallZones());
    Dataset<Row> moran = Disclosure.withholdSpatial(spark, moranTable, plan, config).localCheckpoint();
    Dataset<Row> indices = Disclosure.apply(spark, computed, plan, config, methods.presets().stream().map(IndexPreset::name).toList())
        .localCheckpoint();
    Dataset<Row> aggregates = Aggregates.of(computed, plan, config, methods.presets()).localCheckpoint();
    Dataset<Row> targets;
    try {
      targets = Targets.of(spark, config, indices, aggregates, published);
    } catch (Targets.UnknownUnitException e) {
      throw new InputException(List.of(e.getMessage()));
    }

    Dataset<Row> rejects = cells.filter(col("kind").equalTo("REJECT")).unionByName(crosswalk.rejects()).unionByName(keys.rejects())
        .unionByName(table.rejects())
        .localCheckpoint();
    java.util.Set<String> withData = new java.util.HashSet<>(checked.select("district_id").distinct().as(Encoders.STRING()).collectAsList());
    List<String> withoutData = known.stream().filter(id -> !withData.contains(id)).sorted().toList();
    progress.done(Progress.Step.DISCLOSURE, "Geheimhaltung, Summen und Ziele: " + indices.count() + " Sozialraum-Jahre, " + rejects.count() + " verworfene Zellen");
    Map<String, String> descriptions = new LinkedHashMap<>(perYear.descriptions());
    descriptions.putAll(methods.dynamicsDescriptions(config.index().dynamicYears()));
    config.indicators().stream().filter(MonitorConfig.Indicator::isRatio).forEach(i -> descriptions.put(i.id() + "_flag",
        "suppressed_primary: Zähler von " + i.id() + " zwischen 1 und " + (config.disclosure().minCount() - 1) + "; "
        + (config.disclosure().minDenominator() > 1 ? "suppressed_denominator: Nenner zwischen 1 und " + (config.disclosure().minDenominator() - 1)
            + " (jeder Zähler darüber gäbe Personen preis, auch 0); " : "")
        + (config.tables().stream().anyMatch(t -> t.zoning() != null) ? "suppressed_zone: enthält einen Teil einer Zahl von 1 bis "
            + (config.disclosure().minCount() - 1) + " aus einer anderen Gebietsgliederung (etwa einem Schulbezirk); " : "")
        + "suppressed_secondary: "
        + "zurückgehalten, weil er sonst aus Summen (Gemeinde, Kreis) errechnet werden könnte. Dann sind Zähler, Wert, Klasse, "
        + "z-Werte und Perzentilränge (und die Veränderung) nicht veröffentlicht"));
    spatialVariables.forEach(v -> SpatialStatistics.columns(v).forEach(c -> descriptions.put(c.name(), c.description())));
    descriptions.putAll(supply.descriptions());
    return new Analysis(config, layer, years, published, notes, indices, aggregates, targets, moran, supply, plan, neighbours, descriptions, rejects,
        Disclosure.redactJumps(spark, IndicatorTable.jumps(wide, config), plan), cells, withoutData, crosswalk.reports());
  }

  /** The configured variables of the spatial statistics, or every preset's headline; each must be a numeric column. */
  private static List<String> spatialVariables(MonitorConfig config, Methods methods, Dataset<Row> table) throws InputException {
    List<String> vars = IndexPresets.spatialVariables(config, methods.presets());
    List<String> numeric = java.util.Arrays.stream(table.schema().fields())
        .filter(f -> f.dataType().equals(DataTypes.DoubleType) || f.dataType().equals(DataTypes.IntegerType)).map(f -> f.name()).toList();
    List<String> unknown = vars.stream().filter(v -> !numeric.contains(v)).map(v -> "/spatial/statistics/variables: '" + v
        + "' is not a numeric column of the run (an indicator id, a preset headline such as mss_status_index, or phase_<phase>_index)").toList();
    if (!unknown.isEmpty()) {
      throw new InputException(unknown);
    }
    return vars;
  }

  /** The per-district-year input of the methods: keys, names, population and groups, then per indicator its counts, rate and change. */
  private static List<String> inputColumns(MonitorConfig config) {
    List<String> ordered = new ArrayList<>(List.of("district_id", "district_name", "municipality_id", "municipality_name", "year", "population"));
    config.population().groups().keySet().forEach(g -> ordered.add("pop_" + g));
    for (MonitorConfig.Indicator i : config.indicators()) {
      if (i.isRatio()) {
        ordered.add(i.id() + "_numerator");
        ordered.add(i.id() + "_denominator");
      }
      ordered.add(i.id());
      ordered.add(i.id() + "_change");
    }
    return ordered;
  }

  /** Settings that name a year need that year among the published ones: the report's year, a preset's reference year. */
  private static void requireYears(MonitorConfig config, List<Integer> published) throws InputException {
    List<String> problems = new ArrayList<>();
    Integer reportYear = config.report().year();
    if (config.report().enabled() && reportYear != null && !published.contains(reportYear)) {
      problems.add("/report/year: " + reportYear + " has no data; the run publishes " + published);
    }
    config.index().presets().values().stream().filter(p -> p.referenceYear() != null && !published.contains(p.referenceYear()))
        .forEach(p -> problems.add("/index/presets/" + p.method() + "/reference_year: " + p.referenceYear() + " has no data; the run publishes "
            + published));
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }

  /**
   * What a planner must know about the period: years without data that are not published, and that no change
   * x(t) − x(t−k) can be computed when no published year has its year k before.
   */
  private static List<String> yearNotes(MonitorConfig.Years period, List<Integer> published, int k) {
    List<String> notes = new ArrayList<>();
    List<Integer> empty = java.util.stream.IntStream.rangeClosed(period.from(), period.to()).boxed().filter(y -> !published.contains(y)).toList();
    if (!empty.isEmpty() && !published.isEmpty()) {
      notes.add("no data for " + empty + " within " + period.label() + ": these years are not published (years.keep_empty: true publishes "
          + "them as empty years)");
    }
    if (published.stream().noneMatch(y -> published.contains(y - k))) {
      notes.add("no change can be computed: the data cover " + published + ", and every change (the indicators' _change columns, the MSS "
          + "dynamic index, <class>_previous) compares a year with the year " + k + " before (index.dynamic_years); they are published empty");
    }
    return notes;
  }

  private static MonitorConfig.Years dataYears(Dataset<Row> cells) {
    Row r = cells.filter(col("year").isNotNull()).agg(min("year"), max("year")).first();
    if (r.isNullAt(0)) {
      return new MonitorConfig.Years(0, -1);
    }
    return new MonitorConfig.Years(r.getInt(0), r.getInt(1));
  }

  public static final StructType FRAME_SCHEMA = new StructType()
      .add("f_district", DataTypes.StringType, false).add("district_name", DataTypes.StringType, true)
      .add("municipality_id", DataTypes.StringType, true).add("municipality_name", DataTypes.StringType, true)
      .add("f_year", DataTypes.IntegerType, false);

  /** Every accepted district in every year of the period: districts without data still appear (greyed on maps). */
  private static Dataset<Row> districtYears(SparkSession spark, DistrictLayer layer, List<Integer> years) {
    List<Row> rows = new ArrayList<>();
    for (District d : layer.districts()) {
      for (int y : years) {
        rows.add(RowFactory.create(d.id(), d.name(), d.parentId(), d.parentName(), y));
      }
    }
    return DriverRows.of(spark, rows, FRAME_SCHEMA);
  }

  /** Districts with their geometry as WKB in the working CRS, for joins in Spark. */
  public Dataset<Row> geometries(SparkSession spark) {
    return geometries(spark, layer);
  }

  private static Dataset<Row> geometries(SparkSession spark, DistrictLayer layer) {
    WKBWriter wkb = new WKBWriter();
    List<Row> rows = layer.districts().stream().map(d -> RowFactory.create(d.id(), wkb.write(d.geometry()))).toList();
    return DriverRows.of(spark, rows, new StructType().add("g_district", DataTypes.StringType, false)
        .add("geometry_wkb", DataTypes.BinaryType, false));
  }

  /** Distinct delivered lines (records) per table, and distinct lines with at least one rejected cell. */
  public List<Row> lineCounts() {
    Dataset<Row> all = cells.filter(col("kind").notEqual("FATAL")).groupBy("table_id", "source").agg(countDistinct("line").as("lines"));
    Dataset<Row> bad = rejects.filter(col("table_id").isNotNull()).groupBy(col("table_id").as("r_table"))
        .agg(countDistinct("source", "line").as("rejected_lines"));
    return all.join(bad, all.col("table_id").equalTo(bad.col("r_table")), "left").drop("r_table").na().fill(0, new String[] {"rejected_lines"})
        .orderBy("table_id").collectAsList();
  }

  public long count(String kind) {
    return cells.filter(col("kind").equalTo(lit(kind))).count();
  }
}
