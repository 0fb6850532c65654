package de.sozialraum.monitor.supply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.locationtech.jts.io.WKBWriter;

/**
 * Point-in-polygon of the offers in the districts with Sedona's spatial join ({@code
 * ST_Intersects}, planned as a range join with a spatial index, so it scales to millions of
 * points). A point on a shared boundary belongs to the district with the smallest id, so every
 * offer is counted once.
 */
public final class SupplyJoin {

  private SupplyJoin() {}

  /**
   * @param districts rows (g_district, geometry_wkb) in the working CRS
   * @return offer id → district id, in offer order; offers outside every district map to null
   */
  public static Map<String, String> locate(
      SparkSession spark, Offers offers, Dataset<Row> districts) {
    WKBWriter wkb = new WKBWriter();
    List<Row> rows = new ArrayList<>();
    for (Offers.Offer o : offers.offers()) {
      rows.add(RowFactory.create(o.id(), wkb.write(o.point())));
    }
    spark
        .createDataFrame(
            rows,
            new StructType()
                .add("offer_id", DataTypes.StringType, false)
                .add("wkb", DataTypes.BinaryType, false))
        .selectExpr("offer_id", "ST_GeomFromWKB(wkb) AS geom")
        .createOrReplaceTempView("monitor_offers");
    districts
        .selectExpr("g_district", "ST_GeomFromWKB(geometry_wkb) AS geom")
        .createOrReplaceTempView("monitor_districts");
    Map<String, String> found = new LinkedHashMap<>();
    for (Row r :
        spark
            .sql(
                "SELECT o.offer_id, min(d.g_district) AS district_id FROM monitor_offers o JOIN monitor_districts d "
                    + "ON ST_Intersects(d.geom, o.geom) GROUP BY o.offer_id")
            .collectAsList()) {
      found.put(r.getString(0), r.getString(1));
    }
    Map<String, String> out = new LinkedHashMap<>();
    offers.offers().forEach(o -> out.put(o.id(), found.get(o.id())));
    return out;
  }
}
