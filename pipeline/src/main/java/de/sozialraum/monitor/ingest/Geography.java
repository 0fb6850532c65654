package de.sozialraum.monitor.ingest;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;

import de.sozialraum.geodata.DistrictLayerLoader;
import de.sozialraum.geodata.crs.CrsException;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.crs.ResolvedCrs;
import de.sozialraum.geodata.io.DistrictList;
import de.sozialraum.geodata.io.GeodataException;
import de.sozialraum.geodata.model.District;
import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.spark.DriverRows;
import de.sozialraum.monitor.stage.InputException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * The districts and every other vector layer of a run, read, reprojected and checked to lie
 * together before Spark starts: a wrong CRS, a working CRS far from the data or a layer 420 km off
 * stops {@code run} and {@code validate} within a second, with nothing computed.
 *
 * <p>A run without geometry has its districts from a plain list ({@code districts}), or, without
 * one, from the ids the tables name: then {@code districts} is null until {@link #ofTables} has
 * seen them.
 */
public record Geography(DistrictLayer districts, ConfiguredLayers layers) {

  public static Geography load(MonitorConfig config) throws InputException {
    if (!config.hasGeometry()) {
      return new Geography(listed(config.districts()), ConfiguredLayers.none());
    }
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

  private static DistrictLayer listed(MonitorConfig.DistrictList list) throws InputException {
    if (list == null) {
      return null;
    }
    try {
      return DistrictList.read(
          list.path(),
          Charset.forName(list.encoding()),
          list.delimiter().charAt(0),
          new DistrictList.Columns(
              list.idColumn(), list.nameColumn(), list.parentIdColumn(), list.parentNameColumn()));
    } catch (GeodataException e) {
      throw new InputException(List.of(e.getMessage()));
    }
  }

  /** Whether the districts are still to be taken from the tables' ids ({@link #ofTables}). */
  public boolean fromTables() {
    return districts == null;
  }

  /**
   * The districts as the tables name them, each named by its id, in id order; this geography
   * unchanged when it has its districts already.
   */
  public Geography ofTables(Tables tables) {
    if (!fromTables()) {
      return this;
    }
    List<District> named =
        tables
            .records()
            .where(col(DISTRICT_ID).isNotNull().and(trim(col(DISTRICT_ID)).notEqual("")))
            .select(trim(col(DISTRICT_ID)))
            .distinct()
            .orderBy(trim(col(DISTRICT_ID)))
            .collectAsList()
            .stream()
            .map(r -> new District(r.getString(0), r.getString(0), null, null, null, "tables"))
            .toList();
    return new Geography(DistrictLayer.listed(Path.of("tables"), named), layers);
  }

  /**
   * The districts with their geometry as WKB in the working CRS and its envelope ({@code
   * g_district}, {@code geometry_wkb}, {@code g_xmin}, {@code g_ymin}, {@code g_xmax}, {@code
   * g_ymax}), for joins in Spark. The WKB is little-endian and 2D, as GeoParquet writers commonly
   * write it, so the layers can carry it as it is.
   */
  public Dataset<Row> geometries(SparkSession spark) {
    WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);
    List<Row> rows =
        districts.districts().stream()
            .filter(d -> d.geometry() != null)
            .map(
                d -> {
                  Envelope e = d.geometry().getEnvelopeInternal();
                  return RowFactory.create(
                      d.id(),
                      wkb.write(d.geometry()),
                      e.getMinX(),
                      e.getMinY(),
                      e.getMaxX(),
                      e.getMaxY());
                })
            .toList();
    return DriverRows.of(spark, rows, GEOMETRIES);
  }

  /** The columns of {@link #geometries}. */
  public static final StructType GEOMETRIES =
      new StructType()
          .add("g_district", DataTypes.StringType, false)
          .add("geometry_wkb", DataTypes.BinaryType, false)
          .add("g_xmin", DataTypes.DoubleType, false)
          .add("g_ymin", DataTypes.DoubleType, false)
          .add("g_xmax", DataTypes.DoubleType, false)
          .add("g_ymax", DataTypes.DoubleType, false);

  /**
   * "63 Sozialräume aus 63 Features (0 verworfen), EPSG:25832 → EPSG:25832", as the run's progress
   * shows it.
   */
  public String summary() {
    if (fromTables()) {
      return "Sozialräume: ohne Geometrie, aus den Kennungen der Tabellen";
    }
    if (!districts.hasGeometry()) {
      return "Sozialräume: "
          + districts.districts().size()
          + " ohne Geometrie, aus "
          + districts.source().getFileName();
    }
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
