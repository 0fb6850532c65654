package de.sozialraum.monitor.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.sozialraum.monitor.spark.LocalSpark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetPartsTest {

  @RegisterExtension static final LocalSpark SPARK = new LocalSpark("local[2]", 3);

  @TempDir Path dir;

  private static final StructType SCHEMA =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("year", DataTypes.IntegerType)
          .add("wert", DataTypes.DoubleType)
          .add("anzahl", DataTypes.LongType)
          .add("text", DataTypes.StringType);

  private static Dataset<Row> table(List<Row> rows, int partitions) {
    return SPARK
        .session()
        .createDataFrame(
            JavaSparkContext.fromSparkContext(SPARK.session().sparkContext())
                .parallelize(rows, partitions),
            SCHEMA);
  }

  @Test
  void everyTaskWritesItsRowsOfEachKeyAndTheYearJoinedBehindItsHeaderKeepsTheOrder()
      throws Exception {
    // three partitions of two rows: 2020 spans the first two, 2021 the last two
    List<Row> rows =
        List.of(
            RowFactory.create("a", 2020, 1.5, 7L, "x"),
            RowFactory.create("b", 2020, -0.0000125, null, "x\r\ny"),
            RowFactory.create("c", 2020, null, 0L, "=1+1"),
            RowFactory.create("a", 2021, Double.NaN, -3L, null),
            RowFactory.create("b", 2021, 2.0000005, 12L, "a;b"),
            RowFactory.create("c", 2021, -1234.5678904, 1L, ""));
    Map<Integer, Long> written =
        SpreadsheetCsv.writeParts(table(rows, 3), "year", dir.resolve("parts"));
    assertThat(written).containsExactly(Map.entry(2020, 3L), Map.entry(2021, 3L));
    assertThat(Files.list(dir.resolve("parts/2020")).map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrder("part-00000", "part-00001");
    Path csv = dir.resolve("2020.csv");
    try (SpreadsheetCsv out = new SpreadsheetCsv(csv, List.of(SCHEMA.fieldNames()))) {
      out.appendLines(dir.resolve("parts/2020/part-00000"));
      out.appendLines(dir.resolve("parts/2020/part-00001"));
    }
    // decimal comma, six significant digits below 0.001, a quoted line break, a formula defused
    assertThat(Files.readString(csv, StandardCharsets.UTF_8))
        .isEqualTo(
            "\uFEFFid;year;wert;anzahl;text\r\n"
                + "a;2020;1,5;7;x\r\n"
                + "b;2020;-0,0000125;;\"x\r\ny\"\r\n"
                + "c;2020;;0;'=1+1\r\n");
    // the rows formatted where they are equal the rows formatted one by one on the driver
    Path byRow = dir.resolve("2021-by-row.csv");
    try (SpreadsheetCsv out = new SpreadsheetCsv(byRow, List.of(SCHEMA.fieldNames()))) {
      for (Row r : rows.subList(3, 6)) {
        out.row(java.util.Arrays.asList(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)));
      }
    }
    Path parts = dir.resolve("2021.csv");
    try (SpreadsheetCsv out = new SpreadsheetCsv(parts, List.of(SCHEMA.fieldNames()))) {
      for (Path part : SpreadsheetCsv.parts(dir.resolve("parts"), 2021)) {
        out.appendLines(part);
      }
    }
    assertThat(Files.readString(parts, StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(byRow, StandardCharsets.UTF_8))
        .contains("a;2021;;-3;\r\n", "b;2021;2,000001;12;\"a;b\"\r\n", "c;2021;-1234,56789;1;\r\n");
  }

  @Test
  void aKeyWhoseRowsAreNotTogetherInAPartitionIsRefused() {
    Dataset<Row> ds =
        table(
            List.of(
                RowFactory.create("a", 2020, 1.0, 1L, "x"),
                RowFactory.create("b", 2021, 1.0, 1L, "x"),
                RowFactory.create("c", 2020, 1.0, 1L, "x")),
            1);
    assertThatThrownBy(() -> SpreadsheetCsv.writeParts(ds, "year", dir.resolve("parts")))
        .hasStackTraceContaining("the lines of key 2020 are not together in partition 0");
  }
}
