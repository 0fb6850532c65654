package de.sozialraum.monitor.indicators;

import static de.sozialraum.monitor.schema.Columns.DELIVERED_VALIDITY;
import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.DISTRICT_NAME;
import static de.sozialraum.monitor.schema.Columns.MUNICIPALITY_ID;
import static de.sozialraum.monitor.schema.Columns.MUNICIPALITY_NAME;
import static de.sozialraum.monitor.schema.Columns.PERIOD;
import static de.sozialraum.monitor.schema.Columns.POPULATION;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static de.sozialraum.monitor.schema.Columns.changeOf;
import static de.sozialraum.monitor.schema.Columns.denominatorOf;
import static de.sozialraum.monitor.schema.Columns.groupOf;
import static de.sozialraum.monitor.schema.Columns.numeratorOf;

import de.sozialraum.geodata.model.District;
import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.schema.ColumnText;
import de.sozialraum.monitor.schema.Derivation;
import de.sozialraum.monitor.schema.OutputColumn;
import de.sozialraum.monitor.spark.DriverRows;
import de.sozialraum.monitor.spark.Lookup;
import de.sozialraum.monitor.stage.Stage;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Step {@code join}: every accepted district in every published year, with its indicators where it
 * has data, so districts without data still appear (greyed on maps). The columns are the methods'
 * input: keys, names, population and its groups, then per indicator its counts, rate and change.
 */
public final class JoinDistrictYears implements Stage<IndicatorData, Dataset<Row>> {

  private static final StructType FRAME_SCHEMA =
      new StructType()
          .add("f_district", DataTypes.StringType, false)
          .add(DISTRICT_NAME, DataTypes.StringType, true)
          .add(MUNICIPALITY_ID, DataTypes.StringType, true)
          .add(MUNICIPALITY_NAME, DataTypes.StringType, true)
          .add("f_year", DataTypes.IntegerType, false);

  private final SparkSession spark;
  private final MonitorConfig config;
  private final DistrictLayer layer;

  public JoinDistrictYears(SparkSession spark, MonitorConfig config, DistrictLayer layer) {
    this.spark = spark;
    this.config = config;
    this.layer = layer;
  }

  @Override
  public Dataset<Row> apply(IndicatorData data) {
    return plan(data.wide(), data.publishedYears()).localCheckpoint();
  }

  /**
   * The step's columns, without building its rows: what later steps' settings are checked against
   * before the gate.
   */
  public StructType schema(IndicatorData data) {
    return plan(data.wide(), List.of()).schema();
  }

  private Dataset<Row> plan(Dataset<Row> wide, List<Integer> years) {
    List<Row> rows = new ArrayList<>();
    for (District d : layer.districts()) {
      for (int y : years) {
        rows.add(RowFactory.create(d.id(), d.name(), d.parentId(), d.parentName(), y));
      }
    }
    Dataset<Row> frame = DriverRows.of(spark, rows, FRAME_SCHEMA);
    Dataset<Row> joined =
        frame
            .join(
                wide,
                frame
                    .col("f_district")
                    .equalTo(wide.col(DISTRICT_ID))
                    .and(frame.col("f_year").equalTo(wide.col(YEAR))),
                "left")
            .drop(DISTRICT_ID, YEAR)
            .withColumnRenamed("f_district", DISTRICT_ID)
            .withColumnRenamed("f_year", YEAR);
    if (!config.yearLabels().isEmpty()) {
      joined =
          joined.withColumn(PERIOD, Lookup.of(config.yearLabels(), functions.col(YEAR), "string"));
    }
    return joined.select(inputColumns().stream().map(functions::col).toArray(Column[]::new));
  }

  @Override
  public String done(Dataset<Row> input) {
    return "Indikatoren an die Sozialräume und Jahre gebunden";
  }

  private List<String> inputColumns() {
    return columns().stream().map(OutputColumn::name).toList();
  }

  /**
   * The columns of the step, with what each is derived from: keys and names, population and its
   * groups, then per indicator its counts, rate and change.
   */
  public List<OutputColumn> columns() {
    String key = "a key or name of the district, published";
    String residents =
        "a population figure, published (a count of residents or of a target group, never of a finding)";
    List<OutputColumn> c = new ArrayList<>();
    for (String k : List.of(DISTRICT_ID, DISTRICT_NAME, MUNICIPALITY_ID, MUNICIPALITY_NAME)) {
      c.add(OutputColumn.text(k, ColumnText.of(k)).independent(key));
    }
    c.add(OutputColumn.code(YEAR, ColumnText.of(YEAR)).independent(key));
    if (!config.yearLabels().isEmpty()) {
      c.add(OutputColumn.text(PERIOD, ColumnText.of(PERIOD)).independent(key));
    }
    c.add(
        count(
                POPULATION,
                ColumnText.of(POPULATION),
                config.population().isDelivered()
                    ? List.of(config.population().variable())
                    : List.of())
            .independent(residents));
    config
        .population()
        .groups()
        .forEach(
            (g, parts) ->
                c.add(
                    count(
                            groupOf(g),
                            ColumnText.of("population_group", g, String.join(" + ", parts)),
                            parts)
                        .independent(residents)));
    MonitorConfig.ValidityColumn delivered = config.validity().column();
    if (delivered != null) {
      c.add(
          OutputColumn.text(
                  DELIVERED_VALIDITY,
                  ColumnText.of(
                      DELIVERED_VALIDITY,
                      delivered.column(),
                      String.join(", ", delivered.valid()),
                      String.join(", ", delivered.invalid())))
              .independent("the delivery's own verdict on the district, published as delivered"));
    }
    for (MonitorConfig.Indicator i : config.indicators()) {
      if (i.isRatio()) {
        c.add(
            count(
                    numeratorOf(i.id()),
                    ColumnText.of("numerator", i.id(), String.join(" + ", i.numerator())),
                    i.numerator())
                .ofCell(i.id()));
        c.add(
            count(
                    denominatorOf(i.id()),
                    ColumnText.of("denominator", i.id(), String.join(" + ", i.denominator())),
                    i.denominator())
                .independent(residents));
      }
      String how =
          i.isRatio()
              ? ColumnText.of(
                  "indicator.ratio",
                  String.join("+", i.numerator()),
                  String.join("+", i.denominator()))
              : ColumnText.of("indicator.delivered", i.value());
      String phases =
          i.lifePhases().isEmpty()
              ? ""
              : ColumnText.of("indicator.phases", String.join(", ", i.lifePhases()));
      c.add(
          OutputColumn.number(
                  i.id(), ColumnText.of("indicator", i.label(), how, i.direction(), phases))
              .inUnit(i.unit().symbol())
              .ofCell(i.id()));
      c.add(
          OutputColumn.number(
                  changeOf(i.id()), YearPairs.changeText(config.index().dynamicYears(), i.id()))
              .inUnit(i.unit().changeSymbol())
              .derivedFrom(Derivation.cellOrEarlier(i.id())));
    }
    return c;
  }

  /**
   * A sum of count variables: whole, or an estimate (so described) where one of them was moved from
   * another zoning.
   */
  private OutputColumn count(String name, String description, List<String> variables) {
    boolean estimated = config.estimated(variables);
    return OutputColumn.count(
        name, estimated ? description + ColumnText.of("estimate") : description, estimated);
  }
}
