package de.sozialraum.monitor.quality;

import de.sozialraum.geodata.model.District;
import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.geodata.model.GeometryIssue;
import de.sozialraum.monitor.stage.Stage;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Step {@code keys}: every cell's district must be one whose geometry was accepted, and every key
 * must be delivered once ({@link KeyChecks}). The input is the cells of the period, keyed by the
 * districts.
 */
public final class CheckDistrictKeys implements Stage<Dataset<Row>, KeyChecks.Result> {

  private final SparkSession spark;
  private final DistrictLayer layer;

  public CheckDistrictKeys(SparkSession spark, DistrictLayer layer) {
    this.spark = spark;
    this.layer = layer;
  }

  @Override
  public KeyChecks.Result apply(Dataset<Row> cells) {
    List<String> known = layer.districts().stream().map(District::id).toList();
    List<String> rejected =
        layer.issues().stream()
            .filter(GeometryIssue::rejected)
            .map(GeometryIssue::featureId)
            .filter(Objects::nonNull)
            .toList();
    return KeyChecks.apply(spark, cells, known, rejected);
  }

  @Override
  public String done(KeyChecks.Result r) {
    return "Schlüssel geprüft";
  }
}
