package de.sozialraum.monitor.output;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.monitor.ingest.Geography;
import de.sozialraum.monitor.spark.LocalSpark;
import de.sozialraum.monitor.spark.OrderedCheckpoint;
import de.sozialraum.monitor.spark.PlanSorts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class IndexTablesTest {

  @RegisterExtension static final LocalSpark SPARK = new LocalSpark("local[2]", 3);

  @TempDir Path dir;

  /**
   * 15 districts × 4 years in three range partitions, as the run holds its published table: ordered
   * by year and district, the years straddling partitions.
   */
  private static Dataset<Row> indices(SparkSession spark) {
    Dataset<Row> rows =
        spark
            .range(0, 60, 1, 4)
            .select(
                concat(lit("d"), col("id").mod(15).plus(10).cast("string")).as("district_id"),
                col("id").divide(15).cast("int").plus(2020).as("year"),
                col("id").cast("double").divide(7).as("v"),
                concat(lit("k"), col("id").mod(3).cast("string")).as("label"));
    return OrderedCheckpoint.of(rows, d -> d, "year", "district_id");
  }

  /** Every district's geometry: WKB bytes (any bytes serve here) and its envelope. */
  private static Dataset<Row> geometries(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (int i = 10; i < 30; i++) {
      rows.add(RowFactory.create("d" + i, new byte[] {1, (byte) i}, 1.0 * i, 0.0, i + 1.0, 1.0));
    }
    return spark.createDataFrame(rows, Geography.GEOMETRIES);
  }

  @Test
  void theRowsWithTheirGeometryAreWrittenByYearWithoutSortingTheTableAgain() throws Exception {
    SparkSession spark = SPARK.session();
    Dataset<Row> features = IndexTables.features(indices(spark), geometries(spark));
    Path parts = dir.resolve("parts");
    assertThat(
            PlanSorts.writing(
                spark,
                () ->
                    features.write().partitionBy(IndexTables.PART_YEAR).parquet(parts.toString())))
        .isZero();
    SortedMap<Integer, List<Path>> byYear = IndexTables.partsByYear(parts);
    assertThat(byYear).containsOnlyKeys(2020, 2021, 2022, 2023);
    // partitions of rows 0–19, 20–39, 40–59: 2021 and 2022 have a part in two of them
    assertThat(byYear.values().stream().map(List::size).toList()).containsExactly(1, 2, 2, 1);
  }

  @Test
  void yearFoldersCutFromThePartsReadAsTheTableItself() throws Exception {
    SparkSession spark = SPARK.session();
    Dataset<Row> indices = indices(spark);
    Path parts = dir.resolve("parts");
    IndexTables.features(indices, geometries(spark))
        .write()
        .partitionBy(IndexTables.PART_YEAR)
        .parquet(parts.toString());
    Path table = dir.resolve("indices");
    long rows = 0;
    for (Map.Entry<Integer, List<Path>> year : IndexTables.partsByYear(parts).entrySet()) {
      for (Path part : year.getValue()) {
        rows +=
            ParquetConcat.prune(
                part,
                table.resolve("year=" + year.getKey()).resolve(part.getFileName()),
                Set.of("year", GeoParquetExport.GEOMETRY, GeoParquetExport.BBOX));
      }
    }
    assertThat(rows).isEqualTo(60);
    Dataset<Row> read = spark.read().parquet(table.toString());
    // Spark's own partitioned write for comparison: the same columns, the year found in the folder
    Path own = dir.resolve("own");
    indices.write().partitionBy("year").parquet(own.toString());
    Dataset<Row> expected = spark.read().parquet(own.toString());
    assertThat(read.schema()).isEqualTo(expected.schema());
    assertThat(read.orderBy("year", "district_id").collectAsList())
        .isEqualTo(expected.orderBy("year", "district_id").collectAsList());
    // and the geometry file's rows are the table's with geometry and box
    Path geo = dir.resolve("geo.parquet");
    ParquetConcat.write(
        IndexTables.partsByYear(parts).values().stream().flatMap(List::stream).toList(),
        geo,
        Map.of());
    List<Row> g = spark.read().parquet(geo.toString()).collectAsList();
    assertThat(g).hasSize(60);
    // row 21: the 7th district of 2021, whose box is [16, 17] × [0, 1]
    assertThat(g.get(21).<String>getAs("district_id")).isEqualTo("d16");
    assertThat(g.get(21).<Integer>getAs("year")).isEqualTo(2021);
    assertThat(g.get(21).<Row>getAs("bbox").getDouble(2)).isEqualTo(17.0);
  }
}
