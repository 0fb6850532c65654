package de.sozialraum.monitor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.sozialraum.monitor.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @Test
  void documentedSampleConfigurationIsValid() throws Exception {
    MonitorConfig c = ConfigLoader.load(RepoPaths.of("config/sample.yaml"));
    assertThat(c.tables()).hasSize(5);
    assertThat(c.tables().get(4).zoning().weights()).isEqualTo(ZoneWeights.POPULATION);
    assertThat(c.index().presets().get("mss").indicators())
        .containsExactly("kinderarmut", "sgb2_elb_quote", "arbeitslosigkeit", "alleinerziehende");
    assertThat(c.tables().get(1).isRate("sgb2_quote")).isTrue();
    assertThat(c.sha256()).hasSize(64);
  }

  @Test
  void everySchemaProblemIsReportedAtOnceWithItsPath(@TempDir Path dir) throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("bad.yaml"),
            """
        title: ""
        geometry: {path: x.geojson, id_field: id}
        tables:
          - {id: Ew, path: a.csv, district_column: d, year_column: y, columns: {a: b}, decimal: ";"}
        population: {variable: a}
        indicators:
          - {id: k, label: K, direction: sideways, numerator: [a]}
        index: {presets: {imd: {status: [k]}, gisd: {}}}
        classification: {default: {method: fixed}}
        colour: red
        """);
    assertThatThrownBy(() -> ConfigLoader.load(f))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .anyMatch(p -> p.contains("/title: "))
                    .anyMatch(p -> p.contains("/geometry: ") && p.contains("name_field"))
                    .anyMatch(p -> p.contains("/tables/0/id: "))
                    .anyMatch(p -> p.contains("/tables/0/decimal: "))
                    .anyMatch(p -> p.contains("/indicators/0/direction: "))
                    .anyMatch(p -> p.contains("/index/presets/imd") && p.contains("domain_weights"))
                    .anyMatch(p -> p.contains("/index/presets") && p.contains("gisd"))
                    .anyMatch(
                        p -> p.contains("/classification/default") && p.contains("thresholds"))
                    .anyMatch(p -> p.contains("colour")));
  }

  @Test
  void namesThatBecomeColumnsOrFilesMustBeIdentifiers(@TempDir Path dir) throws Exception {
    // variable, group, domain and theme names end up in column names (pop_<group>, svi_<theme>_…)
    // and file names
    Path f =
        Files.writeString(
            dir.resolve("names.yaml"),
            """
        title: T
        geometry: {path: g.geojson, id_field: id, name_field: n}
        tables:
          - {id: ew, path: a.csv, district_column: d, year_column: y, columns: {"../../etc/x": b, "a.b": c}}
        population: {variable: ew, groups: {"kinder; drop": [ew]}}
        indicators:
          - {id: k, label: K, direction: higher_is_worse, numerator: [ew], denominator: [ew], domain: "soziale lage"}
        index: {presets: {svi: {themes: {"Thema 1": [k]}}, imd: {domain_weights: {"=1+1": 1}}}}
        """);
    assertThatThrownBy(() -> ConfigLoader.load(f))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .anyMatch(p -> p.contains("/tables/0/columns") && p.contains("../../etc/x"))
                    .anyMatch(p -> p.contains("/tables/0/columns") && p.contains("a.b"))
                    .anyMatch(p -> p.contains("/population/groups") && p.contains("kinder; drop"))
                    .anyMatch(p -> p.contains("/indicators/0/domain"))
                    .anyMatch(p -> p.contains("/index/presets/svi/themes") && p.contains("Thema 1"))
                    .anyMatch(
                        p ->
                            p.contains("/index/presets/imd/domain_weights") && p.contains("=1+1")));
  }

  @Test
  void crossReferencesAreCheckedAfterTheSchema(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("g.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
    Files.writeString(dir.resolve("a.csv"), "d;y;b\n");
    Path f =
        Files.writeString(
            dir.resolve("refs.yaml"),
            """
        title: T
        geometry: {path: g.geojson, id_field: id, name_field: n}
        tables:
          - {id: ew, path: a.csv, district_column: d, year_column: y, columns: {ew: b}, rates: [nope]}
          - {id: fehlt, path: missing.csv, district_column: d, year_column: y, columns: {x: c}}
        population: {variable: einwohner}
        indicators:
          - {id: k, label: K, direction: higher_is_worse, numerator: [ew], denominator: [unknown_var]}
          - {id: j, label: J, direction: higher_is_worse, numerator: [ew], denominator: [ew], domain: arbeit}
        index:
          presets:
            mss: {status: [k, undefined_indicator]}
            coi: {reference_year: 2020, weight_group: kinder}
            imd: {domain_weights: {arbeit: 1, wohnen: 2}}
            pca: {anchors: {arbeit: k}}
          life_phases: {method: svi}
        classification: {variables: {j: {method: fixed, thresholds: [5, 5]}, x: {method: quantiles}}}
        """);
    assertThatThrownBy(() -> ConfigLoader.load(f))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .anyMatch(p -> p.contains("/tables/0/rates") && p.contains("'nope'"))
                    .anyMatch(p -> p.contains("/tables/1/path") && p.contains("missing.csv"))
                    .anyMatch(p -> p.contains("/population/variable"))
                    .anyMatch(p -> p.contains("'unknown_var' is not delivered"))
                    .anyMatch(p -> p.contains("'undefined_indicator' is not defined"))
                    .anyMatch(
                        p ->
                            p.contains("/index/presets/coi/weight_group") && p.contains("'kinder'"))
                    .anyMatch(
                        p ->
                            p.contains("/index/presets/imd/domain_weights")
                                && p.contains("'wohnen'"))
                    .anyMatch(
                        p ->
                            p.contains("/index/presets/pca/anchors/arbeit")
                                && p.contains("'k' is not one of the domain's indicators"))
                    .anyMatch(p -> p.contains("/index/life_phases/method") && p.contains("'svi'"))
                    .anyMatch(
                        p ->
                            p.contains("/classification/variables/j/thresholds")
                                && p.contains("strictly increasing"))
                    .anyMatch(
                        p ->
                            p.contains("/classification/variables/x")
                                && p.contains("not an indicator")));
  }

  @Test
  void reportSettingsAreCheckedAtValidation(@TempDir Path dir) throws Exception {
    String base = minimal(dir);
    Files.writeString(dir.resolve("wappen.gif"), "GIF89a");
    Path wrong =
        Files.writeString(
            dir.resolve("wrong.yaml"),
            base
                + """
        report: {logo: wappen.gif, year: 2019, labels: {profile: Steckbrief, titelblatt: X}}
        """);
    assertThatThrownBy(() -> ConfigLoader.load(wrong))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .anyMatch(
                        p ->
                            p.contains("/report/logo")
                                && p.contains("'wappen.gif' is not an SVG, PNG or JPEG file"))
                    .anyMatch(
                        p ->
                            p.contains("/report/year")
                                && p.contains("2019 is outside the run's years 2020–2022"))
                    .anyMatch(
                        p ->
                            p.contains("/report/labels/titelblatt")
                                && p.contains("not a text of the report"))
                    .noneMatch(p -> p.contains("/report/labels/profile")));
    Path missing =
        Files.writeString(dir.resolve("missing.yaml"), base + "report: {logo: fehlt.svg}\n");
    assertThatThrownBy(() -> ConfigLoader.load(missing))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .anyMatch(
                        p ->
                            p.contains("/report/logo: file not found") && p.contains("fehlt.svg")));
    Path fine =
        Files.writeString(
            dir.resolve("fine.yaml"),
            base + "report: {logo: logo.svg, year: 2021, labels: {profile: Steckbrief}}\n");
    Files.writeString(dir.resolve("logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    MonitorConfig c = ConfigLoader.load(fine);
    assertThat(c.report().logo()).isEqualTo(dir.resolve("logo.svg"));
    assertThat(c.report().labels()).containsEntry("profile", "Steckbrief");
    assertThat(c.inputs()).containsValue(dir.resolve("logo.svg"));
    assertThat(c.report().enabled()).isTrue();
    Path off = Files.writeString(dir.resolve("off.yaml"), base + "report: {enabled: false}\n");
    assertThat(ConfigLoader.load(off).report().enabled()).isFalse();
  }

  @Test
  void spatialStatisticsAreOffWithFalseOrNoVariablesAndOnTheHeadlinesWhenNotConfigured(
      @TempDir Path dir) throws Exception {
    String base = minimal(dir);
    java.util.function.Function<String, MonitorConfig> load =
        spatial -> {
          try {
            return ConfigLoader.load(
                Files.writeString(dir.resolve("c.yaml"), base + spatial + "\n"));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };
    java.util.function.Function<MonitorConfig, java.util.List<String>> variables =
        c ->
            de.sozialraum.monitor.index.IndexPresets.spatialVariables(
                c.spatial(), de.sozialraum.monitor.index.IndexPresets.of(c));
    assertThat(variables.apply(load.apply(""))).containsExactly("mss_status_index");
    assertThat(variables.apply(load.apply("spatial: {statistics: {permutations: 99}}")))
        .containsExactly("mss_status_index");
    assertThat(variables.apply(load.apply("spatial: {statistics: false}"))).isEmpty();
    MonitorConfig none = load.apply("spatial: {statistics: {variables: [], permutations: 99}}");
    assertThat(variables.apply(none)).isEmpty();
    assertThat(none.spatial().statistics().permutations()).isEqualTo(99);
    assertThat(variables.apply(load.apply("spatial: {statistics: {variables: [k]}}")))
        .containsExactly("k");
    MonitorConfig on = load.apply("spatial: {statistics: true}");
    assertThat(variables.apply(on)).containsExactly("mss_status_index");
    assertThat(on.spatial().statistics().permutations()).isEqualTo(999);
  }

  /**
   * A small valid configuration whose geometry and table files it writes into {@code dir}: one
   * table, one indicator, the MSS.
   */
  @Test
  void aRangedValueIsNeverSummedAndADeliveredChangeIsAValueIndicator(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("g.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
    Files.writeString(dir.resolve("a.csv"), "d;y;e;s;c\n");
    Path f =
        Files.writeString(
            dir.resolve("ranges.yaml"),
            """
        title: T
        geometry: {path: g.geojson, id_field: id, name_field: n}
        tables:
          - id: t
            path: a.csv
            district_column: d
            year_column: y
            columns: {ew: e, share: s, change: c}
            rates: [share]
            ranges: {change: {min: -100, max: 100}, share: {min: 0}, nope: {max: 1}, ew: {min: 5, max: 1}}
        population: {variable: ew}
        indicators:
          - {id: k, label: K, direction: higher_is_worse, numerator: [change], denominator: [ew], unit: percentage_points}
          - {id: s, label: S, direction: higher_is_worse, value: share}
        index: {presets: {mss: {status: [s], dynamic_delivered: [k]}}}
        """);
    assertThat(problemsOf(f))
        .anyMatch(p -> p.contains("/tables/0/ranges/share: 'share' is also listed under rates"))
        .anyMatch(p -> p.contains("/tables/0/ranges/nope: 'nope' is not one of this table's"))
        .anyMatch(p -> p.contains("/tables/0/ranges/ew: min 5.0 is above max 1.0"))
        .anyMatch(
            p ->
                p.contains("/indicators/0/numerator: 'change' is a plain value")
                    && p.contains("cannot be summed"))
        .anyMatch(p -> p.contains("/population/variable: 'ew' is a plain value"))
        .anyMatch(
            p ->
                p.contains(
                    "/indicators/0/unit: percentage_points is the unit of a delivered change"))
        .anyMatch(
            p ->
                p.contains(
                    "/index/presets/mss/dynamic_delivered: 'k' is computed from"
                        + " a numerator and a denominator"));
  }

  @Test
  void aTableIsKeyedByAYearColumnOrAGivenYearNotBoth(@TempDir Path dir) throws Exception {
    String base = minimal(dir);
    Path both =
        Files.writeString(
            dir.resolve("both.yaml"),
            base.replace("year_column: y,", "year_column: y, year: 2021,"));
    assertThat(problemsOf(both))
        .singleElement()
        .asString()
        .endsWith("/tables/0: give year_column, or year (exactly one of these)");
    Path given =
        Files.writeString(
            dir.resolve("given.yaml"), base.replace("year_column: y,", "year: 2021,"));
    assertThat(ConfigLoader.load(given).tables().get(0).keyColumns()).containsExactly("d");
  }

  @Test
  void aWeightsFileIsRequiredByNeighboursFileAndReadOnlyThen(@TempDir Path dir) throws Exception {
    String base = minimal(dir);
    Path none = Files.writeString(dir.resolve("none.yaml"), base + "spatial: {neighbours: file}\n");
    assertThat(problemsOf(none))
        .singleElement()
        .asString()
        .endsWith("/spatial: the required key 'neighbours_file' is missing");
    Path unused =
        Files.writeString(
            dir.resolve("unused.yaml"),
            base + "spatial: {neighbours: queen, neighbours_file: {path: fehlt.txt}}\n");
    assertThat(problemsOf(unused))
        .anyMatch(p -> p.contains("/spatial/neighbours_file: is read only with neighbours: file"))
        .anyMatch(p -> p.contains("/spatial/neighbours_file/path: file not found"));
    Files.writeString(dir.resolve("nb.txt"), "0 0 a b\n");
    Path unknownFormat =
        Files.writeString(
            dir.resolve("format.yaml"),
            base + "spatial: {neighbours: file, neighbours_file: {path: nb.txt}}\n");
    assertThatThrownBy(() -> ConfigLoader.load(unknownFormat))
        .hasMessageContaining("'nb.txt' does not end in .gal, .gwt or .csv; give its format");
    Path given =
        Files.writeString(
            dir.resolve("given.yaml"),
            base + "spatial: {neighbours: file, neighbours_file: {path: nb.txt, format: gal}}\n");
    assertThat(ConfigLoader.load(given).spatial().neighboursFile().file())
        .isEqualTo(dir.resolve("nb.txt"));
  }

  @Test
  void theReportComparesOnlyFurtherPresetsAndSaysWhichWereMeant(@TempDir Path dir)
      throws Exception {
    String base = minimal(dir);
    // mss is the headline of the minimal configuration: it has no further preset to compare
    Path headline =
        Files.writeString(dir.resolve("headline.yaml"), base + "report: {presets: [mss]}\n");
    assertThat(problemsOf(headline))
        .singleElement()
        .asString()
        .endsWith("/report/presets/0: 'mss' is not one of the further presets of index.presets []");
    Path two =
        Files.writeString(
            dir.resolve("two.yaml"),
            base.replace(
                    "index: {presets: {mss: {status: [k]}}}",
                    "index: {presets: {mss: {status: [k]}, svi: {themes: {a: [k]}}}}")
                + "report: {presets: [sv], chapters: [gesamtindex, ziele], indices: annex}\n");
    assertThat(problemsOf(two))
        .singleElement()
        .asString()
        .endsWith(
            "/report/presets/0: 'sv' is not one of the further presets of index.presets [svi];"
                + " did you mean 'svi'?");
  }

  @Test
  void aSheetNameExcelWouldRefuseIsRefusedAndAnyOtherAccepted(@TempDir Path dir) throws Exception {
    String base = minimal(dir);
    Path bad =
        Files.writeString(
            dir.resolve("bad.yaml"), base + "report: {labels: {sheet_targets: 'Ziele/Stand'}}\n");
    assertThat(problemsOf(bad))
        .singleElement()
        .asString()
        .endsWith(
            "/report/labels/sheet_targets: 'Ziele/Stand' cannot name a worksheet: at most 31"
                + " characters, none of [ ] : * ? / \\");
    Path good =
        Files.writeString(
            dir.resolve("good.yaml"), base + "report: {labels: {sheet_targets: 'Targets'}}\n");
    assertThat(problemsOf(good)).isEmpty();
  }

  @Test
  void withoutResidentsTheMinimumPopulationIsOffAndSettingItIsRefused(@TempDir Path dir)
      throws Exception {
    String base = minimal(dir).replace("population: {variable: ew}\n", "");
    Path none = Files.writeString(dir.resolve("none.yaml"), base);
    MonitorConfig c = ConfigLoader.load(none);
    assertThat(c.population().isDelivered()).isFalse();
    assertThat(c.validity().minPopulation()).isZero();
    Path set =
        Files.writeString(dir.resolve("set.yaml"), base + "validity: {min_population: 300}\n");
    assertThat(problemsOf(set))
        .singleElement()
        .asString()
        .contains("/validity/min_population: 300 needs the residents (population.variable)");
  }

  @Test
  void theDeliveredValidityComesFromAWideTableAndItsValuesAreValidOrInvalid(@TempDir Path dir)
      throws Exception {
    String base = minimal(dir);
    Path wrong =
        Files.writeString(
            dir.resolve("wrong.yaml"),
            base
                + "validity: {column: {table: ewx, column: KOM, valid: [gültig, offen],"
                + " invalid: [ungültig, offen]}}\n");
    assertThat(problemsOf(wrong))
        .anyMatch(
            p ->
                p.contains(
                    "/validity/column/table: 'ewx' is not a table under /tables; did you mean 'ew'?"))
        .anyMatch(p -> p.contains("/validity/column: [offen] listed as valid and as invalid"));
    Path missing =
        Files.writeString(
            dir.resolve("missing.yaml"),
            base + "validity: {column: {table: ew, column: KOM, valid: [gültig]}}\n");
    assertThat(problemsOf(missing))
        .singleElement()
        .asString()
        .endsWith("/validity/column: the required key 'invalid' is missing");
    Files.writeString(dir.resolve("a.csv"), "d;y;b;KOM\n");
    Path right =
        Files.writeString(
            dir.resolve("right.yaml"),
            base
                + "validity: {column: {table: ew, column: KOM, valid: [gültig],"
                + " invalid: [ungültig, geheim]}}\n");
    MonitorConfig.Table table = ConfigLoader.load(right).tables().get(0);
    assertThat(table.readColumns()).containsExactly("d", "y", "b", "KOM");
    assertThat(table.validityColumn().code("geheim")).isEqualTo(2);
    assertThat(table.validityColumn().value(2)).isEqualTo("geheim");
    assertThat(table.validityColumn().code("gueltig")).isEqualTo(-1);
  }

  @Test
  void disclosureFalseSwitchesEveryRuleOffAndTrueKeepsTheDefaults(@TempDir Path dir)
      throws Exception {
    String base = minimal(dir);
    MonitorConfig off =
        ConfigLoader.load(Files.writeString(dir.resolve("off.yaml"), base + "disclosure: false\n"));
    assertThat(off.disclosure().minCount()).isEqualTo(1);
    assertThat(off.disclosure().minDenominator()).isZero();
    assertThat(off.disclosure().isOff()).isTrue();
    MonitorConfig on =
        ConfigLoader.load(Files.writeString(dir.resolve("on.yaml"), base + "disclosure: true\n"));
    assertThat(on.disclosure().minCount()).isEqualTo(3);
    assertThat(on.disclosure().minDenominator()).isEqualTo(10);
    assertThat(on.disclosure().isOff()).isFalse();
  }

  /** The problems the loader reports for {@code file}; none for a valid one. */
  private static List<String> problemsOf(Path file) {
    ConfigException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ConfigException.class, () -> ConfigLoader.load(file));
    return e == null ? List.of() : e.problems();
  }

  private static String minimal(Path dir) throws Exception {
    Files.writeString(dir.resolve("g.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
    Files.writeString(dir.resolve("a.csv"), "d;y;b\n");
    return """
        title: T
        years: {from: 2020, to: 2022}
        geometry: {path: g.geojson, id_field: id, name_field: n}
        tables:
          - {id: ew, path: a.csv, district_column: d, year_column: y, columns: {ew: b}}
        population: {variable: ew}
        indicators:
          - {id: k, label: K, direction: higher_is_worse, numerator: [ew], denominator: [ew]}
        index: {presets: {mss: {status: [k]}}}
        """;
  }

  @Test
  void brokenYamlNamesTheFile(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("broken.yaml"), "title: [unclosed\n");
    assertThatThrownBy(() -> ConfigLoader.load(f))
        .hasMessageContaining("broken.yaml")
        .hasMessageContaining("not valid YAML");
  }
}
