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
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

class SpreadsheetPartsTest {

  @RegisterExtension static final LocalSpark SPARK = new LocalSpark("local[2]", 3);

  @TempDir Path dir;

  private static Dataset<Tuple2<Integer, String>> lines(List<Tuple2<Integer, String>> lines) {
    return SPARK
        .session()
        .createDataset(
            JavaSparkContext.fromSparkContext(SPARK.session().sparkContext())
                .parallelize(lines, 3)
                .rdd(),
            Encoders.tuple(Encoders.INT(), Encoders.STRING()));
  }

  @Test
  void everyTaskWritesItsLinesOfEachKeyAndTheYearJoinedBehindItsHeaderKeepsTheOrder()
      throws Exception {
    // three partitions of two lines: 2020 spans the first two, 2021 the last two
    Dataset<Tuple2<Integer, String>> ds =
        lines(
            List.of(
                new Tuple2<>(2020, "a;1"),
                new Tuple2<>(2020, "b;\"x\r\ny\""),
                new Tuple2<>(2020, "c;3"),
                new Tuple2<>(2021, "a;4"),
                new Tuple2<>(2021, "b;5"),
                new Tuple2<>(2021, "c;6")));
    Map<Integer, Long> rows = SpreadsheetCsv.writeParts(ds, dir.resolve("parts"));
    assertThat(rows).containsExactly(Map.entry(2020, 3L), Map.entry(2021, 3L));
    assertThat(Files.list(dir.resolve("parts/2020")).map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrder("part-00000", "part-00001");
    Path csv = dir.resolve("2020.csv");
    try (SpreadsheetCsv out = new SpreadsheetCsv(csv, List.of("id", "wert"))) {
      out.appendLines(dir.resolve("parts/2020/part-00000"));
      out.appendLines(dir.resolve("parts/2020/part-00001"));
    }
    // the quoted line break inside a field stays inside it
    assertThat(Files.readString(csv, StandardCharsets.UTF_8))
        .isEqualTo("\uFEFFid;wert\r\na;1\r\nb;\"x\r\ny\"\r\nc;3\r\n");
  }

  @Test
  void aKeyWhoseLinesAreNotTogetherInAPartitionIsRefused() {
    Dataset<Tuple2<Integer, String>> ds =
        lines(List.of(new Tuple2<>(2020, "a"), new Tuple2<>(2021, "b"), new Tuple2<>(2020, "c")))
            .coalesce(1);
    assertThatThrownBy(() -> SpreadsheetCsv.writeParts(ds, dir.resolve("parts")))
        .hasStackTraceContaining("the lines of key 2020 are not together in partition 0");
  }
}
