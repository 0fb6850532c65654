package de.sozialraum.monitor.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.Neighbourhood;
import de.sozialraum.monitor.crosswalk.CountCrosswalk;
import de.sozialraum.monitor.crosswalk.MoveZonedCounts;
import de.sozialraum.monitor.disclosure.Withhold;
import de.sozialraum.monitor.index.ComputeIndices;
import de.sozialraum.monitor.index.FitMethods;
import de.sozialraum.monitor.index.Methods;
import de.sozialraum.monitor.indicators.BuildIndicators;
import de.sozialraum.monitor.indicators.IndicatorData;
import de.sozialraum.monitor.indicators.IndicatorTable;
import de.sozialraum.monitor.indicators.JoinDistrictYears;
import de.sozialraum.monitor.ingest.Geography;
import de.sozialraum.monitor.ingest.ReadGeography;
import de.sozialraum.monitor.ingest.ReadTables;
import de.sozialraum.monitor.ingest.Tables;
import de.sozialraum.monitor.neighbours.DistrictNeighbours;
import de.sozialraum.monitor.neighbours.FindNeighbours;
import de.sozialraum.monitor.output.QualityFiles;
import de.sozialraum.monitor.output.QualityReport;
import de.sozialraum.monitor.output.RunTables;
import de.sozialraum.monitor.output.WriteOutputs;
import de.sozialraum.monitor.output.WriteQualityFiles;
import de.sozialraum.monitor.quality.CheckDistrictKeys;
import de.sozialraum.monitor.quality.QualityCounts;
import de.sozialraum.monitor.quality.QualityGate;
import de.sozialraum.monitor.report.AnnualReport;
import de.sozialraum.monitor.report.Atlas;
import de.sozialraum.monitor.report.WriteAtlas;
import de.sozialraum.monitor.report.WriteReport;
import de.sozialraum.monitor.schema.DeclaredColumns;
import de.sozialraum.monitor.spark.SparkTuning;
import de.sozialraum.monitor.spark.SparkWork;
import de.sozialraum.monitor.spark.StartSpark;
import de.sozialraum.monitor.spatial.ComputeSpatialStatistics;
import de.sozialraum.monitor.spatial.SpatialStatistics;
import de.sozialraum.monitor.stage.InputException;
import de.sozialraum.monitor.stage.QualityGateException;
import de.sozialraum.monitor.stage.Stage;
import de.sozialraum.monitor.store.Interruption;
import de.sozialraum.monitor.store.PublishRun;
import de.sozialraum.monitor.store.Publisher;
import de.sozialraum.monitor.store.Retention;
import de.sozialraum.monitor.store.RunId;
import de.sozialraum.monitor.store.RunLock;
import de.sozialraum.monitor.styles.WriteGisPackage;
import de.sozialraum.monitor.styles.WriteStyles;
import de.sozialraum.monitor.summary.Summarise;
import de.sozialraum.monitor.summary.Targets;
import de.sozialraum.monitor.supply.LocateOffers;
import de.sozialraum.monitor.supply.Offers;
import de.sozialraum.monitor.supply.Supply;
import de.sozialraum.monitor.util.FailPoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The run, top to bottom: every {@link Step} in its order, each a {@link Stage} given its settings
 * and the results it needs. {@code run} goes from the geometry to publishing under the output
 * directory's lock, writing into a staging directory that only the last step publishes, so any
 * failure leaves {@code latest} and earlier runs untouched; a run the quality gate stops keeps its
 * quality report under {@code <out>/failed/<run-id>/}. {@code validate} runs the same steps up to
 * the gate and no further.
 */
public final class MonitorRun {

  private final Progress progress;
  private final String master;

  /**
   * @param master the {@code --master} option, or null for embedded local mode
   */
  public MonitorRun(Progress progress, String master) {
    this.progress = progress;
    this.master = master;
  }

