package de.sozialraum.monitor.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import de.sozialraum.geodata.model.District;
import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.geodata.model.GeometryIssue;
import de.sozialraum.monitor.config.Layout;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.ingest.IndicatorIngest;
import de.sozialraum.monitor.ingest.RecordLayout;
import de.sozialraum.monitor.spark.LocalSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CheckDistrictKeysTest {

  @RegisterExtension static final LocalSpark SPARK = new LocalSpark("local[2]", 3);

  @TempDir Path dir;

  private MonitorConfig.Table table(
      String id, Path file, Layout layout, Map<String, String> columns, Map<String, String> codes) {
    return table(id, file, layout, columns, codes, null);
  }

  private MonitorConfig.Table table(
      String id,
      Path file,
      Layout layout,
      Map<String, String> columns,
      Map<String, String> codes,
      Integer width) {
    return new MonitorConfig.Table(
        id,
        null,
        file.toString(),
        "csv",
        layout,
        "UTF-8",
        ";",
        ".",
        null,
        List.of(""),
        "Nr",
        width,
        "Jahr",
        null,
        columns,
        layout == Layout.LONG ? "Merkmal" : null,
        layout == Layout.LONG ? "Wert" : null,
        codes,
        List.of(),
        Map.of(),
        null,
        java.util.Set.of(),
        null);
  }

  private CheckDistrictKeys.Result check(String wide, String lng) throws Exception {
    List<MonitorConfig.Table> tables =
        List.of(
            table(
                "w",
                Files.writeString(dir.resolve("w.csv"), wide),
                Layout.WIDE,
                Map.of("a", "A", "b", "B"),
                Map.of()),
            table(
                "l",
                Files.writeString(dir.resolve("l.csv"), lng),
                Layout.LONG,
                Map.of(),
                Map.of("c", "C", "d", "D")));
    return keys(
        tables,
        List.of(district("1"), district("3")),
        List.of(new GeometryIssue("g, feature 2", "2", "invalid geometry", true)));
  }

  /** The step on the tables against the districts (and the geometry issues of 3 features read). */
  private static CheckDistrictKeys.Result keys(
      List<MonitorConfig.Table> tables, List<District> known, List<GeometryIssue> issues)
      throws Exception {
    RecordLayout layout = RecordLayout.of(tables);
    DistrictLayer districts = new DistrictLayer(null, null, null, 3, known, issues);
    return new CheckDistrictKeys(SPARK.session(), districts, layout)
        .apply(IndicatorIngest.read(SPARK.session(), tables, layout));
  }

  /** The wide table's rejects against the municipalities' 11-digit AGS-style ids. */
  private CheckDistrictKeys.Result padded(String wide, Integer width) throws Exception {
    List<MonitorConfig.Table> tables =
        List.of(
            table(
                "w",
                Files.writeString(dir.resolve("w.csv"), wide),
                Layout.WIDE,
                Map.of("a", "A"),
                Map.of(),
                width));
    return keys(tables, List.of(district("05978004001"), district("05978004002")), List.of());
  }

  @Test
  void anIdThatLostItsLeadingZeroIsRejectedWithTheIdItMeantAndPaddedWhenAsked() throws Exception {
    String wide = "Jahr;Nr;A\n2024;5978004001;5\n2024;05978004002;6\n2024;978004003;7\n";
    CheckDistrictKeys.Result r = padded(wide, null);
    assertThat(r.rejects().orderBy("line").collectAsList())
        .extracting(
            j -> j.<Long>getAs("line"), j -> j.getAs("rule"), CheckDistrictKeysTest::message)
        .containsExactly(
            tuple(
                2L,
                "unknown_district",
                "district '5978004001' does not exist in the geometries; '05978004001' does: the"
                    + " ids look read as numbers, which drops leading zeros (set the table's"
                    + " district_id_width: 11 to pad them)"),
            tuple(4L, "unknown_district", "district '978004003' does not exist in the geometries"));
    CheckDistrictKeys.Result fixed = padded(wide, 11);
    assertThat(fixed.values().orderBy("district_id").collectAsList())
        .extracting(v -> v.getAs("district_id"), v -> v.getAs("a_v"))
        .containsExactly(tuple("05978004001", 5.0), tuple("05978004002", 6.0));
    // padded to 11 digits, 978004003 is 00978004003: no district either
    assertThat(fixed.rejects().collectAsList())
        .extracting(CheckDistrictKeysTest::message)
        .containsExactly("district '00978004003' does not exist in the geometries");
  }

  private static District district(String id) {
    return new District(id, id, null, null, null, "g");
  }

  @Test
  void recordsOfOneDistrictAndYearFromWideAndLongTablesGatherIntoOneRowOfValues() throws Exception {
    CheckDistrictKeys.Result r =
        check(
            "Jahr;Nr;A;B\n2024;1;5;6\n2024;3;7;\n",
            "Jahr;Nr;Merkmal;Wert\n2024;1;C;8\n2024;1;D;9\n");
    assertThat(r.values().orderBy("district_id").collectAsList())
        .extracting(
            v -> v.getAs("district_id"),
            v -> v.getAs("a_v"),
            v -> v.getAs("b_v"),
            v -> v.getAs("c_v"),
            v -> v.getAs("d_v"))
        .containsExactly(tuple("1", 5.0, 6.0, 8.0, 9.0), tuple("3", 7.0, null, null, null));
    // the long table's two records deliver different variables: neither repeats the other
    assertThat(r.rejects().count()).isZero();
  }

  @Test
  void aRepeatedRecordKeepsItsEqualCellsOnceAndRejectsEveryConflictingCell() throws Exception {
    CheckDistrictKeys.Result r =
        check("Jahr;Nr;A;B\n2024;1;5;6\n2024;1;5;4\n", "Jahr;Nr;Merkmal;Wert\n2024;1;C;8\n");
    assertThat(
            r.rejects().orderBy("line", "variable").collectAsList().stream()
                .map(j -> j.<Long>getAs("line") + " " + j.getAs("variable") + " " + message(j))
                .toList())
        .containsExactly(
            "2 b conflicting values for district '1', year 2024, variable 'b' on lines 2, 3;"
                + " all are rejected",
            "3 a repeats line 2 (same district, year and variable)",
            "3 b conflicting values for district '1', year 2024, variable 'b' on lines 2, 3;"
                + " all are rejected");
    // a from its first line, b from none, c untouched by the repetition in the other table
    assertThat(r.values().collectAsList())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.<Double>getAs("a_v")).isEqualTo(5.0);
              assertThat(v.<Double>getAs("b_v")).isNull();
              assertThat(v.<Double>getAs("c_v")).isEqualTo(8.0);
            });
  }

  @Test
  void aRecordOfAnUnknownDistrictOrOfARejectedGeometryIsRejectedCellByCell() throws Exception {
    CheckDistrictKeys.Result r =
        check("Jahr;Nr;A;B\n2024;9;5;\n2024;2;1;2\n", "Jahr;Nr;Merkmal;Wert\n2024;9;C;8\n");
    assertThat(r.rejects().orderBy("source", "line", "variable").collectAsList())
        .extracting(
            j -> j.getAs("source"),
            j -> j.getAs("line"),
            j -> j.getAs("variable"),
            j -> j.getAs("rule"))
        .containsExactly(
            tuple("l.csv", 2L, "c", "unknown_district"),
            tuple("w.csv", 2L, "a", "unknown_district"),
            // the missing value of b is a delivered cell too
            tuple("w.csv", 2L, "b", "unknown_district"),
            tuple("w.csv", 3L, "a", "district_geometry_rejected"),
            tuple("w.csv", 3L, "b", "district_geometry_rejected"));
    assertThat(r.values().count()).isZero();
  }

  private static String message(Row r) {
    return r.getAs("message");
  }
}
