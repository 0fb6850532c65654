package de.sozialraum.monitor.indicators;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.YEAR;

import de.sozialraum.geodata.model.District;
import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.YearStep;
import de.sozialraum.monitor.ingest.RecordLayout;
import de.sozialraum.monitor.stage.InputException;
import de.sozialraum.monitor.stage.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Step {@code indicators}: the checked values of each district and year made into every indicator
 * ({@link IndicatorTable}, whose rules reject impossible counts), and the years the run publishes:
 * those of the period with accepted data. A setting that names a year without data (the report's
 * year, a preset's reference year) stops the run here, before anything is computed from it.
 */
public final class BuildIndicators implements Stage<BuildIndicators.Input, IndicatorData> {

  /**
   * What passed the key checks (values per district and year, and the records they come from), and
   * the period asked for.
   */
  public record Input(Dataset<Row> values, Dataset<Row> records, MonitorConfig.Years period) {}

  private final MonitorConfig config;
  private final DistrictLayer layer;
  private final RecordLayout records;

  public BuildIndicators(MonitorConfig config, DistrictLayer layer, RecordLayout records) {
    this.config = config;
    this.layer = layer;
    this.records = records;
  }

  @Override
  public IndicatorData apply(Input in) throws InputException {
    MonitorConfig.Years period = in.period();
    YearStep step = config.index().dynamicYears();
    // the previous published year must be known before the changes are joined; k years need no
    // list, and the published years come from the checkpointed table at no extra pass
    IndicatorTable.Result table =
        IndicatorTable.build(
            in.values(),
            in.records(),
            records,
            config,
            new YearPairs(step, step.isPrevious() ? years(in.values(), period) : List.of()));
    Dataset<Row> wide = table.wide().localCheckpoint();
    List<Integer> published = years(wide, period);
    requireYears(published);
    Set<String> withData =
        new HashSet<>(
            in.values().select(DISTRICT_ID).distinct().as(Encoders.STRING()).collectAsList());
    List<String> withoutData =
        layer.districts().stream()
            .map(District::id)
            .filter(id -> !withData.contains(id))
            .sorted()
            .toList();
    return new IndicatorData(
        wide,
        table.rejects().localCheckpoint(),
        period,
        published,
        new YearPairs(step, published),
        notes(config, period, published),
        withoutData);
  }

  /** The years a table of district-years holds, or every year of the period to keep empty ones. */
  private List<Integer> years(Dataset<Row> table, MonitorConfig.Years period) {
    return config.keepEmptyYears()
        ? IntStream.rangeClosed(period.from(), period.to()).boxed().toList()
        : table.select(YEAR).distinct().orderBy(YEAR).as(Encoders.INT()).collectAsList();
  }

  @Override
  public String done(IndicatorData d) {
    return "Indikatorregeln geprüft; Jahre mit Daten: " + d.publishedYears();
  }

  /**
   * Settings that name a year need that year among the published ones: the report's year, a
   * preset's reference year.
   */
  private void requireYears(List<Integer> published) throws InputException {
    List<String> problems = new ArrayList<>();
    Integer reportYear = config.report().year();
    if (config.report().enabled() && reportYear != null && !published.contains(reportYear)) {
      problems.add("/report/year: " + reportYear + " has no data; the run publishes " + published);
    }
    config
        .index()
        .presets()
        .forEach(
            (name, p) -> {
              if (p.referenceYear() != null && !published.contains(p.referenceYear())) {
                problems.add(
                    "/index/presets/"
                        + name
                        + "/reference_year: "
                        + p.referenceYear()
                        + " has no data; the run publishes "
                        + published);
              }
            });
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }

  /**
   * What a planner must know about the period: years without data that are not published, and that
   * no change x(t) − x(t−k) can be computed when no published year has its year k before.
   */
  private static List<String> notes(
      MonitorConfig config, MonitorConfig.Years period, List<Integer> published) {
    List<String> notes =
        yearNotes(period, published, new YearPairs(config.index().dynamicYears(), published));
    List<Integer> unused =
        config.yearLabels().keySet().stream().filter(y -> !published.contains(y)).toList();
    if (!unused.isEmpty()) {
      notes.add(
          "year_labels names "
              + unused
              + ", which the run does not publish (no data); check the labels against the"
              + " tables' years "
              + published);
    }
    if (!config.population().isDelivered()) {
      notes.add(
          "no population in the delivery (population.variable): the minimum-population rule is"
              + " off, and the population and the means weighted by it (municipality and county"
              + " values of IMD and PCA scores) are published empty");
    }
    return notes;
  }

  private static List<String> yearNotes(
      MonitorConfig.Years period, List<Integer> published, YearPairs pairs) {
    List<String> notes = new ArrayList<>();
    List<Integer> empty =
        IntStream.rangeClosed(period.from(), period.to())
            .boxed()
            .filter(y -> !published.contains(y))
            .toList();
    if (!empty.isEmpty() && !published.isEmpty()) {
      notes.add(
          "no data for "
              + empty
              + " within "
              + period.label()
              + ": these years are not published (years.keep_empty: true publishes "
              + "them as empty years)");
    }
    if (pairs.labels().isEmpty()) {
      notes.add(
          "no change can be computed: the data cover "
              + published
              + ", and every change (the indicators' _change columns, an MSS "
              + "dynamic index of computed changes, <class>_previous) compares a year with "
              + (pairs.step().isPrevious()
                  ? "the previous published year"
                  : "the year " + pairs.step().years() + " before")
              + " (index.dynamic_years); they are published empty");
    }
    return notes;
  }
}