  /** What the steps up to the gate found, for {@code validate} to print while Spark still runs. */
  public record Checked(
      Geography geography,
      IndicatorData data,
      QualityCounts counts,
      CountCrosswalk.Result crosswalk) {

    public List<CountCrosswalk.Report> crosswalks() {
      return crosswalk.reports();
    }

    /**
     * What the quality files say of these checks, with what the later steps found where they ran.
     */
    QualityReport report(MonitorConfig config, Optional<QualityReport.Later> later) {
      return new QualityReport(config, geography.districts(), counts, data, crosswalks(), later);
    }
  }

  /** The checked inputs and the quality summary, as {@code validate} reports them. */
  public interface Report {
    void of(Checked checked, ObjectNode summary) throws IOException;
  }

  /**
   * The steps up to the quality gate, the settings of the later steps checked against the columns
   * they will see, and {@code report} told the result; publishes nothing.
   */
  public void validate(MonitorConfig config, Report report) throws InputException, IOException {
    Geography geography = step(Step.GEOMETRY, new ReadGeography(), config);
    SparkSession spark =
        step(Step.SPARK, new StartSpark(master), SparkTuning.forInputs(config.inputs().values()));
    Path scratch = Files.createTempDirectory("monitor-validate");
    try {
      Checked checked = check(spark, config, geography, Optional.empty());
      if (config.spatial().neighbours() == Neighbourhood.FILE) {
        // cheap, and its problems are the input's: a weights file is checked by validate too
        // (not as the run's step, which comes after the gate)
        new FindNeighbours(config.spatial()).apply(checked.geography().districts());
      }
      report.of(checked, QualityFiles.write(checked.report(config, Optional.empty()), scratch));
    } finally {
      spark.stop();
      de.sozialraum.monitor.util.FileTrees.deleteRecursively(scratch);
    }
  }

  /**
   * @param lock the held lock of the output directory: housekeeping and publishing rely on no other
   *     run writing there
   * @param tuning Spark's settings for the size of the inputs
   * @param keepRuns when given, the newest this many runs (and failed runs' quality reports) are
   *     kept after publishing and older ones removed
   */
  public Path run(
      RunLock lock,
      MonitorConfig config,
      SparkTuning tuning,
      Optional<MonitorConfig.Years> asked,
      OptionalInt keepRuns)
      throws IOException, InputException, QualityGateException {
    Path outDir = lock.outDir();
    Retention retention = new Retention(outDir);
    Retention.Removed leftovers = retention.sweepLeftovers();
    if (!leftovers.isEmpty()) {
      System.err.println(
          "removed what an interrupted run left behind: " + String.join(", ", leftovers.paths()));
    }
    Instant started = Instant.now();
    String runId = RunId.of(started, config.sha256());
    Publisher publisher = new Publisher(outDir);
    Interruption.writing(outDir, null);
    // the layers are checked before the staging directory exists: a wrong CRS leaves no trace in
    // the output directory
    Geography geography = step(Step.GEOMETRY, new ReadGeography(), config);
    try {
      Path staging = publisher.staging(runId);
      Interruption.writing(outDir, staging);
      SparkSession spark = step(Step.SPARK, new StartSpark(master), tuning);
      progress.counting(SparkWork.on(spark));
      try {
        return publish(
            spark,
            config,
            geography,
            asked,
            new Staged(outDir, staging, runId, started, publisher, retention, keepRuns));
      } finally {
        spark.stop();
      }
    } finally {
      publisher.discard(runId);
    }
  }

  /** Where and as what the run is written. */
  private record Staged(
      Path outDir,
      Path dir,
      String runId,
      Instant started,
      Publisher publisher,
      Retention retention,
      OptionalInt keepRuns) {}

