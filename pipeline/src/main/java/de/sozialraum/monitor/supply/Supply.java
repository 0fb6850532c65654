package de.sozialraum.monitor.supply;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.ingest.ConfiguredLayers;
import de.sozialraum.monitor.schema.OutputColumn;
import de.sozialraum.monitor.stage.InputException;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The run's supply layer: the offers, the district each lies in, and the supply and gap columns; a
 * run without a supply layer has none of them.
 */
public final class Supply {

  private final Offers offers;
  private final Map<String, String> located;
  private final SupplyColumns columns;

  private Supply(Offers offers, Map<String, String> located, SupplyColumns columns) {
    this.offers = offers;
    this.located = located;
    this.columns = columns;
  }

  /**
   * Reads and locates the offers; checks that every gap rule's need column is a numeric column of
   * {@code table}.
   */
  public static Supply of(
      SparkSession spark,
      MonitorConfig config,
      ConfiguredLayers layers,
      Dataset<Row> districts,
      Dataset<Row> table)
      throws InputException {
    if (config.supply() == null) {
      return new Supply(null, Map.of(), null);
    }
    List<String> problems = problems(config, table.schema());
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    Offers offers = Offers.read(config.supply(), layers);
    return new Supply(
        offers,
        SupplyJoin.locate(spark, offers, districts),
        new SupplyColumns(config.supply(), offers));
  }

  /**
   * Every gap rule's need column must be a numeric column of the table the supply step receives.
   */
  public static List<String> problems(MonitorConfig config, StructType table) {
    List<String> problems = new java.util.ArrayList<>();
    if (config.supply() == null) {
      return problems;
    }
    for (int i = 0; i < config.supply().gaps().size(); i++) {
      String need = config.supply().gaps().get(i).need();
      DataType t =
          java.util.Arrays.asList(table.fieldNames()).contains(need)
              ? table.apply(need).dataType()
              : null;
      if (t == null || !(t.equals(DataTypes.DoubleType) || t.equals(DataTypes.IntegerType))) {
        problems.add(
            "/supply/gaps/"
                + i
                + "/need: '"
                + need
                + "' is not a numeric column of the run (an indicator, a preset headline such as "
                + "mss_status_index, or phase_<phase>_index)");
      }
    }
    return problems;
  }

  public boolean present() {
    return offers != null;
  }

  public Offers offers() {
    return offers;
  }

  /** The district of an offer, or null when it lies outside every district. */
  public String districtOf(String offerId) {
    return located.get(offerId);
  }

  public Dataset<Row> apply(SparkSession spark, Dataset<Row> table) {
    return present() ? columns.apply(spark, table, offers, located) : table;
  }

  /** The columns {@link #apply} adds (none without offers), with what each is derived from. */
  public List<OutputColumn> columns(java.util.Collection<String> indicators) {
    return present() ? columns.columns(indicators) : List.of();
  }
}
