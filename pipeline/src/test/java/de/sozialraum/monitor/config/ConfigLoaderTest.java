package de.sozialraum.monitor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.sozialraum.monitor.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @Test
  void documentedSampleConfigurationIsValid() throws Exception {
    MonitorConfig c = ConfigLoader.load(RepoPaths.of("config/sample.yaml"));
    assertThat(c.tables()).hasSize(4);
    assertThat(c.index().status()).containsExactly("kinderarmut", "sgb2_elb_quote", "arbeitslosigkeit", "alleinerziehende");
    assertThat(c.tables().get(1).isRate("sgb2_quote")).isTrue();
    assertThat(c.sha256()).hasSize(64);
  }

  @Test
  void everySchemaProblemIsReportedAtOnceWithItsPath(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("bad.yaml"), """
        title: ""
        geometry: {path: x.geojson, id_field: id}
        tables:
          - {id: Ew, path: a.csv, district_column: d, year_column: y, columns: {a: b}, decimal: ";"}
        population: {variable: a}
        indicators:
          - {id: k, label: K, direction: sideways, numerator: [a]}
        index: {method: imd, status: [k]}
        colour: red
        """);
    assertThatThrownBy(() -> ConfigLoader.load(f)).isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
        .anyMatch(p -> p.startsWith("$.title"))
        .anyMatch(p -> p.startsWith("$.geometry") && p.contains("name_field"))
        .anyMatch(p -> p.startsWith("$.tables[0].id"))
        .anyMatch(p -> p.startsWith("$.tables[0].decimal"))
        .anyMatch(p -> p.startsWith("$.indicators[0].direction"))
        .anyMatch(p -> p.startsWith("$.index.method"))
        .anyMatch(p -> p.contains("colour")));
  }

  @Test
  void crossReferencesAreCheckedAfterTheSchema(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("g.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
    Files.writeString(dir.resolve("a.csv"), "d;y;b\n");
    Path f = Files.writeString(dir.resolve("refs.yaml"), """
        title: T
        geometry: {path: g.geojson, id_field: id, name_field: n}
        tables:
          - {id: ew, path: a.csv, district_column: d, year_column: y, columns: {ew: b}, rates: [nope]}
          - {id: fehlt, path: missing.csv, district_column: d, year_column: y, columns: {x: c}}
        population: {variable: einwohner}
        indicators:
          - {id: k, label: K, direction: higher_is_worse, numerator: [ew], denominator: [unknown_var]}
        index: {method: mss, status: [k, undefined_indicator]}
        """);
    assertThatThrownBy(() -> ConfigLoader.load(f)).isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
        .anyMatch(p -> p.startsWith("/tables/0/rates") && p.contains("'nope'"))
        .anyMatch(p -> p.startsWith("/tables/1/path") && p.contains("missing.csv"))
        .anyMatch(p -> p.startsWith("/population/variable"))
        .anyMatch(p -> p.contains("'unknown_var' is not delivered"))
        .anyMatch(p -> p.contains("'undefined_indicator' is not defined")));
  }

  @Test
  void brokenYamlNamesTheFile(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("broken.yaml"), "title: [unclosed\n");
    assertThatThrownBy(() -> ConfigLoader.load(f)).hasMessageContaining("broken.yaml").hasMessageContaining("not valid YAML");
  }
}
