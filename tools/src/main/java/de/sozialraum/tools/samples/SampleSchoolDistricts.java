package de.sozialraum.tools.samples;

import de.sozialraum.geodata.io.GeoJsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The part of the sample delivered on another zoning, as school statistics are: primary school
 * districts (Grundschulbezirke) drawn independently of the social spaces inside each town, building
 * blocks with residents (the weights of the population crosswalk), and the Schulamt's transitions
 * after class 4 per school district. The transitions are drawn per social space from its
 * disadvantage, spread over its blocks by residents and summed per school district, so a crosswalk
 * by residents recovers the social spaces' counts up to rounding.
 */
final class SampleSchoolDistricts {

  private static final int BLOCKS_PER_DISTRICT = 24;

  private final List<SampleDistrict> districts;
  private final Map<String, int[][]> ages;
  private final SplittableRandom rnd;

  SampleSchoolDistricts(
      List<SampleDistrict> districts, Map<String, int[][]> ages, SplittableRandom rnd) {
    this.districts = districts;
    this.ages = ages;
    this.rnd = rnd;
  }

  private record Zone(String id, String name, String town, Geometry geometry) {}

  private record Block(int district, Point point, int residents) {}

  void write(Path dir) throws IOException {
    List<Zone> zones = zones();
    List<Block> blocks = blocks();
    writeZones(dir.resolve("geometrie/grundschulbezirke.geojson"), zones);
    try (CSVPrinter csv =
        SampleCountyGenerator.printer(
            dir.resolve("geometrie/baubloecke.csv"),
            StandardCharsets.UTF_8,
            SampleCountyGenerator.SEMICOLON,
            false)) {
      csv.printRecord("block_id", "einwohner", "wkt");
      for (int b = 0; b < blocks.size(); b++) {
        Coordinate c = blocks.get(b).point().getCoordinate();
        csv.printRecord(
            String.format(Locale.ROOT, "B%05d", b + 1),
            blocks.get(b).residents(),
            String.format(Locale.ROOT, "POINT (%.2f %.2f)", c.x, c.y));
      }
    }
    writeTransitions(dir.resolve("schulwechsel_grundschulbezirke.csv"), zones, blocks);
  }

  /**
   * Per town a Voronoi partition of its area with about three school districts for every four
   * social spaces.
   */
  private List<Zone> zones() {
    Map<String, List<SampleDistrict>> byTown = new LinkedHashMap<>();
    districts.forEach(d -> byTown.computeIfAbsent(d.town().ags(), t -> new ArrayList<>()).add(d));
    List<Zone> out = new ArrayList<>();
    for (List<SampleDistrict> town : byTown.values()) {
      Geometry area =
          CascadedPolygonUnion.union(town.stream().map(d -> (Geometry) d.polygon()).toList());
      int n = Math.max(2, Math.round(town.size() * 0.75f));
      List<Coordinate> seeds = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        seeds.add(SampleCountyGenerator.pointIn(area, rnd));
      }
      VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
      voronoi.setSites(seeds);
      voronoi.setClipEnvelope(area.getEnvelopeInternal());
      Geometry cells = voronoi.getDiagram(SampleCountyGenerator.GF);
      for (int i = 0; i < cells.getNumGeometries(); i++) {
        Geometry clipped =
            GeometryPrecisionReducer.reduce(
                cells.getGeometryN(i).intersection(area), new PrecisionModel(100));
        SampleTown t = town.get(0).town();
        out.add(
            new Zone(
                String.format(Locale.ROOT, "GS-%s-%02d", t.ags(), i + 1),
                "Grundschulbezirk " + t.name() + " " + (i + 1),
                t.name(),
                clipped));
      }
    }
    return out;
  }

  /** Building blocks inside each social space whose residents add up to its 2016 population. */
  private List<Block> blocks() {
    List<Block> out = new ArrayList<>();
    for (int d = 0; d < districts.size(); d++) {
      SampleDistrict district = districts.get(d);
      double[] weight = new double[BLOCKS_PER_DISTRICT];
      double total = 0;
      for (int b = 0; b < weight.length; b++) {
        weight[b] = Math.exp(0.8 * rnd.nextGaussian());
        total += weight[b];
      }
      int left = district.population();
      for (int b = 0; b < weight.length; b++) {
        int residents =
            b == weight.length - 1
                ? left
                : Math.min(left, (int) Math.round(district.population() * weight[b] / total));
        left -= residents;
        out.add(
            new Block(
                d,
                SampleCountyGenerator.GF.createPoint(
                    SampleCountyGenerator.pointIn(district.polygon(), rnd)),
                residents));
      }
    }
    return out;
  }

  private static void writeZones(Path file, List<Zone> zones) throws IOException {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("name", "grundschulbezirke");
    members.put("hinweis", SampleCountyGenerator.NOTICE);
    try (OutputStream out = Files.newOutputStream(file);
        GeoJsonWriter w = GeoJsonWriter.projected(out, 25832, members)) {
      for (Zone z : zones) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("schulbezirk", z.id());
        p.put("name", z.name());
        p.put("gemeinde", z.town());
        w.write(null, z.geometry(), p);
      }
    }
  }

  /**
   * Transitions after class 4 (about a fifth of the 10–14-year-olds) and those to a Gymnasium, per
   * school district.
   */
  private void writeTransitions(Path file, List<Zone> zones, List<Block> blocks)
      throws IOException {
    int[] zoneOf = new int[blocks.size()];
    int[] residents = new int[districts.size()];
    for (int b = 0; b < blocks.size(); b++) {
      zoneOf[b] = -1;
      for (int z = 0; z < zones.size() && zoneOf[b] < 0; z++) {
        zoneOf[b] = zones.get(z).geometry().covers(blocks.get(b).point()) ? z : -1;
      }
      residents[blocks.get(b).district()] += blocks.get(b).residents();
    }
    try (CSVPrinter csv =
        SampleCountyGenerator.printer(
            file, StandardCharsets.UTF_8, SampleCountyGenerator.SEMICOLON, false)) {
      csv.printRecord(
          "Schulbezirk",
          "Schuljahr (Beginn)",
          "Übergänge nach Klasse 4",
          "davon auf ein Gymnasium");
      for (int y = SampleCountyGenerator.FIRST_YEAR; y <= SampleCountyGenerator.LAST_YEAR; y++) {
        double[][] perZone = new double[zones.size()][2];
        for (int d = 0; d < districts.size(); d++) {
          SampleDistrict district = districts.get(d);
          int all =
              SampleCountyGenerator.binomial(
                  rnd, ages.get(district.id())[y - SampleCountyGenerator.FIRST_YEAR][3], 0.2);
          int gymnasium =
              SampleCountyGenerator.binomial(rnd, all, 0.62 - 0.4 * district.deprivationIn(y));
          for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b).district() == d && zoneOf[b] >= 0 && residents[d] > 0) {
              double share = blocks.get(b).residents() / (double) residents[d];
              perZone[zoneOf[b]][0] += all * share;
              perZone[zoneOf[b]][1] += gymnasium * share;
            }
          }
        }
        for (int z = 0; z < zones.size(); z++) {
          csv.printRecord(
              zones.get(z).id(),
              y,
              Math.round(perZone[z][0]),
              Math.min(Math.round(perZone[z][0]), Math.round(perZone[z][1])));
        }
      }
    }
  }
}
