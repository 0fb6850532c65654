package de.sozialraum.tools.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.sozialraum.monitor.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;

class SampleCountyGeneratorTest {

  @Test
  void socialSpacesTileTheCountyWithoutGapsOrOverlaps() {
    assertTilesTheCounty(new SampleCountyGenerator(SampleCountyGenerator.DEFAULT_SEED).districts());
  }

  @Test
  void aScaledCountyDividesEveryTownIntoKTimesAsManyNamedSocialSpaces() {
    List<SampleDistrict> sample =
        new SampleCountyGenerator(SampleCountyGenerator.DEFAULT_SEED).districts();
    List<SampleDistrict> city =
        new SampleCountyGenerator(SampleCountyGenerator.DEFAULT_SEED, 9).districts();
    // 63 social spaces, 9 times: 567
    assertThat(city).hasSize(9 * sample.size()).hasSize(567);
    for (SampleTown t : SampleTown.KREIS_UNNA) {
      assertThat(city).filteredOn(d -> d.town() == t).hasSize(9 * t.districts());
    }
    assertThat(city.stream().map(SampleDistrict::id).distinct().count()).isEqualTo(567);
    assertThat(city.stream().map(SampleDistrict::name).distinct().count()).isEqualTo(567);
    assertThat(city).anyMatch(d -> d.name().equals("Lünen-Altstadt 2"));
    assertTilesTheCounty(city);
  }

  private static void assertTilesTheCounty(List<SampleDistrict> districts) {
    assertThat(districts).hasSizeGreaterThanOrEqualTo(60);
    assertThat(districts.stream().map(d -> d.town().ags()).distinct().count())
        .isGreaterThanOrEqualTo(6);
    assertThat(districts).filteredOn(d -> d.population() < 300).hasSizeGreaterThanOrEqualTo(2);
    double sum = districts.stream().mapToDouble(d -> d.polygon().getArea()).sum();
    Geometry union =
        UnaryUnionOp.union(districts.stream().map(d -> (Geometry) d.polygon()).toList());
    // no overlaps: the parts add up to their union; no gaps: the union is one polygon without
    // holes, a rectangle
    assertThat(sum).isCloseTo(union.getArea(), within(union.getArea() * 1e-9));
    assertThat(union.getNumGeometries()).isEqualTo(1);
    assertThat(union.getArea())
        .isCloseTo(union.getEnvelope().getArea(), within(union.getArea() * 1e-9));
    districts.forEach(d -> assertThat(d.polygon().isValid()).isTrue());
    assertThat(
            new GeometryFactory()
                .createGeometryCollection(
                    districts.stream().map(SampleDistrict::polygon).toArray(Geometry[]::new))
                .getNumGeometries())
        .isEqualTo(districts.size());
  }

  @Test
  void sameSeedWritesTheSameBytesAsTheBundledSamples(@TempDir Path dir) throws Exception {
    new SampleCountyGenerator(SampleCountyGenerator.DEFAULT_SEED).generate(dir);
    Path bundled = RepoPaths.of("samples");
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> generated = files.filter(Files::isRegularFile).toList();
      assertThat(generated).hasSizeGreaterThanOrEqualTo(14);
      for (Path f : generated) {
        Path twin = bundled.resolve(dir.relativize(f).toString());
        assertThat(Files.mismatch(f, twin))
            .as("%s differs from the bundled sample (run scripts/monitor samples)", twin)
            .isEqualTo(-1L);
      }
    }
  }
}