  private Path publish(
      SparkSession spark,
      MonitorConfig config,
      Geography loaded,
      Optional<MonitorConfig.Years> asked,
      Staged staged)
      throws IOException, InputException, QualityGateException {
    Checked checked = check(spark, config, loaded, asked);
    Geography geography = checked.geography();
    IndicatorData data = checked.data();
    if (!checked.counts().passes()) {
      QualityFiles.write(checked.report(config, Optional.empty()), staged.dir().resolve("quality"));
      Path failed =
          Files.createDirectories(staged.outDir().resolve("failed").resolve(staged.runId()));
      Files.move(staged.dir().resolve("quality"), failed.resolve("quality"));
      throw new QualityGateException(checked.counts().gateReasons(), failed.resolve("quality"));
    }
    data.notes().forEach(n -> System.err.println("warning: " + n));

    JoinDistrictYears join = new JoinDistrictYears(spark, config, geography.districts());
    Dataset<Row> districtYears = step(Step.JOIN, join, data);
    Methods methods = step(Step.METHODS, new FitMethods(config), districtYears);
    DistrictNeighbours neighbours =
        step(Step.NEIGHBOURS, new FindNeighbours(config.spatial()), geography.districts());
    ComputeIndices.Indices indices =
        step(
            Step.INDICES,
            new ComputeIndices(config),
            new ComputeIndices.Input(districtYears, methods, neighbours, data.pairs()));
    ComputeSpatialStatistics.Result spatial =
        step(
            Step.SPATIAL,
            new ComputeSpatialStatistics(spark, config.spatial(), methods.presets(), neighbours),
            indices.table());
    Dataset<Row> geometries = geography.geometries(spark);
    LocateOffers.Result supply =
        step(Step.SUPPLY, new LocateOffers(spark, config, geography, geometries), spatial.table());
    Dataset<Row> computed = supply.table();
    List<String> indicators =
        config.indicators().stream().map(MonitorConfig.Indicator::id).toList();
    DeclaredColumns declared =
        new DeclaredColumns()
            .add(join.columns())
            .add(indices.columns())
            .add(
                spatial.variables().stream()
                    .flatMap(v -> SpatialStatistics.columns(v, indicators).stream())
                    .toList())
            .add(supply.supply().columns(indicators))
            .add(Withhold.flagColumns(config));
    Withhold.Result published =
        step(
            Step.DISCLOSURE,
            new Withhold(spark, config, data.pairs()),
            new Withhold.Input(
                computed,
                spatial.moran(),
                IndicatorTable.jumps(data.wide(), config),
                checked.crosswalk().fromSmallZones(),
                declared));
    Summarise.Result summary =
        step(
            Step.SUMMARY,
            new Summarise(spark, config, methods.presets(), data.publishedYears()),
            new Summarise.Input(computed, published.indices(), published.plan()));

    ObjectNode quality =
        step(
            Step.QUALITY_FILES,
            new WriteQualityFiles(staged.dir().resolve("quality")),
            checked.report(
                config,
                Optional.of(
                    new QualityReport.Later(
                        neighbours,
                        supply.supply(),
                        published.jumps(),
                        published.indices(),
                        published.plan()))));
    RunTables tables =
        new RunTables(
            config,
            geography.districts(),
            declared.published(published.indices()),
            declared.published(summary.aggregates()),
            summary.targets(),
            published.moran(),
            supply.supply(),
            neighbours,
            geometries,
            declared,
            summary.aggregateColumns());
    WriteOutputs.Written written =
        step(
            Step.OUTPUTS,
            new WriteOutputs(
                config, staged.dir(), staged.runId(), staged.started(), asked, data.period()),
            new WriteOutputs.Input(tables, quality));
    written.omitted().forEach(n -> System.err.println("warning: " + n));
    int districts = geography.districts().districts().size();
    WriteStyles.Result styles =
        step(
            Step.STYLES,
            new WriteStyles(
                spark,
                config,
                config.outputs().atlas()
                    && Atlas.omitted(config.hasGeometry(), districts).isEmpty()),
            new WriteStyles.Input(tables, staged.dir()));
    WriteGisPackage.Result gis =
        step(
            Step.GIS,
            new WriteGisPackage(staged.dir(), staged.started()),
            new WriteGisPackage.Input(tables, styles.legends()));
    Optional<AnnualReport.Result> report =
        step(Step.REPORT, new WriteReport(config), styles.staged());
    Optional<Atlas.Result> atlas =
        step(
            Step.ATLAS,
            new WriteAtlas(config),
            new WriteAtlas.Input(styles.staged(), styles.legends(), districts));

    Map<String, Long> derived = new LinkedHashMap<>(styles.files());
    derived.putAll(gis.files());
    List<String> notes = new ArrayList<>(data.notes());
    notes.addAll(written.omitted());
    styles.omitted().ifPresent(n -> System.err.println("warning: " + n));
    styles.omitted().ifPresent(notes::add);
    gis.omitted().ifPresent(n -> System.err.println("warning: " + n));
    gis.omitted().ifPresent(notes::add);
    atlas.ifPresent(
        a -> {
          derived.putAll(a.files());
          a.omitted().ifPresent(n -> System.err.println("warning: " + n));
          a.omitted().ifPresent(notes::add);
        });
    report.ifPresent(
        r -> {
          derived.putAll(r.files());
          r.pdfSkipped().ifPresent(why -> System.err.println("warning: " + why));
          r.pdfSkipped().ifPresent(notes::add);
        });
    return step(
        Step.PUBLISH,
        new PublishRun(
            staged.publisher(),
            staged.retention(),
            staged.runId(),
            staged.dir(),
            staged.keepRuns()),
        new PublishRun.Input(derived, notes));
  }

