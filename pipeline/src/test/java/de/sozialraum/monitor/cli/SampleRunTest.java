package de.sozialraum.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.monitor.DuckDb;
import de.sozialraum.monitor.RepoPaths;
import de.sozialraum.monitor.config.ConfigLoader;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.disclosure.CountSystem;
import de.sozialraum.monitor.disclosure.HierarchyCounts;
import de.sozialraum.monitor.output.PublishedRun;
import de.sozialraum.monitor.spark.SparkSessions;
import de.sozialraum.monitor.spark.SparkTuning;
import de.sozialraum.monitor.store.RunLock;
import de.sozialraum.monitor.styles.Legends;
import de.sozialraum.monitor.util.Digests;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;

/**
 * The README's first command on the bundled sample, checked the way an analyst and a planner would
 * use the run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleRunTest {

  /** 63 social spaces × 9 years (2016–2024) of the generated sample county. */
  private static final int DISTRICT_YEARS = 63 * 9;

  private Path out;
  private Path run;

  /** What the run printed on stdout and stderr. */
  private String printed;

  @AfterAll
  void removeOutputs() throws Exception {
    TestOutput.delete(out);
  }

  @BeforeAll
  void runTheSample() throws Exception {
    out = TestOutput.create();
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(said, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      assertThat(
              MonitorCli.execute(
                  "run",
                  "--config",
                  RepoPaths.of("config/sample.yaml").toString(),
                  "--out",
                  out.toString()))
          .isZero();
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
    printed = said.toString(StandardCharsets.UTF_8);
    run = out.resolve("latest").toRealPath();
  }

  @Test
  void legendsGatheredWhereTheRowsAreEqualThoseOfTheRunReadBackAndRefuseAWrongColour()
      throws Exception {
    MonitorConfig config = ConfigLoader.load(RepoPaths.of("config/sample.yaml"));
    SparkSession spark = SparkSessions.create(null, SparkTuning.withDefaults(3));
    try {
      Map<Integer, Legends> readBack = Legends.byYear(PublishedRun.read(spark, run));
      // three partitions in (year, district) order, as the run holds its published table
      Dataset<Row> indices =
          spark
              .read()
              .parquet(run.resolve("indices").toString())
              .repartitionByRange(3, functions.col("year"), functions.col("district_id"))
              .sortWithinPartitions("year", "district_id");
      Map<Integer, Legends> gathered = Legends.byYear(config, indices);
      assertThat(gathered).hasSize(9).containsOnlyKeys(readBack.keySet());
      gathered.forEach((y, l) -> assertThat(l.all()).as("%d", y).isEqualTo(readBack.get(y).all()));

      Dataset<Row> wrong =
          indices.withColumn(
              "coi_level_colour",
              functions
                  .when(
                      functions
                          .col("district_id")
                          .equalTo("05978004002")
                          .and(functions.col("year").equalTo(2024)),
                      functions.lit("#000000"))
                  .otherwise(functions.col("coi_level_colour")));
      assertThatThrownBy(() -> Legends.byYear(config, wrong))
          .hasMessage(
              "2024, district 05978004002: published coi_level_colour '#000000' differs from the"
                  + " legend's '#bd0026'");
    } finally {
      spark.stop();
    }
  }

  @Test
  void aNormalRunPrintsItsResultAndNothingOfTheLibrariesHousekeeping() {
    // not a terminal: the result line, and the PDF warning where no Chromium is installed
    assertThat(printed.lines().filter(l -> !l.startsWith("warning: report.pdf not printed")))
        .as(printed)
        .singleElement()
        .asString()
        .startsWith("published ")
        .endsWith(run.getFileName().toString());
    assertThat(printed).doesNotContain("WARN").doesNotContain("CodeCache");
    assertThat(out.resolve("logs/monitor.log"))
        .as("the libraries' warnings are kept in the log file")
        .exists();
  }

  @Test
  void publishesEveryOutputOfTheContractAndPointsLatestAtIt() throws Exception {
    assertThat(Files.isSymbolicLink(out.resolve("latest"))).isTrue();
    assertThat(run.getParent()).isEqualTo(out.resolve("runs").toRealPath());
    for (String f :
        List.of(
            "manifest.json",
            "dictionary.json",
            "indices_geo.parquet",
            "quality/rejects.csv",
            "quality/summary.json",
            "quality/warnings.csv",
            "indices/year=2016",
            "indices/year=2024",
            "geojson/indices_2016.geojson",
            "csv/indices_2024.csv",
            "gis/monitoring.gpkg",
            "gis/monitoring.qgs",
            "atlas/index.html")) {
      assertThat(run.resolve(f)).exists();
    }
    assertThat(out.resolve(".staging")).isEmptyDirectory();
  }

  @Test
  void gdalOpensEveryGeoJsonWithoutWarningsInLonLatInsideTheCounty() throws Exception {
    for (int year = 2016; year <= 2024; year++) {
      String info = ogrinfo(run.resolve("geojson/indices_" + year + ".geojson"));
      assertThat(info).contains("Feature Count: 63").contains("ID[\"EPSG\",4326]");
      // Kreis Unna lies between 7.3° and 7.95° E, 51.35° and 51.8° N; GDAL prints the extent in
      // lon/lat order.
      String extent = info.lines().filter(l -> l.startsWith("Extent:")).findFirst().orElseThrow();
      double[] e =
          java.util.regex.Pattern.compile("-?\\d+\\.\\d+")
              .matcher(extent)
              .results()
              .mapToDouble(m -> Double.parseDouble(m.group()))
              .toArray();
      assertThat(e[0]).isBetween(7.3, 7.95);
      assertThat(e[1]).isBetween(51.35, 51.8);
      assertThat(e[2]).isBetween(7.3, 7.95);
      assertThat(e[3]).isBetween(51.35, 51.8);
    }
  }

  @Test
  void geoJsonFollowsRfc7946RingOrderAndPrecision() throws Exception {
    JsonNode fc = new ObjectMapper().readTree(run.resolve("geojson/indices_2024.geojson").toFile());
    assertThat(fc.has("crs")).isFalse();
    for (JsonNode f : fc.get("features")) {
      for (JsonNode polygon : f.at("/geometry/coordinates")) {
        for (int r = 0; r < polygon.size(); r++) {
          Coordinate[] ring = new Coordinate[polygon.get(r).size()];
          for (int i = 0; i < ring.length; i++) {
            JsonNode pos = polygon.get(r).get(i);
            assertThat(pos.get(0).asText().replaceFirst("^[^.]*\\.?", ""))
                .hasSizeLessThanOrEqualTo(7);
            ring[i] = new Coordinate(pos.get(0).asDouble(), pos.get(1).asDouble());
          }
          assertThat(Orientation.isCCW(ring)).as("ring %d of %s", r, f.get("id")).isEqualTo(r == 0);
        }
      }
    }
  }

  @Test
  void geoParquetFooterStatesVersionCrsAndBboxCoveringAndDuckDbReadsAllRows() throws Exception {
    String file = DuckDb.literal(run.resolve("indices_geo.parquet"));
    JsonNode kv =
        DuckDb.query(
            "select decode(value) as v from parquet_kv_metadata("
                + file
                + ") where decode(key) = 'geo'");
    JsonNode meta = new ObjectMapper().readTree(kv.get(0).get("v").asText());
    assertThat(meta.path("version").asText()).isEqualTo("1.1.0");
    assertThat(meta.path("primary_column").asText()).isEqualTo("geometry");
    JsonNode column = meta.at("/columns/geometry");
    assertThat(column.path("encoding").asText()).isEqualTo("WKB");
    assertThat(column.at("/crs/id/authority").asText()).isEqualTo("EPSG");
    assertThat(column.at("/crs/id/code").asInt()).isEqualTo(25832);
    assertThat(column.at("/covering/bbox/xmin").toString()).contains("bbox").contains("xmin");
    JsonNode n =
        DuckDb.query(
            "select count(*)::integer as n, count(distinct district_id)::integer as d from read_parquet("
                + file
                + ")");
    assertThat(n.get(0).get("n").asInt()).isEqualTo(DISTRICT_YEARS);
    assertThat(n.get(0).get("d").asInt()).isEqualTo(63);
  }

  @Test
  void duckDbReadsTheYearPartitionedParquetWithTheSameValuesAsTheGeoJson() throws Exception {
    String glob = DuckDb.literal(run.resolve("indices").resolve("*").resolve("*.parquet"));
    JsonNode years =
        DuckDb.query(
            "select year::integer as year, count(*)::integer as n from read_parquet("
                + glob
                + ", hive_partitioning = true) group by year order by year");
    assertThat(years).hasSize(9);
    for (int i = 0; i < 9; i++) {
      assertThat(years.get(i).get("year").asInt()).isEqualTo(2016 + i);
      assertThat(years.get(i).get("n").asInt()).isEqualTo(63);
    }
    JsonNode rows =
        DuckDb.query(
            "select district_id, mss_status_index, mss_code from read_parquet("
                + glob
                + ", hive_partitioning = true) where year = 2024 order by district_id");
    Map<String, JsonNode> parquet = new HashMap<>();
    rows.forEach(r -> parquet.put(r.get("district_id").asText(), r));
    JsonNode fc = new ObjectMapper().readTree(run.resolve("geojson/indices_2024.geojson").toFile());
    for (JsonNode f : fc.get("features")) {
      JsonNode props = f.get("properties");
      JsonNode r = parquet.get(props.get("district_id").asText());
      assertThat(r).as(props.get("district_id").asText()).isNotNull();
      assertThat(r.get("mss_code").isNull() ? null : r.get("mss_code").asInt())
          .isEqualTo(props.get("mss_code").isNull() ? null : props.get("mss_code").asInt());
      if (!props.get("mss_status_index").isNull()) {
        assertThat(r.get("mss_status_index").asDouble())
            .isEqualTo(props.get("mss_status_index").asDouble());
      }
    }
  }

  @Test
  void everyPresetPublishesColumnsWithThePropertiesItsDefinitionGuarantees() throws Exception {
    String t =
        "read_parquet("
            + DuckDb.literal(run.resolve("indices").resolve("*").resolve("*.parquet"))
            + ", hive_partitioning = true)";
    // GISD-style: per year min–max scaled to exactly 0 … 1; SVI: percentile ranks from 0 to 1 over
    // the valid districts
    for (JsonNode y :
        DuckDb.query(
            "select year::integer as year, min(pca_score) as pmin, max(pca_score) as pmax, min(svi_overall) as smin, "
                + "max(svi_overall) as smax, count(imd_decile)::integer as n, count(*) filter (where imd_decile = 1)::integer as d1 from "
                + t
                + " group by year")) {
      assertThat(y.get("pmin").asDouble()).as("pca min %s", y.get("year")).isEqualTo(0);
      assertThat(y.get("pmax").asDouble()).isEqualTo(1);
      assertThat(y.get("smin").asDouble()).isEqualTo(0);
      assertThat(y.get("smax").asDouble()).isEqualTo(1);
      // decile 1 = ranks r with ceil(r·10/n) = 1, i.e. r ≤ n/10: floor(n/10) districts when there
      // are no ties
      assertThat(y.get("d1").asInt()).isEqualTo(y.get("n").asInt() / 10);
    }
    // COI levels: quintiles of the child-weighted reference-year distribution, so each level holds
    // about a fifth of the
    // children, not of the districts; a level can deviate by at most the largest single district's
    // share
    JsonNode levels =
        DuckDb.query(
            "select coi_level::integer as level, sum(pop_kinder_u15) / (select sum(pop_kinder_u15) from "
                + t
                + " where year = 2020 and coi_level is not null) as share, (select max(pop_kinder_u15) / sum(pop_kinder_u15) from "
                + t
                + " where year = 2020 and coi_level is not null) as largest from "
                + t
                + " where year = 2020 and coi_level is not null group by 1 order by 1");
    assertThat(levels).hasSize(5);
    for (JsonNode l : levels) {
      assertThat(l.get("share").asDouble())
          .as("level %s", l.get("level"))
          .isCloseTo(0.2, org.assertj.core.api.Assertions.within(l.get("largest").asDouble()));
    }
    // MSS: class and code follow the index exactly as docs/METHODS.md §3 codes them
    for (JsonNode r :
        DuckDb.query(
            "select mss_status_index as x, mss_status_class::integer as c, mss_dynamic_class::integer as d, "
                + "mss_code::integer as code from "
                + t
                + " where mss_code is not null")) {
      double x = r.get("x").asDouble();
      assertThat(r.get("c").asInt()).isEqualTo(x < -1 ? 1 : x <= 1 ? 2 : x <= 1.5 ? 3 : 4);
      assertThat(r.get("code").asInt()).isEqualTo(10 * r.get("c").asInt() + r.get("d").asInt());
    }
  }

  @Test
  void noPublishedFormatRevealsACountBelowTheDisclosureThresholdOrWhatDerivesFromIt()
      throws Exception {
    List<String> ratio =
        List.of(
            "kinderarmut",
            "sgb2_elb_quote",
            "arbeitslosigkeit",
            "jugendarbeitslosigkeit",
            "arbeitslosigkeit_25plus",
            "alleinerziehende",
            "sprachauffaelligkeit",
            "motorik",
            "uebergewicht",
            "u_untersuchung_fehlt");
    int flagged = 0;
    for (int year = 2016; year <= 2024; year++) {
      JsonNode fc =
          new ObjectMapper().readTree(run.resolve("geojson/indices_" + year + ".geojson").toFile());
      for (JsonNode f : fc.get("features")) {
        JsonNode p = f.get("properties");
        for (String id : ratio) {
          double num = p.get(id + "_numerator").asDouble(0);
          assertThat(num)
              .as("%s %s %d", p.get("district_id"), id, year)
              .matches(v -> v == 0 || v >= 3);
          if (p.get(id + "_flag").isTextual()) {
            flagged++;
            for (String derived :
                List.of(
                    id,
                    id + "_numerator",
                    id + "_change",
                    id + "_class",
                    "mss_z_" + id,
                    "svi_pr_" + id,
                    "coi_z_" + id)) {
              assertThat(p.path(derived).isMissingNode() || p.get(derived).isNull())
                  .as("%s withheld", derived)
                  .isTrue();
            }
          }
        }
      }
    }
    assertThat(flagged)
        .as("the sample has small school-entry counts, so primary suppression must occur")
        .isPositive();
    String glob = DuckDb.literal(run.resolve("indices").resolve("*").resolve("*.parquet"));
    StringBuilder small =
        new StringBuilder(
            "select count(*)::integer as n from read_parquet("
                + glob
                + ", hive_partitioning = true) where false");
    ratio.forEach(
        id ->
            small
                .append(" or (")
                .append(id)
                .append("_numerator > 0 and ")
                .append(id)
                .append("_numerator < 3)"));
    assertThat(DuckDb.query(small.toString()).get(0).get("n").asInt()).isZero();
    // the spreadsheet CSV: no numerator column holds 1 or 2
    List<String> lines =
        Files.readAllLines(run.resolve("csv/indices_2024.csv"), StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(";", -1));
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(";", -1);
      for (String id : ratio) {
        assertThat(cells[header.indexOf(id + "_numerator")]).isNotIn("1", "2", "1,0", "2,0");
      }
    }
  }

  /**
   * The attacker of docs/METHODS.md §5 on everything the run published: per year it takes every
   * count indicator's district numerators and flags from the Parquet tables and the municipality
   * and county totals from the aggregates, and subtracts along the hierarchy and across the
   * configured categories (unemployed = under 25 + 25 and older). No withheld count may come out as
   * one value.
   */
  @Test
  void anAttackerSubtractingAlongTheHierarchyAndCategoriesRecoversNoWithheldCount()
      throws Exception {
    List<String> ratio =
        List.of(
            "kinderarmut",
            "sgb2_elb_quote",
            "arbeitslosigkeit",
            "jugendarbeitslosigkeit",
            "arbeitslosigkeit_25plus",
            "alleinerziehende",
            "sprachauffaelligkeit",
            "motorik",
            "uebergewicht",
            "u_untersuchung_fehlt");
    List<int[]> partitions = List.<int[]>of(new int[] {2, 3, 4});
    String districts =
        "read_parquet("
            + DuckDb.literal(run.resolve("indices").resolve("*").resolve("*.parquet"))
            + ", hive_partitioning = true)";
    String totals =
        "read_parquet("
            + DuckDb.literal(run.resolve("aggregates").resolve("*").resolve("*.parquet"))
            + ", hive_partitioning = true)";
    int withheld = 0;
    for (int year = 2016; year <= 2024; year++) {
      JsonNode cells =
          DuckDb.query(
              "select * from " + districts + " where year = " + year + " order by district_id");
      JsonNode units = DuckDb.query("select * from " + totals + " where year = " + year);
      List<String> towns = new java.util.ArrayList<>();
      cells.forEach(c -> towns.add(c.get("municipality_id").asText()));
      List<String> distinct = towns.stream().distinct().sorted().toList();
      int[] town = towns.stream().mapToInt(distinct::indexOf).toArray();
      long[][] value = new long[ratio.size()][cells.size()];
      CountSystem.State[][] state = new CountSystem.State[ratio.size()][cells.size()];
      long[][] base = new long[ratio.size()][cells.size()];
      Long[][] municipal = new Long[ratio.size()][distinct.size()];
      Long[] county = new Long[ratio.size()];
      for (int c = 0; c < ratio.size(); c++) {
        String id = ratio.get(c);
        for (int d = 0; d < cells.size(); d++) {
          JsonNode r = cells.get(d);
          JsonNode flag = r.get(id + "_flag");
          JsonNode num = r.get(id + "_numerator");
          value[c][d] = num.isNull() ? 0 : num.asLong();
          JsonNode den = r.get(id + "_denominator");
          state[c][d] =
              flag.isNull()
                  ? (num.isNull() || den.isNull()
                      ? CountSystem.State.MISSING
                      : CountSystem.State.PUBLISHED)
                  : switch (flag.asText()) {
                    case "suppressed_primary" -> CountSystem.State.PRIMARY;
                    case "suppressed_denominator" -> CountSystem.State.SMALL_BASE;
                    default -> CountSystem.State.SECONDARY;
                  };
          // the published denominator bounds a count withheld over it
          base[c][d] = den.isNull() ? 0 : (long) Math.ceil(den.asDouble());
          withheld += flag.isNull() ? 0 : 1;
        }
        for (JsonNode u : units) {
          JsonNode num = u.get(id + "_numerator");
          if (!u.get(id + "_flag").isNull()) {
            assertThat(num.isNull() && u.get(id).isNull())
                .as("withheld total %s %s %d", u.get("unit_id"), id, year)
                .isTrue();
          }
          Long v = num.isNull() ? null : num.asLong();
          if (u.get("level").asText().equals("county")) {
            county[c] = v;
          } else {
            municipal[c][distinct.indexOf(u.get("unit_id").asText())] = v;
          }
        }
      }
      HierarchyCounts published =
          HierarchyCounts.published(value, state, base, municipal, county, town, partitions);
      int[] disclosed = published.firstDisclosed(3);
      assertThat(disclosed)
          .as(
              "year %d: %s recoverable",
              year,
              disclosed == null
                  ? "-"
                  : disclosed[0] < 0
                      ? "a total"
                      : ratio.get(disclosed[0])
                          + " of "
                          + cells.get(disclosed[1]).get("district_id"))
          .isNull();
    }
    assertThat(withheld).isGreaterThan(300);
  }

  /**
   * The sample examines 1 to 9 children in some districts and years (the denominators are
   * published): there every finding count, "0 of 2" included, and the rate over it are withheld and
   * flagged, in the districts' and the municipalities' rows alike.
   */
  @Test
  void noPublishedRateRestsOnADenominatorOfOneToNine() throws Exception {
    List<String> ratio =
        List.of(
            "kinderarmut",
            "sgb2_elb_quote",
            "arbeitslosigkeit",
            "jugendarbeitslosigkeit",
            "arbeitslosigkeit_25plus",
            "alleinerziehende",
            "sprachauffaelligkeit",
            "motorik",
            "uebergewicht",
            "u_untersuchung_fehlt",
            "gymnasialuebergang");
    long small = 0;
    for (String table : List.of("indices", "aggregates")) {
      String t =
          "read_parquet("
              + DuckDb.literal(run.resolve(table).resolve("*").resolve("*.parquet"))
              + ", hive_partitioning = true)";
      for (String id : ratio) {
        JsonNode r =
            DuckDb.query(
                    "select count(*) filter (where "
                        + id
                        + "_denominator > 0 and "
                        + id
                        + "_denominator < 10) as small, "
                        + "count(*) filter (where "
                        + id
                        + "_denominator > 0 and "
                        + id
                        + "_denominator < 10 and ("
                        + id
                        + " is not null or "
                        + id
                        + "_numerator is not null)) as published, count(*) filter (where "
                        + id
                        + "_denominator > 0 and "
                        + id
                        + "_denominator < 10 and "
                        + id
                        + "_flag is null) as unflagged from "
                        + t)
                .get(0);
        assertThat(r.get("published").asLong())
            .as("%s %s: published over a denominator of 1 … 9", table, id)
            .isZero();
        assertThat(r.get("unflagged").asLong())
            .as("%s %s: withheld without a flag", table, id)
            .isZero();
        small += r.get("small").asLong();
      }
    }
    // 84 rates over such denominators were published before disclosure.min_denominator (79 of them
    // "all or none")
    assertThat(small).isGreaterThanOrEqualTo(84);
  }

  @Test
  void aggregatesRecomputeRatesFromSummedCountsAndTheCountyIsTheSumOfItsMunicipalities()
      throws Exception {
    String t =
        "read_parquet("
            + DuckDb.literal(run.resolve("aggregates").resolve("*").resolve("*.parquet"))
            + ", hive_partitioning = true)";
    for (JsonNode r :
        DuckDb.query(
            "select kinderarmut as rate, kinderarmut_numerator as n, kinderarmut_denominator as d from "
                + t
                + " where kinderarmut is not null")) {
      assertThat(r.get("rate").asDouble())
          .isCloseTo(
              100 * r.get("n").asDouble() / r.get("d").asDouble(),
              org.assertj.core.api.Assertions.within(1e-9));
    }
    JsonNode sums =
        DuckDb.query(
            "select c.year::integer as year, c.population as county, sum(m.population) as municipalities, "
                + "c.sgb2_elb_quote_denominator as cd, sum(m.sgb2_elb_quote_denominator) as md from "
                + t
                + " c join "
                + t
                + " m on c.year = m.year and c.level = 'county' and m.level = 'municipality' group by all");
    assertThat(sums).hasSize(9);
    for (JsonNode r : sums) {
      assertThat(r.get("county").asDouble()).isEqualTo(r.get("municipalities").asDouble());
      assertThat(r.get("cd").asDouble()).isEqualTo(r.get("md").asDouble());
    }
  }

  @Test
  void targetsFollowTheStraightPathFromBaselineToTarget() throws Exception {
    JsonNode rows =
        DuckDb.query(
            "select * from read_parquet("
                + DuckDb.literal(run.resolve("targets").resolve("*.parquet"))
                + ") order by target_id, year");
    assertThat(rows).isNotEmpty();
    for (JsonNode r : rows) {
      double b = r.get("baseline").asDouble();
      double target = r.get("target").asDouble();
      int b0 = r.get("baseline_year").asInt();
      int t1 = r.get("target_year").asInt();
      int y = r.get("year").asInt();
      // hand formula of docs/METHODS.md §8: expected = baseline + (target − baseline)·(year −
      // baseline year)/(target year − baseline year)
      assertThat(r.get("expected").asDouble())
          .isCloseTo(
              b + (target - b) * (y - b0) / (t1 - b0),
              org.assertj.core.api.Assertions.within(1e-9));
      if (!r.get("value").isNull()) {
        double v = r.get("value").asDouble();
        // all three sample goals aim downwards
        String expected =
            v <= target ? "reached" : v <= r.get("expected").asDouble() ? "on_track" : "off_track";
        assertThat(r.get("status").asText()).as("%s %d", r.get("target_id"), y).isEqualTo(expected);
      }
    }
    assertThat(rows.findValuesAsText("status")).contains("on_track", "off_track");
  }

  @Test
  void spatialStatisticsFindTheClusteringTheSampleIsBuiltWith() throws Exception {
    // the generator makes deprivation cluster across neighbouring districts, so the status index is
    // positively
    // autocorrelated in every year, far beyond E[I] = −1/(n−1)
    JsonNode moran =
        DuckDb.query(
            "select year::integer as year, n::integer as n, moran_i, expected, p_randomisation, pseudo_p from read_parquet("
                + DuckDb.literal(run.resolve("spatial").resolve("moran").resolve("*.parquet"))
                + ") where variable = 'mss_status_index' order by year");
    assertThat(moran).hasSize(9);
    for (JsonNode y : moran) {
      assertThat(y.get("expected").asDouble())
          .isCloseTo(
              -1.0 / (y.get("n").asInt() - 1), org.assertj.core.api.Assertions.within(1e-12));
      assertThat(y.get("moran_i").asDouble()).as("I %s", y.get("year")).isGreaterThan(0.2);
      assertThat(y.get("p_randomisation").asDouble()).isLessThan(0.01);
      assertThat(y.get("pseudo_p").asDouble()).isEqualTo(0.001);
    }
    JsonNode fc = new ObjectMapper().readTree(run.resolve("geojson/indices_2024.geojson").toFile());
    int clusters = 0;
    for (JsonNode f : fc.get("features")) {
      JsonNode p = f.get("properties");
      String c =
          p.get("mss_status_index_lisa_cluster").isNull()
              ? null
              : p.get("mss_status_index_lisa_cluster").asText();
      if (!"valid".equals(p.get("validity").asText())) {
        assertThat(c).as("invalid districts take no part").isNull();
      } else {
        assertThat(c).isIn("HH", "LL", "LH", "HL", "not_significant", "island");
        clusters += List.of("HH", "LL").contains(c) ? 1 : 0;
      }
    }
    assertThat(clusters).isPositive();
  }

  /**
   * Runs an R script with sf loaded and the sample's social spaces as {@code d}; skipped without R
   * sf.
   */
  private static List<String> withDistrictsInR(String script) throws Exception {
    de.sozialraum.monitor.RReference.assumeInstalled("sf");
    return de.sozialraum.monitor.RReference.run(
        "suppressMessages(library(sf)); d <- st_read('"
            + RepoPaths.of("samples/kreis-unna/geometrie/sozialraeume.geojson")
            + "', quiet = TRUE); "
            + script);
  }

  @Test
  void offersLieInTheDistrictsAnIndependentPointInPolygonFinds() throws Exception {
    // GEOS through R sf, not Sedona: each offer's district (smallest id where a point touches two)
    List<String> r =
        withDistrictsInR(
            "o <- read.csv2('"
                + RepoPaths.of("samples/kreis-unna/angebote.csv")
                + "', colClasses = 'character', encoding = 'UTF-8'); "
                + "p <- st_as_sfc(o$wkt, crs = st_crs(d)); hit <- st_intersects(p, d); "
                + "for (i in seq_along(hit)) cat(o$angebot_id[i], if (length(hit[[i]]) == 0) 'NA' else min(d$sozialraum_id[hit[[i]]]), '\\n')");
    Map<String, String> published = new HashMap<>();
    List<String> lines =
        Files.readAllLines(run.resolve("csv/angebote.csv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(";", -1);
      published.put(f[0], f[4].isEmpty() ? "NA" : f[4]);
    }
    assertThat(r).hasSize(676);
    for (String line : r) {
      String[] f = line.trim().split(" ");
      assertThat(published.get(f[0])).as(f[0]).isEqualTo(f[1]);
    }
    // the district columns count exactly the offers located in them; coverage and gaps follow their
    // definitions
    Map<String, Integer> perDistrict = new HashMap<>();
    published.values().forEach(d -> perDistrict.merge(d, 1, Integer::sum));
    JsonNode fc = new ObjectMapper().readTree(run.resolve("geojson/indices_2024.geojson").toFile());
    int gaps = 0;
    for (JsonNode f : fc.get("features")) {
      JsonNode p = f.get("properties");
      assertThat(p.get("offers_total").asInt())
          .isEqualTo(perDistrict.getOrDefault(p.get("district_id").asText(), 0));
      if (!p.get("pop_kita_alter").isNull() && p.get("pop_kita_alter").asDouble() > 0) {
        double perThousand =
            p.get("offers_kita").asDouble() * 1000 / p.get("pop_kita_alter").asDouble();
        assertThat(p.get("offers_kita_per_1000").asDouble())
            .isCloseTo(perThousand, org.assertj.core.api.Assertions.within(1e-9));
        if (!p.get("phase_kita_index").isNull()) {
          boolean gap = p.get("phase_kita_index").asDouble() >= 1.0 && perThousand < 45;
          assertThat(p.get("gap_kita").asBoolean())
              .as(p.get("district_id").asText())
              .isEqualTo(gap);
          gaps += gap ? 1 : 0;
        }
      }
    }
    assertThat(gaps).isPositive();
  }

  @Test
  void schoolDistrictCountsAreMovedByResidentsAsRSfComputesThemAndTheirTotalsAreConserved()
      throws Exception {
    // independent reference: GEOS (R sf) locates every building block in its school district and
    // social space; each
    // district's 2024 transitions are Σ over zones of count × residents in (zone ∩ district) /
    // residents in zone
    List<String> r =
        withDistrictsInR(
            "z <- st_read('"
                + RepoPaths.of("samples/kreis-unna/geometrie/grundschulbezirke.geojson")
                + "', quiet = TRUE); b <- read.csv2('"
                + RepoPaths.of("samples/kreis-unna/geometrie/baubloecke.csv")
                + "', colClasses = c('character', 'numeric', 'character')); "
                + "p <- st_as_sfc(b$wkt, crs = st_crs(d)); first <- function(h) if (length(h) == 0) NA else min(h); "
                + "zid <- z$schulbezirk[sapply(st_intersects(p, z), first)]; did <- d$sozialraum_id[sapply(st_intersects(p, d), first)]; "
                + "t <- read.csv2('"
                + RepoPaths.of("samples/kreis-unna/schulwechsel_grundschulbezirke.csv")
                + "', check.names = FALSE, "
                + "encoding = 'UTF-8'); t <- t[t[[2]] == 2024, ]; cnt <- setNames(t[[3]], t[[1]]); "
                + "ps <- tapply(b$einwohner[!is.na(zid)], zid[!is.na(zid)], sum); ok <- !is.na(zid) & !is.na(did); "
                + "m <- tapply(b$einwohner[ok] * cnt[zid[ok]] / ps[zid[ok]], did[ok], sum); cat(sprintf('%s %.17g', names(m), m), sep = '\\n')");
    Map<String, Double> reference = new HashMap<>();
    r.forEach(
        l -> reference.put(l.trim().split(" ")[0], Double.parseDouble(l.trim().split(" ")[1])));
    assertThat(reference).hasSize(63);
    JsonNode fc = new ObjectMapper().readTree(run.resolve("geojson/indices_2024.geojson").toFile());
    int compared = 0;
    for (JsonNode f : fc.get("features")) {
      JsonNode moved = f.get("properties").get("gymnasialuebergang_denominator");
      if (!moved.isNull()) {
        assertThat(moved.asDouble())
            .as(f.get("properties").get("district_id").asText())
            .isCloseTo(
                reference.get(f.get("properties").get("district_id").asText()),
                org.assertj.core.api.Assertions.withinPercentage(1e-7));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(55);
    // what the table sent (its own column sums, read here) arrived: the zones tile the county,
    // nothing lies outside
    Map<String, Double> sent = new HashMap<>();
    List<String> lines =
        Files.readAllLines(
            RepoPaths.of("samples/kreis-unna/schulwechsel_grundschulbezirke.csv"),
            StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(";");
      sent.merge(f[1] + " uebergaenge", Double.parseDouble(f[2]), Double::sum);
      sent.merge(f[1] + " uebergaenge_gymnasium", Double.parseDouble(f[3]), Double::sum);
    }
    JsonNode crosswalk =
        new ObjectMapper()
            .readTree(run.resolve("quality/summary.json").toFile())
            .at("/crosswalks/0");
    assertThat(crosswalk.get("table").asText()).isEqualTo("schulwechsel");
    assertThat(crosswalk.get("zones_partly_outside")).isEmpty();
    assertThat(crosswalk.get("max_relative_difference").asDouble()).isLessThanOrEqualTo(1e-9);
    assertThat(crosswalk.get("totals")).hasSize(sent.size());
    for (JsonNode t : crosswalk.get("totals")) {
      double expected = sent.get(t.get("year").asText() + " " + t.get("variable").asText());
      assertThat(t.get("sent").asDouble()).isEqualTo(expected);
      assertThat(Math.abs(t.get("arrived").asDouble() - expected) / expected)
          .isLessThanOrEqualTo(1e-9);
    }
  }

  @Test
  void theRunsNeighboursReadBackFromGalAndGwtEqualSpdepPoly2nbOnTheSample() throws Exception {
    de.sozialraum.monitor.RReference.assumeInstalled("sf", "spdep");
    // the published GAL and GWT (as GeoDa or PySAL would read them) against spdep's own queen
    // contiguity with the sample's snap
    // GAL ids as text; spdep reads a GWT's ids as numbers
    List<String> r =
        de.sozialraum.monitor.RReference.run(
            "suppressMessages({library(sf); library(spdep)}); d <- st_read('"
                + RepoPaths.of("samples/kreis-unna/geometrie/sozialraeume.geojson")
                + "', quiet = TRUE); ids <- as.character(d$sozialraum_id); "
                + "nb <- poly2nb(d, snap = 0.01); "
                + "same <- function(u) isTRUE(all.equal(lapply(unclass(u), as.integer),"
                + " lapply(unclass(nb), as.integer), check.attributes = FALSE)); "
                + "gal <- read.gal('"
                + run.resolve("spatial/neighbours.gal")
                + "', region.id = ids); gwt <- read.gwt2nb('"
                + run.resolve("spatial/neighbours.gwt")
                + "', region.id = as.numeric(ids)); "
                + "cat(same(gal), same(gwt), length(gal), sum(card(gal)))");
    assertThat(r).hasSize(1);
    String[] f = r.get(0).trim().split(" ");
    assertThat(f[0]).isEqualTo("TRUE");
    assertThat(f[1]).isEqualTo("TRUE");
    assertThat(f[2]).isEqualTo("63");
    assertThat(Integer.parseInt(f[3])).isPositive();
  }

  @Test
  void theRunsGwtReadBackAsTheNeighboursGivesTheSameMoransI() throws Exception {
    // a GIS analyst's own weights file: here the run's published GWT, read as neighbours: file
    com.fasterxml.jackson.databind.node.ObjectNode c = SampleConfig.read();
    com.fasterxml.jackson.databind.node.ObjectNode index =
        (com.fasterxml.jackson.databind.node.ObjectNode) c.get("index");
    ((com.fasterxml.jackson.databind.node.ObjectNode) index.get("presets")).retain("mss");
    index.putObject("life_phases").put("enabled", false);
    c.remove(List.of("supply", "targets", "report"));
    com.fasterxml.jackson.databind.node.ObjectNode spatial =
        (com.fasterxml.jackson.databind.node.ObjectNode) c.get("spatial");
    spatial.put("neighbours", "file").remove("snap");
    spatial
        .putObject("neighbours_file")
        .put("path", run.resolve("spatial/neighbours.gwt").toString());
    spatial.putObject("statistics").putArray("variables").add("mss_status_index");
    c.putObject("report").put("enabled", false);
    Path second = out.resolve("from-gwt");
    Files.createDirectories(second);
    Path config = SampleConfig.write(c, second.resolve("config.yaml"));
    assertThat(
            MonitorCli.execute(
                "run", "--config", config.toString(), "--out", second.resolve("out").toString()))
        .isZero();
    List<String> expected = moranOf(run, "mss_status_index");
    assertThat(expected).hasSize(9);
    assertThat(moranOf(second.resolve("out/latest"), "mss_status_index"))
        .containsExactlyElementsOf(expected);
  }

  /** year;variable;n;moran_i;expected;variance_randomisation;z_randomisation of a variable. */
  private static List<String> moranOf(Path run, String variable) throws Exception {
    return Files.readAllLines(run.resolve("csv/moran.csv"), StandardCharsets.UTF_8).stream()
        .map(l -> l.split(";"))
        .filter(f -> f.length > 6 && f[1].equals(variable))
        .map(f -> String.join(";", java.util.Arrays.copyOfRange(f, 0, 7)))
        .toList();
  }

  @Test
  void qualitySummaryCountsValidityPerYearAsTheTablesPublishItAndNamesTheRules() throws Exception {
    JsonNode summary = new ObjectMapper().readTree(run.resolve("quality/summary.json").toFile());
    assertThat(summary.at("/validity_rules/min_population").asInt()).isEqualTo(300);
    assertThat(summary.at("/validity_rules/exclusions").asInt()).isZero();
    Map<String, Long> total = new HashMap<>();
    for (int year = 2016; year <= 2024; year++) {
      // the reference: the validity column of the year's published spreadsheet
      List<String> lines =
          Files.readAllLines(run.resolve("csv/indices_" + year + ".csv"), StandardCharsets.UTF_8);
      int column = List.of(lines.get(0).split(";")).indexOf("validity");
      Map<String, Long> published = new HashMap<>();
      lines.stream().skip(1).forEach(l -> published.merge(l.split(";", -1)[column], 1L, Long::sum));
      JsonNode counted = summary.at("/validity_by_year/" + year);
      Map<String, Long> inSummary = new HashMap<>();
      counted.fields().forEachRemaining(e -> inSummary.put(e.getKey(), e.getValue().asLong()));
      assertThat(inSummary).as("validity in %d", year).isEqualTo(published);
      published.forEach((k, n) -> total.merge(k, n, Long::sum));
    }
    Map<String, Long> overAll = new HashMap<>();
    summary
        .at("/validity")
        .fields()
        .forEachRemaining(e -> overAll.put(e.getKey(), e.getValue().asLong()));
    assertThat(overAll).isEqualTo(total);
    assertThat(total.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(DISTRICT_YEARS);
  }

  @Test
  void spreadsheetCsvUsesBomSemicolonAndDecimalComma() throws Exception {
    byte[] bytes = Files.readAllBytes(run.resolve("csv/indices_2024.csv"));
    assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
    List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(64);
    assertThat(lines.get(0)).startsWith("\uFEFFdistrict_id;district_name;municipality_id");
    assertThat(lines.get(1)).matches(".*;\\d+,\\d+;.*").doesNotContain("E-");
  }

  @Test
  void manifestRecordsInputsWithTheirHashesAndOutputsWithRowCounts() throws Exception {
    JsonNode m = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
    assertThat(m.path("synthetic").asBoolean()).isTrue();
    assertThat(m.at("/config/sha256").asText()).hasSize(64);
    assertThat(m.path("inputs")).hasSize(10);
    for (JsonNode i : m.path("inputs")) {
      assertThat(i.path("sha256").asText())
          .isEqualTo(Digests.sha256(Path.of(i.path("path").asText())));
    }
    // rows per input: 63 features; 63 districts × 9 years per wide table; the long school-entry
    // table has 5 findings
    // each; the transitions come per school district (47 zones × 9 years); zoning, population,
    // offers and logo are hashed only
    assertThat(m.path("inputs").findValuesAsText("id"))
        .containsExactly(
            "geometry",
            "einwohner",
            "jobcenter",
            "schuleingang",
            "haushalte",
            "schulwechsel",
            "schulwechsel.zoning",
            "schulwechsel.population",
            "supply",
            "report.logo");
    assertThat(m.path("inputs").findValues("rows").stream().map(JsonNode::asLong))
        .containsExactly(
            63L,
            (long) DISTRICT_YEARS,
            (long) DISTRICT_YEARS,
            5L * DISTRICT_YEARS,
            (long) DISTRICT_YEARS,
            47L * 9);
    assertThat(m.at("/outputs/indices_geo.parquet").asLong()).isEqualTo(DISTRICT_YEARS);
    assertThat(m.at("/outputs/geojson~1indices_2020.geojson").asLong()).isEqualTo(63);
    assertThat(
            m.at("/quality/validity/valid").asLong()
                + m.at("/quality/validity/population_below_minimum").asLong())
        .isEqualTo(DISTRICT_YEARS);
  }

  @Test
  void explainShowsEveryStepFromValuesToClassForADistrict() throws Exception {
    String text =
        captureStdout(
            () ->
                assertThat(
                        MonitorCli.execute(
                            "explain",
                            "--run",
                            out.resolve("latest").toString(),
                            "--district",
                            "05978024001",
                            "--year",
                            "2024"))
                    .isZero());
    assertThat(text)
        .contains("05978024001 Lünen-Altstadt")
        .contains("Verfahren mss:")
        .contains("mss_status_index")
        .contains("MSS-Statusindex")
        .contains("Verfahren svi:")
        .contains("svi_overall")
        .contains("Verfahren coi:")
        .contains("Verfahren imd:")
        .contains("imd_decile")
        .contains("Verfahren pca:")
        .contains("Teilindizes der Präventionskette")
        .contains("schuleintritt");
    // the counts behind a rate: numerator / denominator → value
    assertThat(text).containsPattern("kinderarmut\\s+\\d+ / \\d+ → \\d+,\\d{3}");
  }

  @Test
  void unchangedInputsAreSkippedUnlessForcedAndALockedDirectoryExitsWith4() throws Exception {
    String text =
        captureStdout(
            () ->
                assertThat(
                        MonitorCli.execute(
                            "run",
                            "--config",
                            RepoPaths.of("config/sample.yaml").toString(),
                            "--out",
                            out.toString()))
                    .isZero());
    assertThat(text).contains("unchanged");
    try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
      assertThat(runs.count()).isEqualTo(1);
    }
    try (RunLock held = RunLock.acquire(out)) {
      assertThat(
              MonitorCli.execute(
                  "run",
                  "--config",
                  RepoPaths.of("config/sample.yaml").toString(),
                  "--out",
                  out.toString(),
                  "--force"))
          .isEqualTo(MonitorCli.LOCKED);
    }
    assertThat(out.resolve("latest").toRealPath()).isEqualTo(run);
  }

  static String captureStdout(ThrowingRunnable body) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      body.run();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  /**
   * 5 indices, 5 life phases, 12 indicators, 7 LISA maps, 1 Gi* map and 2 supply gaps: the sample's
   * maps.
   */
  private static final int SAMPLE_MAPS = 5 + 5 + 12 + 7 + 1 + 2;

  /**
   * The atlas driven in Chromium: every theme with a colour column (5 presets, 5 life phases, 12
   * indicators) in each of the 9 years, chosen in the theme list with the slider moved, is filled
   * with the GeoJSON's colour in all 63 districts; search, click, comparison, sorting, keyboard
   * zoom, the town filter, class transitions, offers, gaps and the Transferbörse each do what a
   * reader expects, and the page makes no request and logs no error.
   */
  @Test
  void atlasDrawsThePublishedColoursInEveryYearAndAnswersEveryControlOffline() throws Exception {
    assumeChromiumWithPlaywright();
    Path shots = Files.createDirectories(RepoPaths.of("pipeline/target/atlas-screenshots"));
    JsonNode check =
        new ObjectMapper()
            .readTree(
                processOutput(
                    List.of(
                        "node",
                        RepoPaths.of("scripts/lib/atlas-check.cjs").toString(),
                        run.toString(),
                        shots.toString())));
    assertThat(check.get("consoleErrors")).isEmpty();
    assertThat(check.get("pageErrors")).isEmpty();
    assertThat(check.get("external")).as("the atlas loads nothing from outside its file").isEmpty();
    assertThat(check.get("bytes").asLong())
        .as("the sample's atlas within 5 MB")
        .isLessThan(5_000_000);

    JsonNode colours = check.get("colours");
    assertThat(colours.get("mismatches")).isEmpty();
    assertThat(colours.get("themes").asInt()).isEqualTo(5 + 5 + 12);
    assertThat(colours.get("compared").asInt()).isEqualTo((5 + 5 + 12) * 9 * 63);

    JsonNode features =
        new ObjectMapper()
            .readTree(run.resolve("geojson/indices_2024.geojson").toFile())
            .get("features");
    Map<String, String> names = new HashMap<>();
    java.util.TreeMap<String, Integer> perTown = new java.util.TreeMap<>();
    int gapDistricts = 0;
    for (JsonNode f : features) {
      JsonNode p = f.get("properties");
      names.put(p.get("district_id").asText(), p.get("district_name").asText());
      perTown.merge(p.get("municipality_id").asText(), 1, Integer::sum);
      if (p.get("gap_kita").asBoolean() || p.get("gap_fruehe_hilfen").asBoolean()) {
        gapDistricts++;
      }
    }
    // districts are numbered 1 … 63 in the order of their ids, as on the report's maps
    List<String> ids = names.keySet().stream().sorted().toList();
    String middle = ids.get(ids.size() / 2);
    assertThat(check.at("/search/profile").asText())
        .isEqualTo((ids.size() / 2 + 1) + " " + names.get(middle));
    assertThat(check.at("/search/selectedRow").asInt()).isEqualTo(ids.size() / 2);
    assertThat(check.at("/click/profile").asText()).isEqualTo("1 " + names.get(ids.get(0)));
    assertThat(check.at("/click/indicatorRows").asInt()).isEqualTo(12);
    assertThat(check.at("/click/chainPhases").asInt()).isEqualTo(5);
    // an indicator's chart: the district, its town and the county
    assertThat(check.at("/click/chartLines").asInt()).isEqualTo(3);
    // indicator, the district, the one compared, town, county, trend
    assertThat(check.at("/compare/columns").asInt()).isEqualTo(6);
    assertThat(check.at("/compare/outline").asInt()).isEqualTo(1);

    List<Double> sorted = new java.util.ArrayList<>();
    check.get("sorted").forEach(v -> sorted.add(germanNumber(v.asText())));
    assertThat(sorted).hasSize(63);
    List<Double> numbers = sorted.stream().filter(v -> !v.isNaN()).toList();
    assertThat(numbers).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(sorted.subList(0, numbers.size())).containsExactlyElementsOf(numbers);

    double[] before = viewBox(check.at("/keyboard/before").asText());
    double[] after = viewBox(check.at("/keyboard/after").asText());
    assertThat(after[2]).as("'+' zooms by 1.25").isCloseTo(before[2] / 1.25, within(1e-6));
    assertThat(after[0])
        .as("→ pans by a tenth of the view")
        .isCloseTo(before[0] + (before[2] - after[2]) / 2 + after[2] * 0.1, within(1e-6));

    int firstTown = perTown.firstEntry().getValue();
    assertThat(check.at("/town/rows").asInt()).isEqualTo(firstTown);
    assertThat(check.at("/town/dimmed").asInt()).isEqualTo(63 - firstTown);

    assertThat(check.at("/transitions/cells").asInt()).isPositive();
    assertThat(check.at("/transitions/marked").asInt())
        .isEqualTo(check.at("/transitions/count").asInt());

    long offers;
    long birthOffers;
    try (var lines = Files.lines(run.resolve("csv/angebote.csv"))) {
      List<String> rows = lines.skip(1).toList();
      offers = rows.size();
      birthOffers = rows.stream().filter(r -> r.split(";")[3].equals("geburt")).count();
    }
    assertThat(check.at("/offers/drawn").asLong()).isEqualTo(offers).isEqualTo(676);
    assertThat(check.at("/offers/gaps").asInt()).isEqualTo(gapDistricts).isPositive();
    assertThat(check.at("/offers/labels").asInt()).as("63 numbers, 10 towns").isEqualTo(63 + 10);
    assertThat(check.at("/offers/gapRules").asInt()).isEqualTo(2);
    assertThat(check.at("/catalogue/shown").asLong()).isEqualTo(birthOffers).isPositive();
    List<String> fields = new java.util.ArrayList<>();
    check.at("/catalogue/fields").forEach(f -> fields.add(f.asText()));
    assertThat(fields)
        .contains(
            "Angebot oder Projekt",
            "Träger",
            "Partnerinstitution",
            "Zielgruppe",
            "Kurzbeschreibung",
            "Kontakt",
            "Erfahrungen");
    assertThat(check.at("/catalogue/viewChanged").asBoolean()).isTrue();
    assertThat(check.at("/catalogue/highlighted").asInt()).isEqualTo(1);
    for (String shot :
        List.of("atlas.png", "atlas-karte.png", "atlas-profil.png", "atlas-transferboerse.png")) {
      assertThat(shots.resolve(shot)).isNotEmptyFile();
    }
  }

  private static void assumeChromiumWithPlaywright() {
    assumeTrue(
        new File("/usr/bin/chromium").canExecute(),
        "skipped: chromium is not installed (scripts/install-test-tools installs it)");
    assumeTrue(
        Files.isDirectory(RepoPaths.of(".tools/playwright/node_modules/playwright-core")),
        "skipped: playwright-core is not installed (scripts/install-test-tools installs it)");
  }

  private static double germanNumber(String s) {
    return s.equals("–") ? Double.NaN : Double.parseDouble(s.replace(".", "").replace(',', '.'));
  }

  private static double[] viewBox(String v) {
    return java.util.Arrays.stream(v.trim().split("\\s+"))
        .mapToDouble(Double::parseDouble)
        .toArray();
  }

  @Test
  void reportRendersInChromiumOfflineWithEveryMapChartAndTableDrawnInThePublishedColours()
      throws Exception {
    assumeChromiumWithPlaywright();
    Path shots = Files.createDirectories(RepoPaths.of("pipeline/target/report-screenshots"));
    String out =
        processOutput(
            List.of(
                "node",
                RepoPaths.of("scripts/lib/report-check.cjs").toString(),
                run.resolve("report/index.html").toString(),
                shots.toString()));
    JsonNode check = new ObjectMapper().readTree(out);
    assertThat(check.get("consoleErrors")).isEmpty();
    assertThat(check.get("pageErrors")).isEmpty();
    assertThat(check.get("external"))
        .as("a self-contained report loads nothing from outside the file")
        .isEmpty();
    JsonNode features =
        new ObjectMapper()
            .readTree(run.resolve("geojson/indices_2024.geojson").toFile())
            .get("features");
    int maps = 0;
    int charts = 0;
    int tables = 0;
    int profiles = 0;
    for (JsonNode e : check.get("elements")) {
      switch (e.get("kind").asText()) {
        case "map" -> {
          maps++;
          assertThat(e.get("w").asInt()).as(e.get("id").asText()).isPositive();
          assertThat(e.get("h").asInt()).as(e.get("id").asText()).isPositive();
          assertThat(e.get("fills")).as(e.get("id").asText()).hasSize(63);
          assertThat(e.get("legend").asInt()).as(e.get("id").asText()).isGreaterThanOrEqualTo(3);
          // districts without a class are grey and hatched by lines clipped to them
          assertThat(e.get("hatching").asBoolean())
              .as(e.get("id").asText())
              .isEqualTo(e.get("hatched").asInt() > 0);
          String column = e.get("id").asText().substring("karte-".length());
          String colourColumn =
              features.get(0).get("properties").has(column + "_colour")
                  ? column + "_colour"
                  : column + "_class_colour";
          if (features.get(0).get("properties").has(colourColumn)) {
            Map<String, String> published = new HashMap<>();
            features.forEach(
                f ->
                    published.put(
                        f.get("id").asText(), f.get("properties").get(colourColumn).asText()));
            for (JsonNode fill : e.get("fills")) {
              String drawn = fill.get(1).asText();
              String expected = published.get(fill.get(0).asText());
              assertThat(drawn)
                  .as(e.get("id").asText() + " " + fill.get(0).asText())
                  .isEqualTo(expected);
            }
          }
        }
        case "chart" -> {
          charts++;
          assertThat(e.get("shapes").asInt()).as(e.get("id").asText()).isPositive();
          assertThat(e.get("h").asInt()).isPositive();
        }
        case "table" -> {
          tables++;
          assertThat(e.get("rows").asInt() > 0 || e.get("note").asBoolean())
              .as("table %s has rows or says why not", e.get("id").asText())
              .isTrue();
        }
        default -> {
          profiles++;
          assertThat(e.get("sparklines").asInt())
              .as(e.get("id").asText())
              .isGreaterThanOrEqualTo(12);
          assertThat(e.get("locator").asInt()).as(e.get("id").asText()).isPositive();
        }
      }
    }
    assertThat(maps).isEqualTo(SAMPLE_MAPS);
    assertThat(charts).isEqualTo(4);
    assertThat(tables).isGreaterThan(10);
    assertThat(profiles).isEqualTo(63);
    assertThat(shots.resolve("zusammenfassung.png")).isNotEmptyFile();
    assertThat(shots.resolve("profil.png")).isNotEmptyFile();
  }

  @Test
  void everyReportMapNumbersEachDistrictAsItsKeyDoesAndNamesTheTownsWithScaleBarAndSource()
      throws Exception {
    String html = Files.readString(run.resolve("report/index.html"), StandardCharsets.UTF_8);
    java.util.regex.Matcher key =
        java.util.regex.Pattern.compile(
                "<tr><td class=\"zahl\">(\\d+)</td><td>([^<]+)</td><td>([^<]+)</td></tr>")
            .matcher(
                html.substring(
                    html.indexOf("id=\"kartenschluessel\""),
                    html.indexOf("</table>", html.indexOf("id=\"kartenschluessel\""))));
    List<String> numbered = new ArrayList<>();
    while (key.find()) {
      numbered.add(key.group(1) + " " + key.group(2));
    }
    // the sample's 63 districts in id order: 05978004001 Bergkamen-Mitte is the first
    assertThat(numbered).hasSize(63).startsWith("1 Bergkamen-Mitte");
    String map =
        html.substring(
            html.indexOf("<figure class=\"karte\" id=\"karte-mss_status_class\""),
            html.indexOf("</figure>", html.indexOf("id=\"karte-mss_status_class\"")));
    List<String> numbers =
        java.util.regex.Pattern.compile("class=\"nummer\">(\\d+)</text>")
            .matcher(map)
            .results()
            .map(m -> m.group(1))
            .toList();
    assertThat(numbers)
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.IntStream.rangeClosed(1, 63).mapToObj(Integer::toString).toList());
    assertThat(
            java.util.regex.Pattern.compile("class=\"gemeindename\">([^<]+)</text>")
                .matcher(map)
                .results()
                .map(m -> m.group(1))
                .toList())
        .hasSize(10)
        .contains("Bergkamen", "Unna", "Fröndenberg/Ruhr");
    assertThat(map).contains("class=\"massstab\"", "class=\"nordpfeil\"");
    assertThat(map).contains("<p class=\"quelle\">Quelle: ", "Grenzen: sozialraeume.geojson");
    // every map of the whole county carries them, the profiles' locator maps do not
    int maps = html.split("<figure class=\"karte\"", -1).length - 1;
    assertThat(html.split("class=\"massstab\"", -1).length - 1).isEqualTo(maps);
  }

  @Test
  void theReportsVisibleTextNamesNoColumnByItsIdAndItsQualityAnnexUsesDecimalCommas()
      throws Exception {
    assumeTrue(
        new File("/usr/bin/chromium").canExecute()
            && Files.isDirectory(RepoPaths.of(".tools/playwright/node_modules/playwright-core")),
        "skipped: chromium or playwright-core is not installed (scripts/install-test-tools)");
    JsonNode text =
        new ObjectMapper()
            .readTree(
                processOutput(
                    List.of(
                        "node",
                        RepoPaths.of("scripts/lib/report-check.cjs").toString(),
                        run.resolve("report/index.html").toString(),
                        Files.createTempDirectory("shots").toString())))
            .get("text");
    JsonNode dictionary = new ObjectMapper().readTree(run.resolve("dictionary.json").toFile());
    java.util.Set<String> ids = new java.util.HashSet<>();
    dictionary.get("columns").fieldNames().forEachRemaining(ids::add);
    Map<String, Integer> found = new java.util.TreeMap<>();
    String visible = text.get("visible").asText();
    java.util.regex.Matcher words = java.util.regex.Pattern.compile("[a-z0-9_]+").matcher(visible);
    while (words.find()) {
      if (ids.contains(words.group())) {
        found.merge(words.group(), 1, Integer::sum);
      }
    }
    assertThat(visible).contains("Kinder unter 15 Jahren in SGB-II-Bedarfsgemeinschaften");
    assertThat(found).as("column ids in the report's text").isEmpty();
    String quality = text.get("quality").asText();
    assertThat(quality).contains("Warnungen", "gültig");
    // a decimal point: digits, a point and one or two digits (a German thousands group has three)
    assertThat(
            java.util.regex.Pattern.compile("\\d\\.\\d{1,2}(?!\\d)")
                .matcher(quality)
                .results()
                .map(java.util.regex.MatchResult::group)
                .toList())
        .isEmpty();
  }

  /**
   * config/sample.yaml replaces the standard "Sozialraumprofil" by this label
   * (report.labels.profile).
   */
  private static final String PROFILE_LABEL = "Steckbrief";

  @Test
  void reportCarriesTheConfiguredPublisherForewordLogoAndLabels() throws Exception {
    de.sozialraum.monitor.config.MonitorConfig.Report settings =
        de.sozialraum.monitor.config.ConfigLoader.load(RepoPaths.of("config/sample.yaml")).report();
    assertThat(settings.labels()).containsEntry("profile", PROFILE_LABEL);
    String html = Files.readString(run.resolve("report/index.html"));
    assertThat(html).contains("<p class=\"herausgeber\">" + settings.publisher() + "</p>");
    String logo =
        "data:image/svg+xml;base64,"
            + java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(settings.logo()));
    assertThat(html).contains("<img class=\"logo\" src=\"" + logo + "\"");
    String foreword = html.substring(html.indexOf("<section class=\"kapitel\" id=\"vorwort\">"));
    foreword = foreword.substring(0, foreword.indexOf("</section>"));
    assertThat(foreword)
        .contains("<h1>Vorwort</h1>")
        .contains(
            "<p>Dieser Bericht zeigt, wie das Sozialraummonitoring die Lage von Kindern und Familien in den Sozialräumen des Kreises "
                + "Jahr für Jahr sichtbar macht – von der Geburt bis zum Übergang in den Beruf.</p>")
        .contains(
            "<p>Alle Zahlen sind synthetisch. Sie dienen dazu, die Auswertungen, Karten und Steckbriefe vorzuführen.</p>");
    assertThat(html).contains("<a href=\"#vorwort\">Vorwort</a>");
    assertThat(
            java.util.regex.Pattern.compile("<p class=\"art\">" + PROFILE_LABEL + " · ")
                .matcher(html)
                .results()
                .count())
        .as("every profile page carries the configured label")
        .isEqualTo(63);
    assertThat(html).doesNotContain("Sozialraumprofil · ");
  }

  @Test
  void reportPdfHasOneTextPagePerProfileBetweenTheChaptersAndTheWideTableInLandscape()
      throws Exception {
    assumeTrue(
        new File("/usr/bin/pdftotext").canExecute(),
        "skipped: poppler-utils is not installed (scripts/install-test-tools installs it)");
    Path pdf = run.resolve("report/report.pdf");
    assertThat(pdf).isNotEmptyFile();
    String info = processOutput(List.of("pdfinfo", pdf.toString()));
    int pages =
        Integer.parseInt(
            info.lines()
                .filter(l -> l.startsWith("Pages:"))
                .findFirst()
                .orElseThrow()
                .replaceAll("\\D", ""));
    Map<String, Integer> profilePage = new HashMap<>();
    List<String> headings = new java.util.ArrayList<>();
    List<String> landscape = new java.util.ArrayList<>();
    for (int p = 1; p <= pages; p++) {
      String text =
          processOutput(
              List.of(
                  "pdftotext",
                  "-f",
                  Integer.toString(p),
                  "-l",
                  Integer.toString(p),
                  "-layout",
                  pdf.toString(),
                  "-"));
      assertThat(text.strip()).as("page %d has extractable text", p).isNotEmpty();
      String size =
          processOutput(
                  List.of(
                      "pdfinfo",
                      "-f",
                      Integer.toString(p),
                      "-l",
                      Integer.toString(p),
                      pdf.toString()))
              .lines()
              .filter(l -> l.startsWith("Page") && l.contains("size:"))
              .findFirst()
              .orElseThrow();
      // A4 is 595 × 842 pt: landscape where the width is the larger
      java.util.regex.Matcher wh =
          java.util.regex.Pattern.compile("size:\\s+([\\d.]+) x ([\\d.]+)").matcher(size);
      assertThat(wh.find()).as(size).isTrue();
      if (Double.parseDouble(wh.group(1)) > Double.parseDouble(wh.group(2))) {
        landscape.add(text);
      }
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("Sozialraum (\\d{11}) ·").matcher(text);
      if (text.strip().startsWith(PROFILE_LABEL + " ·") && m.find()) {
        assertThat(profilePage.put(m.group(1), p))
            .as("district %s has one page", m.group(1))
            .isNull();
      }
      for (String h :
          List.of(
              "Zusammenfassung",
              "Gesamtindex und Rangfolge",
              "Präventionskette: Lebensphasen",
              "Anhang A: Methodik",
              "Anhang B: Datenqualität",
              "Anhang C: Datenwörterbuch",
              "Anhang D: Quellen")) {
        if (text.strip().startsWith(h)) {
          headings.add(h);
        }
      }
    }
    assertThat(profilePage).hasSize(63);
    int first = java.util.Collections.min(profilePage.values());
    assertThat(java.util.Collections.max(profilePage.values()))
        .as("profiles are consecutive pages")
        .isEqualTo(first + 62);
    assertThat(headings)
        .contains(
            "Zusammenfassung",
            "Gesamtindex und Rangfolge",
            "Präventionskette: Lebensphasen",
            "Anhang A: Methodik",
            "Anhang B: Datenqualität",
            "Anhang C: Datenwörterbuch",
            "Anhang D: Quellen");
    assertThat(pages).isGreaterThan(63 + headings.size());
    // the one table of more than eight columns, the indicators of the 10 towns and the county,
    // has a landscape page, where every indicator's name keeps to one line
    assertThat(landscape)
        .singleElement()
        .satisfies(
            t ->
                assertThat(t)
                    .contains("Indikatoren nach Gemeinden")
                    .containsPattern(
                        "Kinder unter 15 Jahren in SGB-II-Bedarfsgemeinschaften +\\d"));
  }

  @Test
  void qgisDrawsTheLayerWithEveryStyleInThePublishedClassesAndBreaks() throws Exception {
    assumePython("qgis.core", "python3-qgis");
    JsonNode styles = headlessQgis("qgis-style-check.py", run.toString(), "2024");
    assertThat(styles.size())
        .as(
            "styles that apply to 2024: indices, phases, LISA and Gi* of 7 variables, gaps, indicators")
        .isEqualTo(5 + 5 + 7 + 7 + 2 + 12);
    styles
        .fields()
        .forEachRemaining(
            s -> {
              JsonNode st = s.getValue();
              assertThat(st.get("loaded").asBoolean())
                  .as(s.getKey() + ": " + st.get("message").asText())
                  .isTrue();
              assertThat(st.get("renderer").asText()).isEqualTo("categorizedSymbol");
              assertThat(st.get("features").asInt()).isEqualTo(63);
              assertThat(st.get("mismatches")).as(s.getKey()).isEmpty();
            });
    JsonNode lisa = styles.get("mss_status_index_lisa_cluster.qml").get("categories");
    assertThat(lisa.get(0).get(0).asText() + lisa.get(0).get(2).asText())
        .isEqualTo("HH" + de.sozialraum.monitor.numerics.classify.Palette.LISA.get("HH"));
    assertThat(styles.get("kinderarmut_class_2024.qml").get("categories")).hasSize(6);
  }

  @Test
  void qgisOpensTheMovedProjectWithEveryLayerStyledGroupedAndAsTheRunsStyles() throws Exception {
    assumePython("qgis.core", "python3-qgis");
    // the project's paths are relative: a copy of the run folder opens from where it lies
    Path moved = Files.createTempDirectory("moved-run");
    for (String dir : List.of("gis", "styles")) {
      Files.createDirectories(moved.resolve(dir));
      try (java.util.stream.Stream<Path> files = Files.list(run.resolve(dir))) {
        for (Path f : files.toList()) {
          Files.copy(f, moved.resolve(dir).resolve(f.getFileName()));
        }
      }
    }
    JsonNode check = headlessQgis("qgis-project-check.py", moved.toString());
    JsonNode layers = check.get("project");
    // 5 presets of 2024 and the MSS of 8 earlier years, 5 phases, 12 indicators, the offers,
    // LISA and Gi* of the 7 analysed variables
    assertThat(layers.size()).isEqualTo(5 + 8 + 5 + 12 + 1 + 2 * 7);
    List<String> groups = new ArrayList<>();
    List<String> visible = new ArrayList<>();
    for (JsonNode l : layers) {
      String name = l.get("name").asText();
      if (groups.isEmpty() || !groups.get(groups.size() - 1).equals(l.get("group").asText())) {
        groups.add(l.get("group").asText());
      }
      if (l.get("visible").asBoolean()) {
        visible.add(name);
      }
      assertThat(l.get("valid").asBoolean()).as(name).isTrue();
      assertThat(Path.of(l.get("source").asText()))
          .as(name)
          .isEqualTo(moved.resolve("gis/monitoring.gpkg").toRealPath());
      assertThat(l.get("crs").asText()).isEqualTo("EPSG:25832");
      assertThat(l.get("renderer").asText()).as(name).isEqualTo("categorizedSymbol");
      assertThat(l.get("mismatches")).as(name).isEmpty();
      if (l.get("group").asText().equals("Angebote")) {
        assertThat(l.get("features").asInt()).isEqualTo(676);
        assertThat(l.get("attribute").asText()).isEqualTo("lebensphase");
      } else {
        assertThat(l.get("features").asInt()).as(name).isEqualTo(63);
        assertThat(l.get("same_as_qml").asBoolean()).as(name + " " + l.get("qml")).isTrue();
      }
    }
    assertThat(groups)
        .containsExactly("Index", "Lebensphasen", "Indikatoren", "Angebote", "Räumliche Cluster");
    assertThat(visible).containsExactly("MSS 2024", "Angebote nach Lebensphase");
    assertThat(layers.get(0).get("table").asText()).isEqualTo("sozialraeume_2024");
    assertThat(layers.get(5).get("table").asText()).isEqualTo("sozialraeume_2023");

    // each layer dragged in alone opens with its own default style from layer_styles
    JsonNode tables = check.get("geopackage");
    for (int year = 2016; year <= 2024; year++) {
      JsonNode t = tables.get("sozialraeume_" + year);
      assertThat(t.get("valid").asBoolean()).isTrue();
      assertThat(t.get("features").asInt()).isEqualTo(63);
      assertThat(t.get("styles").asInt()).isEqualTo(1);
      assertThat(t.get("default_styles").asInt()).isEqualTo(1);
      assertThat(t.get("attribute").asText()).isEqualTo("mss_status_class");
    }
    assertThat(tables.get("angebote").get("attribute").asText()).isEqualTo("lebensphase");
    assertThat(tables.get("angebote").get("categories").get(0).get(1).asText())
        .isEqualTo("Rund um die Geburt");
    assertThat(tables.get("gemeinden_kreis").get("kind").asText()).isEqualTo("attributes");
    // 10 municipalities and the county over 9 years
    assertThat(tables.get("gemeinden_kreis").get("features").asInt()).isEqualTo(11 * 9);
  }

  @Test
  void theGeoPackageOpensInGdalWithoutWarningsAndHoldsThePublishedValues() throws Exception {
    Path gpkg = run.resolve("gis/monitoring.gpkg");
    String info = ogrinfo(gpkg);
    assertThat(info.split("Feature Count: 63", -1)).hasSize(9 + 1);
    assertThat(info).contains("Feature Count: 676", "ID[\"EPSG\",25832]");

    JsonNode parquet =
        DuckDb.query(
            "select * from read_parquet("
                + DuckDb.literal(run.resolve("indices/year=2024/*.parquet"))
                + ", hive_partitioning = true) order by district_id");
    int compared = 0;
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + gpkg);
        java.sql.ResultSet r =
            c.createStatement()
                .executeQuery("select * from sozialraeume_2024 order by district_id")) {
      java.sql.ResultSetMetaData m = r.getMetaData();
      for (int row = 0; r.next(); row++) {
        JsonNode want = parquet.get(row);
        for (int col = 1; col <= m.getColumnCount(); col++) {
          String name = m.getColumnName(col);
          if (name.equals("fid") || name.equals("geom")) {
            continue;
          }
          JsonNode v = want.get(name);
          Object got = r.getObject(col);
          if (v == null || v.isNull()) {
            assertThat(got).as(name).isNull();
          } else if (v.isTextual() && !(got instanceof Number)) {
            assertThat(got).as(name).isEqualTo(v.asText());
          } else {
            assertThat(((Number) got).doubleValue()).as(name).isEqualTo(v.asDouble());
          }
          compared++;
        }
      }
    }
    // every published column of every district, none left out
    assertThat(compared).isEqualTo(63 * parquet.get(0).size());
  }

  @Test
  void aPublishedRunHoldsNoSparkBookkeepingFiles() throws Exception {
    try (java.util.stream.Stream<Path> files = Files.walk(run)) {
      List<String> bookkeeping =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.equals("_SUCCESS") || n.endsWith(".crc"))
              .toList();
      assertThat(bookkeeping).isEmpty();
    }
    // the folders still read as tables
    assertThat(
            DuckDb.query(
                    "select count(*) as n from read_parquet("
                        + DuckDb.literal(run.resolve("indices/*/*.parquet"))
                        + ")")
                .get(0)
                .get("n")
                .asInt())
        .isEqualTo(63 * 9);
  }

  @Test
  void theWorkbookReadByOpenpyxlHoldsThePublishedTableWithTextIdsNumbersAndWithheldReasons()
      throws Exception {
    assumePython("openpyxl", "python3-openpyxl");
    JsonNode book =
        new ObjectMapper()
            .readTree(
                processOutput(
                    List.of(
                        "/usr/bin/python3",
                        RepoPaths.of("scripts/lib/xlsx-read.py").toString(),
                        run.resolve("excel/monitoring.xlsx").toString())));
    List<String> sheets = new ArrayList<>();
    book.fieldNames().forEachRemaining(sheets::add);
    assertThat(sheets).containsExactly("Sozialräume", "Gemeinden und Kreis", "Ziele", "Wörterbuch");
    JsonNode districts = book.get("Sozialräume");
    assertThat(districts.get("freeze").asText()).isEqualTo("C3");
    assertThat(districts.get("filter").asText()).startsWith("A2:");
    JsonNode rows = districts.get("rows");
    JsonNode dictionary = new ObjectMapper().readTree(run.resolve("dictionary.json").toFile());
    JsonNode parquet =
        DuckDb.query(
            "select * from read_parquet("
                + DuckDb.literal(run.resolve("indices/*/*.parquet"))
                + ", hive_partitioning = true) order by year, district_id");
    assertThat(rows.size()).isEqualTo(2 + parquet.size()).isEqualTo(2 + 63 * 9);
    List<String> names = new ArrayList<>();
    rows.get(0).forEach(n -> names.add(n.asText()));
    // the second header row is the dictionary's German description, with the unit
    for (int c = 0; c < names.size(); c++) {
      JsonNode d = dictionary.at("/columns/" + names.get(c));
      String expected =
          d.get("description").asText()
              + (d.has("unit") ? " (" + d.get("unit").asText() + ")" : "");
      assertThat(rows.get(1).get(c).asText()).as(names.get(c)).isEqualTo(expected);
    }
    int withheld = 0;
    int numbers = 0;
    for (int r = 0; r < parquet.size(); r++) {
      JsonNode want = parquet.get(r);
      JsonNode got = rows.get(r + 2);
      for (int c = 0; c < names.size(); c++) {
        String name = names.get(c);
        JsonNode v = name.equals("year") ? want.get("year") : want.get(name);
        JsonNode cell = got.get(c);
        String type = dictionary.at("/columns/" + name + "/type").asText();
        if (v == null || v.isNull()) {
          if (!cell.isNull()) {
            // only a withheld cell says something where the table has nothing
            assertThat(cell.asText()).as(name).startsWith("gesperrt: ");
            withheld++;
          }
        } else if (type.equals("string")) {
          assertThat(cell.isTextual()).as(name).isTrue();
          assertThat(cell.asText()).as(name).isEqualTo(v.asText());
        } else if (type.equals("double") || type.equals("bigint") || type.equals("int")) {
          assertThat(cell.isNumber()).as(name + " " + cell).isTrue();
          assertThat(cell.asDouble()).as(name).isEqualTo(v.asDouble());
          numbers++;
        }
      }
    }
    assertThat(rows.get(2).get(0).asText()).isEqualTo("05978004001");
    assertThat(numbers).isGreaterThan(567 * 100);
    // the sample withholds small counts and their partners (DisclosureTest); every such cell says
    // why
    long flagged =
        DuckDb.query(
                "select count(*) as n from read_parquet("
                    + DuckDb.literal(run.resolve("indices/*/*.parquet"))
                    + ") where alleinerziehende is null and alleinerziehende_flag is not null")
            .get(0)
            .get("n")
            .asLong();
    assertThat(flagged).isPositive();
    assertThat(withheld).isGreaterThanOrEqualTo((int) flagged);
    assertThat(districts.get("italic").size()).isEqualTo(withheld);
    List<String> formats = new ArrayList<>();
    districts.get("formats").forEach(f -> formats.add(f.asText()));
    assertThat(formats.get(names.indexOf("year"))).isEqualTo("0");
    assertThat(formats.get(names.indexOf("population"))).isEqualTo("#,##0");
    assertThat(formats.get(names.indexOf("kinderarmut"))).isEqualTo("#,##0.00");
    assertThat(book.at("/Wörterbuch/rows").size())
        .isEqualTo(
            1
                + names.size()
                + book.at("/Gemeinden und Kreis/rows/0").size()
                + book.at("/Ziele/rows/0").size());
  }

  /** The JSON a script of scripts/lib prints when it runs in QGIS without a display. */
  private static JsonNode headlessQgis(String script, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of("/usr/bin/python3", RepoPaths.of("scripts/lib/" + script).toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("QT_QPA_PLATFORM", "offscreen");
    pb.environment().put("XDG_RUNTIME_DIR", Files.createTempDirectory("qgis-runtime").toString());
    return new ObjectMapper().readTree(processOutput(pb));
  }

  /**
   * GDAL's summary of every layer of a file (skipping the calling test without GDAL), asserted to
   * open with exit 0 and without a warning or an error.
   */
  private static String ogrinfo(Path file) throws Exception {
    assumeTrue(
        new File("/usr/bin/ogrinfo").canExecute(),
        "skipped: gdal-bin is not installed (scripts/install-test-tools installs it)");
    Process p =
        new ProcessBuilder("ogrinfo", "-ro", "-al", "-so", file.toString())
            .redirectErrorStream(true)
            .start();
    String info = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(info).isZero();
    assertThat(info)
        .as(file.toString())
        .doesNotContainIgnoringCase("warning")
        .doesNotContain("ERROR");
    return info;
  }

  /** Skips the calling test where Debian's Python lacks the module the package brings. */
  private static void assumePython(String module, String debianPackage) throws Exception {
    assumeTrue(
        new File("/usr/bin/python3").canExecute()
            && new ProcessBuilder("/usr/bin/python3", "-c", "import " + module).start().waitFor()
                == 0,
        "skipped: " + debianPackage + " is not installed (scripts/install-test-tools installs it)");
  }

  private static String processOutput(List<String> command) throws Exception {
    return processOutput(new ProcessBuilder(command));
  }

  private static String processOutput(ProcessBuilder pb) throws Exception {
    Path err = Files.createTempFile("process", ".err");
    Process p = pb.redirectError(err.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(600, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(pb.command() + ": " + Files.readString(err)).isZero();
    Files.delete(err);
    return out;
  }
}
