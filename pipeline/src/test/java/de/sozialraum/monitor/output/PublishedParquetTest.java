package de.sozialraum.monitor.output;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.monitor.spark.LocalSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class PublishedParquetTest {

  @RegisterExtension static final LocalSpark SPARK = new LocalSpark("local[2]", 2);

  @TempDir Path dir;

  /** 300 rows whose double, integer and text columns each repeat three values. */
  private Dataset<Row> table() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      rows.add(RowFactory.create("d" + i, i % 3 * 0.5, i % 3, "Klasse " + i % 3));
    }
    StructType schema =
        new StructType()
            .add("district_id", DataTypes.StringType)
            .add("rate", DataTypes.DoubleType)
            .add("class", DataTypes.IntegerType)
            .add("class_label", DataTypes.StringType);
    return SPARK.session().createDataFrame(rows, schema).coalesce(1);
  }

  /** The encodings of each column over every row group of the one file Spark wrote. */
  private static Map<String, Set<Encoding>> encodings(Path table) throws IOException {
    Path file;
    try (Stream<Path> files = Files.list(table)) {
      file = files.filter(f -> f.toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
    Map<String, Set<Encoding>> out = new HashMap<>();
    try (ParquetFileReader r =
        ParquetFileReader.open(ParquetConcat.input(file, new Configuration()))) {
      for (BlockMetaData block : r.getFooter().getBlocks()) {
        for (ColumnChunkMetaData c : block.getColumns()) {
          out.computeIfAbsent(c.getPath().toDotString(), k -> new HashSet<>())
              .addAll(c.getEncodings());
        }
      }
    }
    return out;
  }

  private static boolean dictionary(Set<Encoding> e) {
    return e.contains(Encoding.PLAIN_DICTIONARY) || e.contains(Encoding.RLE_DICTIONARY);
  }

  @Test
  void doubleColumnsAreWrittenPlainWhileCodesAndTextsKeepTheirDictionary() throws IOException {
    Path plain = dir.resolve("published");
    Path spark = dir.resolve("spark-default");
    PublishedParquet.writer(table()).parquet(plain.toString());
    table().write().parquet(spark.toString());

    Map<String, Set<Encoding>> published = encodings(plain);
    // the same three values would have a dictionary by Spark's default: the option is what differs
    assertThat(dictionary(encodings(spark).get("rate"))).isTrue();
    assertThat(dictionary(published.get("rate"))).isFalse();
    assertThat(published.get("rate")).contains(Encoding.PLAIN);
    assertThat(dictionary(published.get("class"))).isTrue();
    assertThat(dictionary(published.get("class_label"))).isTrue();
    assertThat(
            SPARK.session().read().parquet(plain.toString()).orderBy("district_id").collectAsList())
        .isEqualTo(table().orderBy("district_id").collectAsList());
  }
}
