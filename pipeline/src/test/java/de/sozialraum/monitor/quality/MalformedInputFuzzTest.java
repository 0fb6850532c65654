package de.sozialraum.monitor.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import de.sozialraum.geodata.DistrictLayerLoader;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.io.GeodataException;
import de.sozialraum.geodata.io.LayerOptions;
import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.monitor.RepoPaths;
import de.sozialraum.monitor.config.ConfigException;
import de.sozialraum.monitor.config.ConfigLoader;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.ingest.CsvTableReader;
import de.sozialraum.monitor.ingest.ParsedRecord;
import de.sozialraum.monitor.ingest.RecordLayout;
import de.sozialraum.monitor.ingest.TableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated corpus of 1,200 malformed inputs, each a sample file broken by one to three {@link
 * Mutations}: 500 indicator tables, 400 geometry files and 300 configurations. Every one must
 * either be read (with every bad record rejected under a rule, on its line) or refused with the
 * reader's own exception, whose message names the file. Anything else (a NullPointerException, an
 * IllegalStateException from a parser, an OutOfMemoryError) is a crash without a clear message, and
 * fails the case; the case's name carries its seed to reproduce it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputFuzzTest {

  private static final long SEED = 20_261_123L;

  @TempDir Path dir;
  private MonitorConfig sample;

  @BeforeAll
  void loadTheSample() throws Exception {
    sample = ConfigLoader.load(RepoPaths.of("config/sample.yaml"));
  }

  @TestFactory
  Stream<DynamicTest> malformedIndicatorTablesAreReadWithRejectsOrRefusedNamingTheFile() {
    return IntStream.range(0, 500)
        .mapToObj(
            i -> {
              MonitorConfig.Table t = sample.tables().get(i % sample.tables().size());
              long seed = SEED + i;
              return DynamicTest.dynamicTest(
                  "table " + t.id() + " #" + i + " (seed " + seed + ")",
                  () -> {
                    Mutations.Result m = Mutations.mutate(Files.readAllBytes(t.file()), seed);
                    Path f = Files.write(dir.resolve(t.file().getFileName()), m.bytes());
                    List<ParsedRecord> records = new ArrayList<>();
                    try {
                      new CsvTableReader(relocated(t, f), RecordLayout.of(sample.tables()))
                          .read(records::add);
                    } catch (TableException e) {
                      assertThat(e.getMessage())
                          .as(m.description())
                          .startsWith(f.getFileName().toString() + ": ");
                      return;
                    } catch (RuntimeException | Error e) {
                      fail(m.description() + ": crashed without a clear message", e);
                    }
                    long lines =
                        new String(m.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)
                            .lines()
                            .count();
                    for (ParsedRecord r : records) {
                      assertThat(r.where().source()).isEqualTo(f.getFileName().toString());
                      assertThat(r.where().line())
                          .as(m.description())
                          .isBetween(2L, Math.max(2L, lines + 1));
                      if (r.kind() == ParsedRecord.Kind.REJECT) {
                        assertThat(r.rejects()).as(m.description()).hasSize(1);
                      }
                      for (ParsedRecord.Reject j : r.rejects()) {
                        assertThat(j.rule()).as(m.description()).isNotBlank();
                        assertThat(j.message()).as(m.description()).isNotBlank();
                      }
                    }
                  });
            });
  }

  @TestFactory
  Stream<DynamicTest> malformedGeometryFilesAreReadWithIssuesOrRefusedNamingTheFile()
      throws Exception {
    byte[] original = Files.readAllBytes(sample.geometry().path());
    MonitorConfig.Geometry g = sample.geometry();
    DistrictLayerLoader loader =
        new DistrictLayerLoader(CrsResolver.decode(sample.workingCrs()), g.maxRepairAreaChange());
    DistrictLayerLoader.Fields fields =
        new DistrictLayerLoader.Fields(
            g.idField(), g.nameField(), g.parentIdField(), g.parentNameField());
    return IntStream.range(0, 400)
        .mapToObj(
            i -> {
              long seed = SEED + 10_000 + i;
              return DynamicTest.dynamicTest(
                  "geometry #" + i + " (seed " + seed + ")",
                  () -> {
                    Mutations.Result m = Mutations.mutate(original, seed);
                    Path f = Files.write(dir.resolve("sozialraeume.geojson"), m.bytes());
                    DistrictLayer layer;
                    try {
                      layer =
                          loader.load(
                              f,
                              g.format(),
                              new LayerOptions(
                                  Optional.ofNullable(g.crs()),
                                  null,
                                  g.wktColumn(),
                                  g.delimiter().charAt(0)),
                              fields);
                    } catch (GeodataException e) {
                      assertThat(e.getMessage())
                          .as(m.description())
                          .contains("sozialraeume.geojson");
                      return;
                    } catch (RuntimeException | Error e) {
                      fail(m.description() + ": crashed without a clear message", e);
                      return;
                    }
                    assertThat(layer.districts().size() + layer.rejectedCount())
                        .as(m.description() + ": every feature used or rejected")
                        .isEqualTo(layer.featuresRead());
                    layer
                        .issues()
                        .forEach(
                            issue -> {
                              assertThat(issue.location()).as(m.description()).isNotBlank();
                              assertThat(issue.problem()).as(m.description()).isNotBlank();
                            });
                  });
            });
  }

  @TestFactory
  Stream<DynamicTest> malformedConfigurationsLoadOrListTheirProblemsNamingTheFile()
      throws Exception {
    // the configuration folder's neighbours, so that the sample's relative paths still resolve
    Path config = Files.createDirectories(dir.resolve("config"));
    Files.createSymbolicLink(dir.resolve("samples"), RepoPaths.of("samples"));
    byte[] original = Files.readAllBytes(RepoPaths.of("config/sample.yaml"));
    return IntStream.range(0, 300)
        .mapToObj(
            i -> {
              long seed = SEED + 20_000 + i;
              return DynamicTest.dynamicTest(
                  "configuration #" + i + " (seed " + seed + ")",
                  () -> {
                    Mutations.Result m = Mutations.mutate(original, seed);
                    Path f = Files.write(config.resolve("kreis.yaml"), m.bytes());
                    try {
                      ConfigLoader.load(f);
                    } catch (ConfigException e) {
                      assertThat(e.getMessage()).as(m.description()).startsWith(f + ": ");
                      assertThat(e.problems())
                          .as(m.description())
                          .isNotEmpty()
                          .allSatisfy(p -> assertThat(p).isNotBlank());
                    } catch (RuntimeException | Error e) {
                      fail(m.description() + ": crashed without a clear message", e);
                    }
                  });
            });
  }

  private static MonitorConfig.Table relocated(MonitorConfig.Table t, Path file) {
    return new MonitorConfig.Table(
        t.id(),
        t.description(),
        file.toString(),
        t.format(),
        t.layout(),
        t.encoding(),
        t.delimiter(),
        t.decimal(),
        t.thousands(),
        t.na(),
        t.districtColumn(),
        t.districtIdWidth(),
        t.yearColumn(),
        t.year(),
        t.columns(),
        t.variableColumn(),
        t.valueColumn(),
        t.variables(),
        t.rates(),
        t.ranges(),
        t.zoning(),
        t.counted(),
        t.validityColumn());
  }
}
