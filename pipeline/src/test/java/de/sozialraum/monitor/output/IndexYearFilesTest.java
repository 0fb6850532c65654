package de.sozialraum.monitor.output;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.crs.ResolvedCrs;
import de.sozialraum.geodata.model.District;
import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.monitor.RepoPaths;
import de.sozialraum.monitor.config.ConfigLoader;
import de.sozialraum.monitor.config.MonitorConfig;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class IndexYearFilesTest {

  /** A run of {@code n} districts in UTM 32N: the sheet rule looks at nothing else. */
  private static RunTables districts(int n) throws Exception {
    return districts(n, CrsResolver.decode("EPSG:25832"), null);
  }

  private static RunTables districts(int n, ResolvedCrs working, MonitorConfig config) {
    District d = new District("05978004001", "Mitte", null, null, null, "g");
    return new RunTables(
        config,
        new DistrictLayer(null, null, working, n, Collections.nCopies(n, d), java.util.List.of()),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void aYearFillsASheetExactlyWhenItsRowsAndTheHeaderAre1048576() {
    // a worksheet has 2^20 = 1,048,576 rows; the header takes one of them
    assertThat(IndexYearFiles.fitsASheet(1_048_575)).isTrue();
    assertThat(IndexYearFiles.fitsASheet(1_048_576)).isFalse();
  }

  @Test
  void planarDistrictsHaveNoGeoJsonAndTheManifestIsToldWhy() throws Exception {
    MonitorConfig sample = ConfigLoader.load(RepoPaths.of("config/sample.yaml"));
    assertThat(new IndexYearFiles().omitted(districts(63, ResolvedCrs.planar("declared"), sample)))
        .singleElement()
        .asString()
        .startsWith("geojson/indices_<year>.geojson not written: the districts are in a plane")
        .contains("indices_geo.parquet, whose CRS is stated as unknown");
  }

  @Test
  void yearsTooLargeForASheetAreLeftOutAndTheManifestIsToldWhereTheTableIs() throws Exception {
    IndexYearFiles files = new IndexYearFiles();
    assertThat(files.omitted(districts(1_048_575))).isEmpty();
    assertThat(files.omitted(districts(1_048_576)))
        .singleElement()
        .satisfies(
            n ->
                assertThat(n)
                    .startsWith("csv/indices_<year>.csv not written: a year has 1048576 districts")
                    .contains("1048575 rows below its header")
                    .contains("indices/ (Parquet")
                    .contains("indices_geo.parquet"));
  }
}
