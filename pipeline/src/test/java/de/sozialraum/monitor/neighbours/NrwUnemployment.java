package de.sozialraum.monitor.neighbours;

import de.sozialraum.geodata.DistrictLayerLoader;
import de.sozialraum.geodata.SharedData;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.io.LayerOptions;
import de.sozialraum.geodata.model.District;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real reference data for the spatial statistics: NRW's municipalities (VG5000, ../shared/data) in
 * EPSG:25832 with their 2019 unemployment per 1,000 residents of working age (INKAR), and the same
 * polygons as exact WKT for R.
 */
public record NrwUnemployment(List<District> districts, double[] rate, Path wkt) {

  public static NrwUnemployment load(Path dir) throws Exception {
    Path shapes = SharedData.require("de_vg5000_gemeinden/nrw_gemeinden_vg5000_2021_wgs84.geojson");
    Map<String, Double> unemployed =
        inkar(SharedData.require("inkar_gisd_inputs/csv/A_Arbeitslosigkeit.csv"), "2019");
    Map<String, Double> working =
        inkar(SharedData.require("inkar_gisd_inputs/csv/A_ErwerbsfaehigeBevoelkerung.csv"), "2019");
    List<District> districts =
        new DistrictLayerLoader(CrsResolver.decode("EPSG:25832"), 0.001)
                .load(
                    shapes,
                    null,
                    LayerOptions.defaults(),
                    new DistrictLayerLoader.Fields("AGS", "GEN", null, null))
                .districts()
                .stream()
                .filter(d -> unemployed.containsKey(d.id()) && working.containsKey(d.id()))
                .toList();
    double[] x =
        districts.stream()
            .mapToDouble(d -> 1000 * unemployed.get(d.id()) / working.get(d.id()))
            .toArray();
    Path wkt = dir.resolve("nrw.wkt");
    Files.write(
        wkt, districts.stream().map(d -> ContiguityReferenceTest.exactWkt(d.geometry())).toList());
    return new NrwUnemployment(districts, x, wkt);
  }

  public List<org.locationtech.jts.geom.Geometry> geometries() {
    return districts.stream().map(d -> (org.locationtech.jts.geom.Geometry) d.geometry()).toList();
  }

  /** R code that defines {@code g} (the polygons) and {@code x} (the rates). */
  public String r() {
    return "suppressMessages({library(sf); library(spdep)}); g <- st_as_sfc(readLines('"
        + wkt
        + "')); x <- "
        + de.sozialraum.monitor.RReference.vector(rate)
        + "; ";
  }

  /** One year's column of an INKAR export (two header lines: names, then years). */
  private static Map<String, Double> inkar(Path csv, String year) throws Exception {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> years = List.of(lines.get(1).replace("\"", "").split(",", -1));
    int col = years.indexOf(year);
    Map<String, Double> out = new HashMap<>();
    for (String line : lines.subList(2, lines.size())) {
      String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
      String value = f[col].replace("\"", "");
      if (!value.isEmpty()) {
        out.put(f[0].replace("\"", ""), Double.parseDouble(value));
      }
    }
    return out;
  }
}
