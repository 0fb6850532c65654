package de.sozialraum.tools.samples;

import de.sozialraum.geodata.crs.CrsException;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.crs.Reprojector;
import de.sozialraum.geodata.io.GeoJsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.geotools.api.referencing.operation.TransformException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Writes the synthetic sample county ("Kreis Unna (synthetisch)"): social-space polygons that tile
 * each town, 2016–2024 indicator sources in the formats real providers deliver, and a layer of
 * offers. Every number is drawn from a seeded generator, so the same seed gives the same bytes.
 * Town names, AGS and rough positions are real so the map is recognisable; all districts, names of
 * social spaces and figures are invented.
 */
public final class SampleCountyGenerator {

  static final int FIRST_YEAR = 2016;
  static final int LAST_YEAR = 2024;
  public static final long DEFAULT_SEED = 20_161_224L;
  static final String NOTICE =
      "SYNTHETISCHE BEISPIELDATEN – erfunden, keine amtlichen Zahlen (Sozialraum-Monitor samples)";

  static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(), 25832);
  static final CSVFormat SEMICOLON =
      CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").build();
  private static final CSVFormat COMMA =
      CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

  /**
   * Pockets of disadvantage (lon, lat, strength, radius in m) and of affluence (negative strength).
   */
  private static final double[][] POCKETS = {
    {7.507, 51.640, 0.75, 2600}, // north of Lünen
    {7.628, 51.620, 0.65, 2200}, // Bergkamen centre
    {7.700, 51.548, 0.45, 1800}, // Unna-Königsborn
    {7.760, 51.602, 0.40, 1700}, // Bönen
    {7.560, 51.448, 0.30, 1500}, // Schwerte centre
    {7.640, 51.675, -0.30, 3500}, // Werne
    {7.610, 51.492, -0.35, 3000}, // Holzwickede south
    {7.470, 51.705, -0.20, 3000}, // Cappenberg
  };

  private final long seed;
  private final int scale;

  public SampleCountyGenerator(long seed) {
    this(seed, 1);
  }

  /**
   * @param scale how many times the sample's social spaces each town is divided into: 9 gives a
   *     city-sized set of 567 (for the report's and the atlas's size limits); 1 is the sample
   */
  public SampleCountyGenerator(long seed, int scale) {
    if (scale < 1 || scale > 80) {
      throw new IllegalArgumentException("scale " + scale + ": from 1 to 80");
    }
    this.seed = seed;
    this.scale = scale;
  }

  /** What was written, for the command's summary line. */
  public record Summary(Path clean, Path defective, int districts, int years, int offers) {}

  public Summary generate(Path samplesDir) throws IOException {
    List<SampleDistrict> districts = districts();
    Path clean = samplesDir.resolve("kreis-unna");
    Files.createDirectories(clean.resolve("geometrie"));
    writeGeometry(clean.resolve("geometrie/sozialraeume.geojson"), districts);
    writeNeighbours(clean.resolve("geometrie/nachbarschaften.gal"), districts);
    writeLocalPlane(clean.resolve("geometrie/sozialraeume_lokal.csv"), districts);
    writeDistrictList(clean.resolve("sozialraeume_liste.csv"), districts);
    SampleLogo.write(clean.resolve("logo.svg"), districts);
    SplittableRandom counts = new SplittableRandom(seed ^ 0x5A5A5A5AL);
    Map<String, int[][]> ages =
        writePopulation(clean.resolve("einwohner_altersgruppen.csv"), districts, counts);
    Map<String, int[][]> jobcenter =
        writeJobcenter(clean.resolve("jobcenter_sgb2.csv"), districts, ages, counts);
    writeSchoolEntry(clean.resolve("schuleingangsuntersuchung.csv"), districts, ages, counts);
    Map<String, int[][]> households =
        writeHouseholds(clean.resolve("haushalte.csv"), districts, ages, counts);
    writeMssDelivery(
        clean.resolve("mss_lieferung_" + LAST_YEAR + ".csv"),
        districts,
        ages,
        jobcenter,
        households);
    int offers =
        writeOffers(
            clean.resolve("angebote.csv"), districts, new SplittableRandom(seed ^ 0x0FFE45L));
    new SampleSchoolDistricts(districts, ages, new SplittableRandom(seed ^ 0x5C4001L)).write(clean);
    Files.writeString(
        clean.resolve("LIESMICH.txt"), readme(districts.size(), offers), StandardCharsets.UTF_8);
    Path defective = samplesDir.resolve("kreis-unna-defekt");
    new SampleDefects(clean, defective).write();
    return new Summary(clean, defective, districts.size(), LAST_YEAR - FIRST_YEAR + 1, offers);
  }

  // ---- geometry
  // ---------------------------------------------------------------------------------------------

  List<SampleDistrict> districts() {
    Reprojector toUtm = utm();
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Coordinate> centres = new ArrayList<>();
    for (SampleTown t : SampleTown.KREIS_UNNA) {
      centres.add(project(toUtm, t.lon(), t.lat()));
    }
    Envelope county = new Envelope();
    centres.forEach(county::expandToInclude);
    county.expandBy(5000);
    List<Coordinate> seeds = new ArrayList<>();
    List<Integer> townOf = new ArrayList<>();
    for (int t = 0; t < SampleTown.KREIS_UNNA.length; t++) {
      SampleTown town = SampleTown.KREIS_UNNA[t];
      int districts = town.districts() * scale;
      double spread = 900 + 260 * Math.sqrt(districts);
      // seeds as far apart as the sample's, shrunk so that k times as many fit the same towns
      double apart = 700 / Math.sqrt(scale);
      int placed = 0;
      while (placed < districts) {
        Coordinate c =
            new Coordinate(
                centres.get(t).x + spread * rnd.nextGaussian(),
                centres.get(t).y + spread * rnd.nextGaussian());
        if (county.contains(c) && nearest(centres, c) == t && farFromAll(seeds, c, apart)) {
          seeds.add(c);
          townOf.add(t);
          placed++;
        }
      }
    }
    VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
    voronoi.setSites(seeds);
    voronoi.setClipEnvelope(county);
    Geometry cells = voronoi.getDiagram(GF);
    Geometry frame = GF.toGeometry(county);
    Map<Coordinate, Polygon> cellOf = new LinkedHashMap<>();
    for (int i = 0; i < cells.getNumGeometries(); i++) {
      Geometry cell = cells.getGeometryN(i);
      // Clip to the county and snap to a centimetre grid: neighbouring cells share the very same
      // vertices.
      Geometry clipped =
          GeometryPrecisionReducer.reduce(cell.intersection(frame), new PrecisionModel(100));
      cellOf.put((Coordinate) cell.getUserData(), (Polygon) clipped);
    }
    List<SampleDistrict> out = new ArrayList<>();
    int[] counter = new int[SampleTown.KREIS_UNNA.length];
    for (int s = 0; s < seeds.size(); s++) {
      int t = townOf.get(s);
      SampleTown town = SampleTown.KREIS_UNNA[t];
      int number = ++counter[t];
      Polygon poly = cellOf.get(seeds.get(s));
      Point centre = poly.getCentroid();
      double d = latentDeprivation(toUtm, centre.getCoordinate()) + 0.06 * rnd.nextGaussian();
      double trend = trendAt(toUtm, centre.getCoordinate()) + 0.004 * rnd.nextGaussian();
      // beyond the sample's quarters, each quarter again with a number: "Altstadt 2"
      int round = (number - 1) / town.quarters().length;
      String quarter =
          town.quarters()[(number - 1) % town.quarters().length]
              + (round == 0 ? "" : " " + (round + 1));
      // industrial estates and a hamlet: the "fewer than 300 residents" cases every real monitoring
      // has
      boolean tiny =
          quarter.startsWith("Gewerbegebiet")
              || quarter.startsWith("Industriegebiet")
              || quarter.equals("Cappenberg");
      int population =
          tiny
              ? 120 + rnd.nextInt(160)
              : (int)
                  Math.round(
                      town.population()
                          / (double) (town.districts() * scale)
                          * Math.exp(0.35 * rnd.nextGaussian()));
      out.add(
          new SampleDistrict(
              town.ags() + String.format(Locale.ROOT, "%03d", number),
              town.name() + "-" + quarter,
              town,
              poly,
              clamp(d),
              trend,
              population));
    }
    return out;
  }

  private static boolean farFromAll(List<Coordinate> seeds, Coordinate c, double minDistance) {
    return seeds.stream().allMatch(s -> s.distance(c) >= minDistance);
  }

  private static int nearest(List<Coordinate> centres, Coordinate c) {
    int best = 0;
    for (int i = 1; i < centres.size(); i++) {
      if (centres.get(i).distance(c) < centres.get(best).distance(c)) {
        best = i;
      }
    }
    return best;
  }

  private static double latentDeprivation(Reprojector toUtm, Coordinate c) {
    double d = 0.28;
    for (double[] p : POCKETS) {
      double dist = project(toUtm, p[0], p[1]).distance(c);
      d += p[2] * Math.exp(-0.5 * (dist / p[3]) * (dist / p[3]));
    }
    return d;
  }

  /**
   * Bergkamen and Bönen drift into disadvantage, Lünen's north improves: the dynamic index has
   * something to show.
   */
  private static double trendAt(Reprojector toUtm, Coordinate c) {
    double worse = Math.exp(-0.5 * Math.pow(project(toUtm, 7.70, 51.61).distance(c) / 3500, 2));
    double better = Math.exp(-0.5 * Math.pow(project(toUtm, 7.507, 51.640).distance(c) / 3000, 2));
    return 0.022 * worse - 0.020 * better;
  }

  private static double clamp(double d) {
    return Math.max(0.02, Math.min(0.98, d));
  }

  private static Reprojector utm() {
    try {
      return new Reprojector(CrsResolver.wgs84LonLat(), CrsResolver.decode("EPSG:25832"));
    } catch (CrsException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Coordinate project(Reprojector r, double lon, double lat) {
    try {
      return r.apply(new Coordinate(lon, lat));
    } catch (TransformException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A GIS analyst's weights file, as GeoDa writes it: queen contiguity of the social spaces with
   * vertices within 1 cm counting as shared, for {@code spatial.neighbours: file}.
   */
  private static void writeNeighbours(Path file, List<SampleDistrict> districts)
      throws IOException {
    de.sozialraum.geodata.neighbours.NeighbourList nb =
        de.sozialraum.geodata.neighbours.Contiguity.queen(
            districts.stream().map(SampleDistrict::polygon).toList(), 0.01);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      nb.writeGal(
          w, districts.stream().map(SampleDistrict::id).toList(), "sozialraeume", "sozialraum_id");
    }
  }

  private static void writeGeometry(Path file, List<SampleDistrict> districts) throws IOException {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("name", "sozialraeume");
    members.put("hinweis", NOTICE);
    try (OutputStream out = Files.newOutputStream(file);
        GeoJsonWriter w = GeoJsonWriter.projected(out, 25832, members)) {
      for (SampleDistrict d : districts) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("sozialraum_id", d.id());
        p.put("name", d.name());
        p.put("gemeinde_id", d.town().ags());
        p.put("gemeinde", d.town().name());
        w.write(null, d.polygon(), p);
      }
    }
  }

  /**
   * The social spaces as a planning office's CAD or a study's own grid delivers them: plane
   * coordinates with an origin of their own (the county's south-west, 390 km east and 5,700 km
   * north in UTM 32N) and no CRS anywhere, as WKT in a CSV, to the centimetre as the GeoJSON.
   */
  private static void writeLocalPlane(Path file, List<SampleDistrict> districts)
      throws IOException {
    try (CSVPrinter csv = printer(file, StandardCharsets.UTF_8, SEMICOLON, false)) {
      csv.printRecord("sozialraum_id", "name", "gemeinde_id", "gemeinde", "wkt");
      for (SampleDistrict d : districts) {
        Polygon p = d.polygon();
        StringBuilder wkt = new StringBuilder("POLYGON (");
        for (int r = 0; r <= p.getNumInteriorRing(); r++) {
          Coordinate[] ring =
              (r == 0 ? p.getExteriorRing() : p.getInteriorRingN(r - 1)).getCoordinates();
          wkt.append(r == 0 ? "(" : ", (");
          for (int i = 0; i < ring.length; i++) {
            wkt.append(i == 0 ? "" : ", ")
                .append(
                    String.format(
                        Locale.ROOT, "%.2f %.2f", ring[i].x - 390_000, ring[i].y - 5_700_000));
          }
          wkt.append(')');
        }
        csv.printRecord(
            d.id(), d.name(), d.town().ags(), d.town().name(), wkt.append(')').toString());
      }
    }
  }

  /** The districts as a plain list, as a statistics office keeps them beside its tables. */
  private static void writeDistrictList(Path file, List<SampleDistrict> districts)
      throws IOException {
    try (CSVPrinter csv = printer(file, StandardCharsets.UTF_8, SEMICOLON, false)) {
      csv.printRecord("sozialraum_id", "name", "gemeinde_id", "gemeinde");
      for (SampleDistrict d : districts) {
        csv.printRecord(d.id(), d.name(), d.town().ags(), d.town().name());
      }
    }
  }

  // ---- indicator sources
  // ------------------------------------------------------------------------------------

  /** Age bands of the Einwohnermeldeamt export; the order of {@code int[year][band]}. */
  static final String[] AGE_BANDS = {
    "unter 3",
    "3 bis 5",
    "6 bis 9",
    "10 bis 14",
    "15 bis 17",
    "18 bis 24",
    "25 bis 64",
    "65 und älter"
  };

  private static final double[] AGE_SHARES = {
    0.027, 0.027, 0.036, 0.045, 0.028, 0.075, 0.53, 0.232
  };

  private Map<String, int[][]> writePopulation(
      Path file, List<SampleDistrict> districts, SplittableRandom rnd) throws IOException {
    Map<String, int[][]> ages = new LinkedHashMap<>();
    try (CSVPrinter csv = printer(file, StandardCharsets.UTF_8, SEMICOLON, false)) {
      List<String> header = new ArrayList<>(List.of("Jahr", "Sozialraum", "Einwohner insgesamt"));
      header.addAll(List.of(AGE_BANDS));
      csv.printRecord(header);
      for (SampleDistrict d : districts) {
        int[][] byYear = new int[LAST_YEAR - FIRST_YEAR + 1][];
        double growth = 0.004 * rnd.nextGaussian();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
          double dep = d.deprivationIn(y);
          double total = d.population() * Math.pow(1 + growth, y - FIRST_YEAR);
          int[] bands = new int[AGE_BANDS.length];
          for (int b = 0; b < bands.length; b++) {
            // more children where disadvantage is higher, more elderly where it is lower
            double tilt = b <= 4 ? 1 + 0.5 * (dep - 0.4) : b == 7 ? 1 - 0.3 * (dep - 0.4) : 1;
            bands[b] = poisson(rnd, total * AGE_SHARES[b] * tilt);
          }
          byYear[y - FIRST_YEAR] = bands;
          List<Object> row = new ArrayList<>(List.of(y, d.id(), sum(bands)));
          for (int b : bands) {
            row.add(b);
          }
          csv.printRecord(row);
        }
        ages.put(d.id(), byYear);
      }
    }
    return ages;
  }

  /**
   * Bundesagentur/Jobcenter style: Windows-1252, semicolon, decimal comma, names with umlauts, and
   * "*" where a count below 3 is withheld for statistical confidentiality, as the BA does.
   */
  private static Map<String, int[][]> writeJobcenter(
      Path file, List<SampleDistrict> districts, Map<String, int[][]> ages, SplittableRandom rnd)
      throws IOException {
    Map<String, int[][]> counts = new LinkedHashMap<>();
    try (CSVPrinter csv = printer(file, Charset.forName("windows-1252"), SEMICOLON, false)) {
      csv.printRecord(
          "Berichtsjahr",
          "Sozialraum-Nr",
          "Sozialraum",
          "Gemeinde",
          "ELB",
          "NEF unter 15",
          "Arbeitslose",
          "Arbeitslose unter 25",
          "Arbeitslose 25 und älter",
          "SGB-II-Quote in %");
      for (SampleDistrict d : districts) {
        int[][] byYear = new int[LAST_YEAR - FIRST_YEAR + 1][];
        counts.put(d.id(), byYear);
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
          int[] a = ages.get(d.id())[y - FIRST_YEAR];
          double dep = d.deprivationIn(y);
          int working = a[4] + a[5] + a[6];
          int under15 = a[0] + a[1] + a[2] + a[3];
          int elb = binomial(rnd, working, 0.025 + 0.19 * dep);
          int nef = binomial(rnd, under15, 0.04 + 0.36 * dep);
          // the BA's age split adds up: all unemployed = under 25 (15–24) + 25 and older (25–64)
          int young = binomial(rnd, a[4] + a[5], 0.012 + 0.07 * dep);
          int older = binomial(rnd, a[6], 0.018 + 0.085 * dep);
          int unemployed = young + older;
          double quote = working + under15 == 0 ? 0 : 100.0 * (elb + nef) / (working + under15);
          byYear[y - FIRST_YEAR] = new int[] {elb, nef, unemployed};
          csv.printRecord(
              y,
              d.id(),
              d.name(),
              d.town().name(),
              secret(elb),
              secret(nef),
              secret(unemployed),
              secret(young),
              secret(older),
              String.format(Locale.GERMANY, "%.1f", quote));
        }
      }
    }
    return counts;
  }

  /** Gesundheitsamt export in long layout: UTF-8 with BOM, comma-separated, one row per finding. */
  private static void writeSchoolEntry(
      Path file, List<SampleDistrict> districts, Map<String, int[][]> ages, SplittableRandom rnd)
      throws IOException {
    try (CSVPrinter csv = printer(file, StandardCharsets.UTF_8, COMMA, true)) {
      csv.printRecord("jahr", "sozialraum", "merkmal", "anzahl");
      for (SampleDistrict d : districts) {
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
          double dep = d.deprivationIn(y);
          int examined = binomial(rnd, ages.get(d.id())[y - FIRST_YEAR][2], 0.25);
          csv.printRecord(y, d.id(), "untersucht", examined);
          csv.printRecord(
              y, d.id(), "sprache_auffaellig", binomial(rnd, examined, 0.10 + 0.30 * dep));
          csv.printRecord(
              y, d.id(), "motorik_auffaellig", binomial(rnd, examined, 0.08 + 0.12 * dep));
          csv.printRecord(y, d.id(), "uebergewicht", binomial(rnd, examined, 0.06 + 0.10 * dep));
          csv.printRecord(
              y, d.id(), "u_untersuchung_fehlt", binomial(rnd, examined, 0.03 + 0.15 * dep));
        }
      }
    }
  }

  private static Map<String, int[][]> writeHouseholds(
      Path file, List<SampleDistrict> districts, Map<String, int[][]> ages, SplittableRandom rnd)
      throws IOException {
    Map<String, int[][]> counts = new LinkedHashMap<>();
    try (CSVPrinter csv = printer(file, StandardCharsets.UTF_8, SEMICOLON, false)) {
      csv.printRecord("Jahr", "Sozialraum", "Haushalte mit Kindern", "Alleinerziehende");
      for (SampleDistrict d : districts) {
        int[][] byYear = new int[LAST_YEAR - FIRST_YEAR + 1][];
        counts.put(d.id(), byYear);
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
          int[] a = ages.get(d.id())[y - FIRST_YEAR];
          int children = a[0] + a[1] + a[2] + a[3] + a[4];
          int households = binomial(rnd, children, 0.58);
          int single = binomial(rnd, households, 0.12 + 0.20 * d.deprivationIn(y));
          byYear[y - FIRST_YEAR] = new int[] {households, single};
          csv.printRecord(y, d.id(), households, single);
        }
      }
    }
    return counts;
  }

  /**
   * What a statistics office delivers for the MSS: one year's status shares in percent and their
   * changes over two years in percentage points (negative where a share fell), with two decimals
   * and decimal commas, computed from the counts before any were withheld. The year is the file's
   * name, not a column, and no earlier year comes with it: the changes are the office's. {@code
   * KOM} is the office's verdict on each social space: "ungültig" below the MSS's 300 residents.
   */
  private static void writeMssDelivery(
      Path file,
      List<SampleDistrict> districts,
      Map<String, int[][]> ages,
      Map<String, int[][]> jobcenter,
      Map<String, int[][]> households)
      throws IOException {
    try (CSVPrinter csv = printer(file, StandardCharsets.UTF_8, SEMICOLON, false)) {
      csv.printRecord(
          "Sozialraum",
          "Einwohner",
          "KOM",
          "S1 Kinderarmut (%)",
          "S2 SGB-II-Leistungsberechtigte (%)",
          "S3 Arbeitslosigkeit (%)",
          "S4 Alleinerziehende (%)",
          "D1 Veränderung Kinderarmut (Prozentpunkte)",
          "D2 Veränderung SGB-II-Leistungsberechtigte (Prozentpunkte)",
          "D3 Veränderung Arbeitslosigkeit (Prozentpunkte)",
          "D4 Veränderung Alleinerziehende (Prozentpunkte)");
      int now = LAST_YEAR - FIRST_YEAR;
      for (SampleDistrict d : districts) {
        double[] status =
            mssShares(
                ages.get(d.id())[now], jobcenter.get(d.id())[now], households.get(d.id())[now]);
        double[] before =
            mssShares(
                ages.get(d.id())[now - 2],
                jobcenter.get(d.id())[now - 2],
                households.get(d.id())[now - 2]);
        int residents = sum(ages.get(d.id())[now]);
        List<Object> row =
            new ArrayList<>(List.of(d.id(), residents, residents < 300 ? "ungültig" : "gültig"));
        for (double v : status) {
          row.add(String.format(Locale.GERMANY, "%.2f", v));
        }
        for (int i = 0; i < status.length; i++) {
          row.add(String.format(Locale.GERMANY, "%.2f", status[i] - before[i]));
        }
        csv.printRecord(row);
      }
    }
  }

  /** Child poverty, SGB II recipients, unemployment (both per residents 15–64), single parents. */
  private static double[] mssShares(int[] ages, int[] jobcenter, int[] households) {
    int under15 = ages[0] + ages[1] + ages[2] + ages[3];
    int working = ages[4] + ages[5] + ages[6];
    return new double[] {
      100.0 * jobcenter[1] / under15,
      100.0 * jobcenter[0] / working,
      100.0 * jobcenter[2] / working,
      100.0 * households[1] / households[0]
    };
  }

  // ---- offers
  // -----------------------------------------------------------------------------------------------

  /**
   * A kind of offer with its Transferbörse entry: the partner institution responsible, for whom,
   * what it does, and experiences (a good one and a difficult one, chosen per offer).
   */
  private record OfferType(
      String type,
      String phase,
      double perThousand,
      double needResponse,
      String partner,
      String targetGroup,
      String description,
      String[] experiences) {}

  private static final OfferType[] OFFERS = {
    new OfferType(
        "Kita",
        "kita",
        1.1,
        0.0,
        "Jugendamt der Stadt",
        "Kinder von 1 bis 6 Jahren und ihre Eltern",
        "Betreuung, Bildung und Sprachförderung im Alltag",
        new String[] {
          "Gut: alltagsintegrierte Sprachförderung erreicht fast alle Kinder.",
          "Schwierig: lange Wartelisten für unter Dreijährige."
        }),
    new OfferType(
        "Familienzentrum",
        "kita",
        0.25,
        0.5,
        "Kreisjugendamt",
        "Familien mit Kindern bis 10 Jahren",
        "Beratung, Elternkurse und offene Treffs unter einem Dach",
        new String[] {
          "Gut: Elterncafé senkt die Schwelle zur Beratung.",
          "Schwierig: Väter werden kaum erreicht."
        }),
    new OfferType(
        "Frühe Hilfen / Familienbüro",
        "geburt",
        0.08,
        0.6,
        "Gesundheitsamt",
        "Schwangere und Familien mit Kindern unter 3 Jahren",
        "Willkommensbesuche, Familienhebammen und Lotsendienst",
        new String[] {
          "Gut: Willkommensbesuch nimmt fast jede Familie an.",
          "Schwierig: Familienhebammen fehlen in den Randlagen."
        }),
    new OfferType(
        "Offene Ganztagsschule",
        "schuleintritt",
        0.25,
        0.0,
        "Bildungsbüro",
        "Grundschulkinder",
        "Betreuung, Hausaufgabenhilfe und Förderung am Nachmittag",
        new String[] {
          "Gut: enge Abstimmung mit den Lehrkräften.",
          "Schwierig: zu wenig Fachkräfte für die Nachfrage."
        }),
    new OfferType(
        "Erziehungsberatungsstelle",
        "sekundarstufe",
        0.05,
        0.5,
        "Kreisjugendamt",
        "Familien mit Kindern und Jugendlichen",
        "Beratung bei Erziehungsfragen und in Krisen",
        new String[] {
          "Gut: offene Sprechstunde in Schulen.", "Schwierig: Wartezeiten von mehreren Wochen."
        }),
    new OfferType(
        "Jugendzentrum",
        "sekundarstufe",
        0.12,
        0.3,
        "Jugendamt der Stadt",
        "Jugendliche von 10 bis 18 Jahren",
        "Offene Jugendarbeit, Freizeit und Lernhilfe",
        new String[] {
          "Gut: Lernhilfe vor Prüfungen stark genutzt.", "Schwierig: Mädchen kommen selten."
        }),
    new OfferType(
        "Jugendberufsagentur",
        "beruf",
        0.03,
        0.8,
        "Jobcenter",
        "Junge Menschen von 15 bis 25 Jahren",
        "Berufsorientierung, Vermittlung und Begleitung in Ausbildung",
        new String[] {
          "Gut: Beratung von Jobcenter, Arbeitsagentur und Jugendhilfe an einem Ort.",
          "Schwierig: Abbrüche im ersten Ausbildungsjahr."
        }),
  };

  /** Every fourth offer of a kind that can be funded for a time is a project. */
  private static String kindOf(OfferType o, int n) {
    return !o.type().equals("Kita") && n % 4 == 0 ? "Projekt" : "Angebot";
  }

  /**
   * Offers scale with population and, for most types, with need; some deprived districts are left
   * short so the gap analysis has real gaps to find.
   */
  private static int writeOffers(Path file, List<SampleDistrict> districts, SplittableRandom rnd)
      throws IOException {
    int n = 0;
    try (CSVPrinter csv = printer(file, StandardCharsets.UTF_8, SEMICOLON, false)) {
      csv.printRecord(
          "angebot_id",
          "name",
          "typ",
          "lebensphase",
          "art",
          "traeger",
          "partner",
          "zielgruppe",
          "beschreibung",
          "kontakt",
          "erfahrungen",
          "wkt");
      for (SampleDistrict d : districts) {
        boolean underserved = d.deprivation() > 0.6 && rnd.nextDouble() < 0.5;
        for (OfferType o : OFFERS) {
          double expected =
              d.population()
                  / 1000.0
                  * o.perThousand()
                  * (1 + o.needResponse() * (d.deprivation() - 0.4));
          int count = poisson(rnd, underserved ? expected * 0.3 : expected);
          for (int k = 0; k < count; k++) {
            n++;
            Coordinate c = pointIn(d.polygon(), rnd);
            csv.printRecord(
                String.format(Locale.ROOT, "A%04d", n),
                o.type() + " " + d.name() + " " + (k + 1),
                o.type(),
                o.phase(),
                kindOf(o, n),
                (n % 3 == 0 ? "Freier Träger " : "Stadt ") + d.town().name(),
                o.partner(),
                o.targetGroup(),
                o.description(),
                String.format(Locale.ROOT, "angebot-%04d@beispiel.invalid", n),
                o.experiences()[n % 2],
                String.format(Locale.ROOT, "POINT (%.2f %.2f)", c.x, c.y));
          }
        }
      }
    }
    return n;
  }

  static Coordinate pointIn(Geometry p, SplittableRandom rnd) {
    Envelope e = p.getEnvelopeInternal();
    while (true) {
      Coordinate c =
          new Coordinate(
              e.getMinX() + rnd.nextDouble() * e.getWidth(),
              e.getMinY() + rnd.nextDouble() * e.getHeight());
      if (p.contains(GF.createPoint(c))) {
        return c;
      }
    }
  }

  // ---- helpers
  // ----------------------------------------------------------------------------------------------

  static CSVPrinter printer(Path file, Charset charset, CSVFormat format, boolean bom)
      throws IOException {
    Writer w = Files.newBufferedWriter(file, charset);
    if (bom) {
      w.write('\uFEFF');
    }
    return new CSVPrinter(w, format);
  }

  private static String secret(int count) {
    return count < 3 ? "*" : Integer.toString(count);
  }

  private static int sum(int[] xs) {
    int s = 0;
    for (int x : xs) {
      s += x;
    }
    return s;
  }

  /** Binomial draw: exact for small n, normal approximation (clamped) for large n. */
  static int binomial(SplittableRandom rnd, int n, double p) {
    double q = Math.max(0, Math.min(1, p));
    if (n < 60) {
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (rnd.nextDouble() < q) {
          k++;
        }
      }
      return k;
    }
    double draw = n * q + Math.sqrt(n * q * (1 - q)) * rnd.nextGaussian();
    return (int) Math.max(0, Math.min(n, Math.round(draw)));
  }

  static int poisson(SplittableRandom rnd, double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 50) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * rnd.nextGaussian()));
    }
    double l = Math.exp(-mean);
    int k = 0;
    double p = 1;
    do {
      k++;
      p *= rnd.nextDouble();
    } while (p > l);
    return k - 1;
  }

  private static String readme(int districts, int offers) {
    return NOTICE
        + "\n\n"
        + "Kreis Unna (synthetisch): "
        + SampleTown.KREIS_UNNA.length
        + " Gemeinden, "
        + districts
        + " Sozialräume, Jahre "
        + FIRST_YEAR
        + "–"
        + LAST_YEAR
        + ", "
        + offers
        + " Angebote.\n"
        + "Gemeindenamen, AGS und ungefähre Lage sind echt, damit die Karte wiedererkennbar ist; Sozialräume, ihre Namen\n"
        + "und alle Zahlen sind erfunden (deterministischer Generator: scripts/monitor samples).\n\n"
        + "geometrie/sozialraeume.geojson     Sozialräume, EPSG:25832 (GeoJSON mit crs-Angabe)\n"
        + "geometrie/nachbarschaften.gal      Nachbarschaften der Sozialräume als GAL-Datei (GeoDa), Queen-Kontiguität\n"
        + "geometrie/sozialraeume_lokal.csv   dieselben Sozialräume in lokalen Ebenenkoordinaten ohne Bezugssystem (WKT)\n"
        + "sozialraeume_liste.csv             dieselben Sozialräume als schlichte Liste ohne Grenzen (Kennung, Name, Gemeinde)\n"
        + "einwohner_altersgruppen.csv        Einwohnermeldeamt: UTF-8, Semikolon, Einwohner nach Altersgruppen\n"
        + "jobcenter_sgb2.csv                 Jobcenter/BA: Windows-1252, Semikolon, Dezimalkomma, '*' = geheim (< 3)\n"
        + "schuleingangsuntersuchung.csv      Gesundheitsamt: UTF-8 mit BOM, Komma, Langformat (merkmal/anzahl)\n"
        + "haushalte.csv                      Haushalte mit Kindern und Alleinerziehende\n"
        + "mss_lieferung_"
        + LAST_YEAR
        + ".csv           MSS-Lieferung eines Jahres: Statusanteile in % und ihre Veränderung über zwei Jahre in\n"
        + "                                   Prozentpunkten (auch negativ), wie ein Statistikamt sie liefert,\n"
        + "                                   mit dem Urteil des Amts je Sozialraum (KOM: gültig/ungültig)\n"
        + "angebote.csv                       Angebote (Kita, Familienzentrum, ...) als WKT-Punkte in EPSG:25832,\n"
        + "                                   mit Einträgen der Transferbörse (Träger, Partner, Zielgruppe,\n"
        + "                                   Kurzbeschreibung, Kontakt, Erfahrungen; alles erfunden)\n"
        + "geometrie/grundschulbezirke.geojson Grundschulbezirke, EPSG:25832: eine andere Gebietsgliederung als die Sozialräume\n"
        + "geometrie/baubloecke.csv           Baublöcke als WKT-Punkte mit Einwohnern (Gewichte der Umschlüsselung)\n"
        + "schulwechsel_grundschulbezirke.csv Schulamt: Übergänge nach Klasse 4 je Grundschulbezirk (nicht je Sozialraum)\n"
        + "logo.svg                           Logo für das Titelblatt des Berichts: die Gemeinden im Umriss, kein echtes Wappen\n";
  }
}