  /**
   * The steps every command shares: the tables read, moved, checked and counted, the gate decided.
   */
  private Checked check(
      SparkSession spark,
      MonitorConfig config,
      Geography geography,
      Optional<MonitorConfig.Years> asked)
      throws InputException, IOException {
    Tables tables =
        step(Step.TABLES, new ReadTables(spark, config.tables(), config.years()), asked);
    geography = geography.ofTables(tables);
    CountCrosswalk.Result moved =
        step(Step.CROSSWALK, new MoveZonedCounts(spark, config, geography), tables);
    CheckDistrictKeys.Result keys =
        step(
            Step.KEYS,
            new CheckDistrictKeys(spark, geography.districts(), tables.layout()),
            moved.records());
    IndicatorData data =
        step(
            Step.INDICATORS,
            new BuildIndicators(config, geography.districts(), tables.layout()),
            new BuildIndicators.Input(keys.values(), keys.records(), tables.period()));
    laterSettings(spark, config, geography, data);
    QualityCounts counts =
        step(
            Step.GATE,
            new QualityGate(config.quality(), geography.districts()),
            new QualityGate.Input(
                tables.records(),
                moved.rejects().unionByName(keys.rejects()).unionByName(data.rejects()),
                tables.period()));
    return new Checked(geography, data, counts, moved);
  }

  /**
   * The settings of the steps after the gate, checked against the columns those steps will receive,
   * without computing them: so {@code validate}, which stops at the gate, reports every
   * configuration error a run would meet (a spatial variable or a gap rule's need that is no
   * numeric column, a target's unit without a district, an offers layer without its fields).
   */
  private static void laterSettings(
      SparkSession spark, MonitorConfig config, Geography geography, IndicatorData data)
      throws InputException {
    Methods unfitted = Methods.unfitted(config);
    org.apache.spark.sql.types.StructType indices =
        new ComputeIndices(config)
            .plannedSchema(
                spark,
                unfitted,
                new JoinDistrictYears(spark, config, geography.districts()).schema(data));
    List<String> problems = new ArrayList<>();
    try {
      ComputeSpatialStatistics.variables(config.spatial(), unfitted.presets(), indices);
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    problems.addAll(Supply.problems(config, indices));
    problems.addAll(Targets.problems(config, geography.districts()));
    if (config.supply() != null) {
      try {
        Offers.read(config.supply(), geography.layers());
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }

  /**
   * One step: its stage applied, its progress line and time recorded (in the list's order only),
   * its failpoint reached.
   */
  private <I, O> O step(Step step, Stage<I, O> stage, I input) throws InputException, IOException {
    O out = stage.apply(input);
    progress.done(step, stage.done(out));
    FailPoint.reach(step.key());
    return out;
  }
}
