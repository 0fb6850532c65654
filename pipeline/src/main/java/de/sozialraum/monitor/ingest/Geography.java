package de.sozialraum.monitor.ingest;

import de.sozialraum.geodata.DistrictLayerLoader;
import de.sozialraum.geodata.crs.CrsException;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.crs.ResolvedCrs;
import de.sozialraum.geodata.io.GeodataException;
import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.spark.DriverRows;
import de.sozialraum.monitor.stage.InputException;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.locationtech.jts.io.WKBWriter;

/**
 * The districts and every other vector layer of a run, read, reprojected and checked to lie
 * together before Spark starts: a wrong CRS, a working CRS far from the data or a layer 420 km off
 * stops {@code run} and {@code validate} within a second, with nothing computed.
 */
public record Geography(DistrictLayer districts, ConfiguredLayers layers) {

  public static Geography load(MonitorConfig config) throws InputException {
    MonitorConfig.Geometry g = config.geometry();
    DistrictLayer districts;
    try {
      ResolvedCrs working =
          config.autoWorkingCrs() ? null : CrsResolver.decode(config.workingCrs());
      districts =
          new DistrictLayerLoader(working, g.maxRepairAreaChange())
              .load(
                  g.path(),
                  g.format(),
                  ConfiguredLayers.options(g),
                  new DistrictLayerLoader.Fields(
                      g.idField(), g.nameField(), g.parentIdField(), g.parentNameField()));
    } catch (GeodataException | CrsException e) {
      throw new InputException(List.of(e.getMessage()));
    }
    return new Geography(districts, ConfiguredLayers.read(config, districts));
  }

  /**
   * The districts with their geometry as WKB in the working CRS ({@code g_district}, {@code
   * geometry_wkb}), for joins in Spark.
   */
  public Dataset<Row> geometries(SparkSession spark) {
    WKBWriter wkb = new WKBWriter();
    List<Row> rows =
        districts.districts().stream()
            .map(d -> RowFactory.create(d.id(), wkb.write(d.geometry())))
            .toList();
    return DriverRows.of(
        spark,
        rows,
        new StructType()
            .add("g_district", DataTypes.StringType, false)
            .add("geometry_wkb", DataTypes.BinaryType, false));
  }

  /**
   * "63 Sozialräume aus 63 Features (0 verworfen), EPSG:25832 → EPSG:25832", as the run's progress
   * shows it.
   */
  public String summary() {
    return "Geometrien: "
        + districts.districts().size()
        + " Sozialräume aus "
        + districts.featuresRead()
        + " Features ("
        + districts.rejectedCount()
        + " verworfen), "
        + districts.sourceCrs().label()
        + " → "
        + districts.workingCrs().label();
  }
}
