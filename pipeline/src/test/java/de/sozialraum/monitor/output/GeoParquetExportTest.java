package de.sozialraum.monitor.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.monitor.DuckDb;
import de.sozialraum.monitor.spark.LocalSpark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBWriter;

class GeoParquetExportTest {

  @RegisterExtension static final LocalSpark SPARK = new LocalSpark("local[2]", 3);

  @TempDir Path dir;

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  /** Square {@code i} of a row of unit squares, or a point where {@code point} says so. */
  private static byte[] wkb(int i, boolean point) {
    return new WKBWriter()
        .write(
            point
                ? GEOMETRY.createPoint(new Coordinate(i + 0.5, 0.5))
                : GEOMETRY.createPolygon(
                    new Coordinate[] {
                      new Coordinate(i, 0),
                      new Coordinate(i + 1, 0),
                      new Coordinate(i + 1, 1),
                      new Coordinate(i, 1),
                      new Coordinate(i, 0)
                    }));
  }

  @Test
  void partsEncodedByParallelTasksArePublishedAsOneFileInTheirOrderWithTheirJointExtent()
      throws Exception {
    DuckDb.assumeInstalled();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      rows.add(RowFactory.create(String.format("d%02d", i), wkb(i, i == 29)));
    }
    StructType schema =
        new StructType()
            .add("district_id", DataTypes.StringType)
            .add("geometry_wkb", DataTypes.BinaryType);
    // three partitions of ten rows each, in order: three tasks, three parts
    Dataset<Row> table =
        SPARK
            .session()
            .createDataFrame(
                JavaSparkContext.fromSparkContext(SPARK.session().sparkContext())
                    .parallelize(rows, 3),
                schema);
    assertThat(table.rdd().getNumPartitions()).isEqualTo(3);
    Path file = dir.resolve("t.geoparquet");
    GeoParquetExport.write(table, CrsResolver.decode("EPSG:25832"), file);

    String f = DuckDb.literal(file);
    assertThat(
            DuckDb.query(
                "select count(*) as n from parquet_metadata(" + f + ") group by row_group_id"))
        .hasSize(3);
    JsonNode ids = DuckDb.query("select district_id from read_parquet(" + f + ")");
    List<String> order = new ArrayList<>();
    ids.forEach(r -> order.add(r.get("district_id").asText()));
    assertThat(order).hasSize(30).isSorted();
    JsonNode geo =
        new ObjectMapper()
            .readTree(
                DuckDb.query(
                        "select decode(value) as v from parquet_kv_metadata("
                            + f
                            + ") where decode(key) = 'geo'")
                    .get(0)
                    .get("v")
                    .asText());
    // squares 0 … 28 and the point of square 29: x from 0 to 29.5, y from 0 to 1
    assertThat(geo.at("/columns/geometry/bbox").toString()).isEqualTo("[0.0,0.0,29.5,1.0]");
    assertThat(geo.at("/columns/geometry/geometry_types").toString())
        .isEqualTo("[\"Polygon\",\"Point\"]");
    assertThat(geo.at("/columns/geometry/crs/id/code").asInt()).isEqualTo(25832);
  }
}
