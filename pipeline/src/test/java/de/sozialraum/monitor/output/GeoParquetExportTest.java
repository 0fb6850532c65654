package de.sozialraum.monitor.output;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.monitor.DuckDb;
import de.sozialraum.monitor.spark.LocalSpark;
import java.nio.file.Files;
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
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

class GeoParquetExportTest {

  @RegisterExtension static final LocalSpark SPARK = new LocalSpark("local[2]", 3);

  @TempDir Path dir;

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  /** Square {@code i} of a row of unit squares, or a point where {@code point} says so. */
  private static Geometry shape(int i, boolean point) {
    return point
        ? GEOMETRY.createPoint(new Coordinate(i + 0.5, 0.5))
        : GEOMETRY.createPolygon(
            new Coordinate[] {
              new Coordinate(i, 0),
              new Coordinate(i + 1, 0),
              new Coordinate(i + 1, 1),
              new Coordinate(i, 1),
              new Coordinate(i, 0)
            });
  }

  @Test
  void partsEncodedByParallelTasksArePublishedAsOneGeoParquetFileInTheirOrderWithTheirExtent()
      throws Exception {
    DuckDb.assumeInstalled();
    List<Row> rows = new ArrayList<>();
    List<Geometry> shapes = new ArrayList<>();
    WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);
    for (int i = 0; i < 30; i++) {
      Geometry g = shape(i, i == 29);
      shapes.add(g);
      Envelope e = g.getEnvelopeInternal();
      rows.add(
          RowFactory.create(
              String.format("d%02d", i),
              wkb.write(g),
              e.getMinX(),
              e.getMinY(),
              e.getMaxX(),
              e.getMaxY()));
    }
    StructType schema =
        new StructType()
            .add("district_id", DataTypes.StringType)
            .add("wkb", DataTypes.BinaryType)
            .add("x0", DataTypes.DoubleType)
            .add("y0", DataTypes.DoubleType)
            .add("x1", DataTypes.DoubleType)
            .add("y1", DataTypes.DoubleType);
    // three partitions of ten rows each, in order: three tasks, three parts
    Dataset<Row> table =
        SPARK
            .session()
            .createDataFrame(
                JavaSparkContext.fromSparkContext(SPARK.session().sparkContext())
                    .parallelize(rows, 3),
                schema)
            .select(
                col("district_id"),
                col("wkb").as(GeoParquetExport.GEOMETRY),
                GeoParquetExport.bbox(col("x0"), col("y0"), col("x1"), col("y1")));
    assertThat(table.rdd().getNumPartitions()).isEqualTo(3);
    table.write().parquet(dir.resolve("parts").toString());
    List<Path> parts;
    try (var files = Files.list(dir.resolve("parts"))) {
      parts = files.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
    }
    assertThat(parts).hasSize(3);
    Path file = dir.resolve("t.parquet");
    assertThat(GeoParquetExport.join(parts, CrsResolver.decode("EPSG:25832"), shapes, file))
        .isEqualTo(30);

    String f = DuckDb.literal(file);
    assertThat(
            DuckDb.query(
                "select count(*) as n from parquet_metadata(" + f + ") group by row_group_id"))
        .hasSize(3);
    // DuckDB reads the column as geometry because of the metadata, and finds the shapes
    JsonNode read =
        DuckDb.query(
            "select district_id, ST_AsText(geometry) as wkt, bbox.xmax as xmax from read_parquet("
                + f
                + ")");
    List<String> order = new ArrayList<>();
    read.forEach(r -> order.add(r.get("district_id").asText()));
    assertThat(order).hasSize(30).isSorted();
    assertThat(read.get(1).get("wkt").asText()).isEqualTo("POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))");
    assertThat(read.get(29).get("wkt").asText()).isEqualTo("POINT (29.5 0.5)");
    assertThat(read.get(29).get("xmax").asDouble()).isEqualTo(29.5);
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
    assertThat(geo.at("/columns/geometry/covering/bbox/ymax").toString())
        .isEqualTo("[\"bbox\",\"ymax\"]");

    // Sedona reads the file as GeoParquet: its geometry column is geometry again
    List<Row> sedona =
        SPARK
            .session()
            .read()
            .format("geoparquet")
            .load(file.toString())
            .selectExpr("district_id", "ST_AsText(geometry)")
            .orderBy("district_id")
            .collectAsList();
    assertThat(sedona).hasSize(30);
    assertThat(sedona.get(29).getString(1)).isEqualTo("POINT (29.5 0.5)");
  }

  @Test
  void aPlaneOfNoKnownCrsIsSaidAsNullNotLeftOut() throws Exception {
    // GeoParquet: a missing crs means longitude and latitude (OGC:CRS84), null means unknown
    JsonNode geo =
        new ObjectMapper()
            .readTree(
                GeoParquetExport.metadata(CrsResolver.decode("planar"), List.of(shape(0, false))));
    assertThat(geo.at("/columns/geometry").has("crs")).isTrue();
    assertThat(geo.at("/columns/geometry/crs").isNull()).isTrue();
  }
}
