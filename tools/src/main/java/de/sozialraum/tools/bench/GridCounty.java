package de.sozialraum.tools.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic "county" of square grid cells for the scale benchmark: the cells as a WKT CSV
 * (EPSG:25832), three indicator tables over five years with twelve indicators, and the
 * configuration that runs them. Indicator rates follow a smooth surface of deprivation hot spots
 * plus cell noise, so the spatial statistics find clusters as they do in real towns, and population
 * sizes vary so that validity rules and small-number suppression have work to do. One seed gives
 * the same bytes: cells and years are drawn from their own seeded streams.
 */
public final class GridCounty {

  public static final int FIRST_YEAR = 2020;
  public static final int YEARS = 5;
  public static final int TABLES = 3;
  static final double CELL_METRES = 200;
  static final double ORIGIN_X = 350_000;
  static final double ORIGIN_Y = 5_650_000;

  /**
   * Cells per side of one municipality's block: 100 × 100 cells of 200 m make a 20 km square town.
   */
  static final int TOWN_SIDE = 100;

  private final int side;
  private final long seed;
  private final double[] deprivation;
  private final int[] population;

  /**
   * @param cells the number of cells wanted; the grid is the nearest square, {@link #cells()} says
   *     how many
   */
  public GridCounty(int cells, long seed) {
    this.side = Math.max(2, (int) Math.round(Math.sqrt(cells)));
    this.seed = seed;
    this.deprivation = surface(side, seed);
    this.population = new int[side * side];
    SplittableRandom r = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
    for (int i = 0; i < population.length; i++) {
      // residents per cell: log-normal around 1,500 as in small social spaces, so about one cell in
      // forty falls
      // below the validity minimum of 300 and the smallest counts are withheld
      population[i] =
          (int)
              Math.max(
                  40, Math.min(20000, Math.round(Math.exp(Math.log(1500) + 0.8 * gaussian(r)))));
    }
  }

  public int cells() {
    return side * side;
  }

  /** What was written: the configuration to run and the bytes of all inputs. */
  public record Written(Path config, long inputBytes) {}

  public Written write(Path dir) throws IOException {
    Files.createDirectories(dir);
    writeCells(dir.resolve("zellen.csv"));
    writeTables(dir);
    Path config = dir.resolve("bench.yaml");
    Files.writeString(config, config(), StandardCharsets.UTF_8);
    long bytes = 0;
    for (String f :
        new String[] {"zellen.csv", "einwohner.csv", "sozial.csv", "familie_bildung.csv"}) {
      bytes += Files.size(dir.resolve(f));
    }
    return new Written(config, bytes);
  }

  /**
   * Deprivation in [0, 1] per cell: Gaussian hot and cold spots (one per 4,000 cells, radius 3–25
   * cells) on a logistic scale, so most cells are middling and a few clusters are markedly deprived
   * or affluent.
   */
  private static double[] surface(int side, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int spots = Math.max(6, side * side / 4000);
    double[][] s = new double[spots][];
    for (int k = 0; k < spots; k++) {
      s[k] =
          new double[] {
            r.nextDouble() * side,
            r.nextDouble() * side,
            (r.nextDouble() < 0.65 ? 1 : -1) * (0.8 + 1.6 * r.nextDouble()),
            3 + 22 * r.nextDouble()
          };
    }
    double[] d = new double[side * side];
    SplittableRandom noise = new SplittableRandom(seed ^ 0x1234_5678L);
    for (int row = 0; row < side; row++) {
      for (int col = 0; col < side; col++) {
        double z = -0.8 + 0.45 * gaussian(noise);
        for (double[] spot : s) {
          double dx = col - spot[0];
          double dy = row - spot[1];
          double r2 = spot[3] * spot[3];
          double q = (dx * dx + dy * dy) / (2 * r2);
          if (q < 12) {
            z += spot[2] * Math.exp(-q);
          }
        }
        d[row * side + col] = 1 / (1 + Math.exp(-z));
      }
    }
    return d;
  }

  private void writeCells(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("zelle;name;gemeinde_id;gemeinde;wkt\n");
      StringBuilder line = new StringBuilder(160);
      for (int row = 0; row < side; row++) {
        for (int col = 0; col < side; col++) {
          double x0 = ORIGIN_X + col * CELL_METRES;
          double y0 = ORIGIN_Y + row * CELL_METRES;
          double x1 = x0 + CELL_METRES;
          double y1 = y0 + CELL_METRES;
          line.setLength(0);
          line.append(cellId(row, col))
              .append(";Zelle ")
              .append(row)
              .append('/')
              .append(col)
              .append(';')
              .append(townId(row, col))
              .append(";Gemeinde ")
              .append(row / TOWN_SIDE)
              .append('-')
              .append(col / TOWN_SIDE)
              .append(";POLYGON ((")
              .append(num(x0))
              .append(' ')
              .append(num(y0))
              .append(", ")
              .append(num(x1))
              .append(' ')
              .append(num(y0))
              .append(", ")
              .append(num(x1))
              .append(' ')
              .append(num(y1))
              .append(", ")
              .append(num(x0))
              .append(' ')
              .append(num(y1))
              .append(", ")
              .append(num(x0))
              .append(' ')
              .append(num(y0))
              .append("))\n");
          w.append(line);
        }
      }
    }
  }

  private static String num(double v) {
    return Long.toString(Math.round(v));
  }

  private String cellId(int row, int col) {
    return String.format(Locale.ROOT, "Z%04d%04d", row, col);
  }

  private static String townId(int row, int col) {
    return String.format(Locale.ROOT, "G%02d%02d", row / TOWN_SIDE, col / TOWN_SIDE);
  }

  /**
   * One row per cell and year in each table. Counts are binomial draws (normal approximation,
   * rounded, within 0..n) around rates that rise with the cell's deprivation and drift a little per
   * year and per town.
   */
  private void writeTables(Path dir) throws IOException {
    try (BufferedWriter ew =
            Files.newBufferedWriter(dir.resolve("einwohner.csv"), StandardCharsets.UTF_8);
        BufferedWriter so =
            Files.newBufferedWriter(dir.resolve("sozial.csv"), StandardCharsets.UTF_8);
        BufferedWriter fb =
            Files.newBufferedWriter(dir.resolve("familie_bildung.csv"), StandardCharsets.UTF_8)) {
      ew.write("jahr;zelle;ew_gesamt;ew_u15;ew_15_24;ew_25_64\n");
      so.write(
          "jahr;zelle;elb;nef_u15;arbeitslose;arbeitslose_u25;arbeitslose_25plus;sgb2_quote\n");
      fb.write(
          "jahr;zelle;hh_kinder;hh_alleinerziehend;seu_untersucht;seu_sprache;seu_motorik;seu_uebergewicht;seu_u_fehlt;"
              + "uebergaenge;uebergaenge_gymnasium\n");
      StringBuilder e = new StringBuilder(80);
      StringBuilder s = new StringBuilder(100);
      StringBuilder f = new StringBuilder(120);
      for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
        int t = year - FIRST_YEAR;
        for (int row = 0; row < side; row++) {
          for (int col = 0; col < side; col++) {
            int i = row * side + col;
            SplittableRandom r = new SplittableRandom(seed * 31 + (long) i * YEARS + t);
            double townDrift = ((row / TOWN_SIDE * 7 + col / TOWN_SIDE * 13) % 5 - 2) * 0.01;
            double d =
                Math.min(1, Math.max(0, deprivation[i] + t * townDrift + 0.03 * gaussian(r)));
            int pop = (int) Math.round(population[i] * (1 + 0.01 * t) + 8 * gaussian(r));
            int u15 = share(r, pop, 0.11 + 0.05 * d);
            int y1524 = share(r, pop - u15, 0.12);
            int a2564 = share(r, pop - u15 - y1524, 0.62);
            int u25 = binomial(r, y1524, 0.01 + 0.07 * d);
            int o25 = binomial(r, a2564, 0.02 + 0.10 * d);
            double elbRate = 0.03 + 0.22 * d;
            int elb = binomial(r, y1524 + a2564, elbRate);
            String quote =
                String.format(Locale.ROOT, "%.1f", 100 * elbRate * (1 + 0.05 * gaussian(r)));
            int hhKinder = share(r, u15, 0.6);
            int examined = share(r, u15, 1.0 / 15);
            int transitions = share(r, u15, 1.0 / 15);
            e.setLength(0);
            e.append(year)
                .append(';')
                .append(cellId(row, col))
                .append(';')
                .append(pop)
                .append(';')
                .append(u15)
                .append(';')
                .append(y1524)
                .append(';')
                .append(a2564)
                .append('\n');
            s.setLength(0);
            s.append(year)
                .append(';')
                .append(cellId(row, col))
                .append(';')
                .append(elb)
                .append(';')
                .append(binomial(r, u15, 0.04 + 0.40 * d))
                .append(';')
                .append(u25 + o25)
                .append(';')
                .append(u25)
                .append(';')
                .append(o25)
                .append(';')
                .append(quote)
                .append('\n');
            f.setLength(0);
            f.append(year)
                .append(';')
                .append(cellId(row, col))
                .append(';')
                .append(hhKinder)
                .append(';')
                .append(binomial(r, hhKinder, 0.10 + 0.25 * d))
                .append(';')
                .append(examined)
                .append(';')
                .append(binomial(r, examined, 0.10 + 0.35 * d))
                .append(';')
                .append(binomial(r, examined, 0.08 + 0.15 * d))
                .append(';')
                .append(binomial(r, examined, 0.06 + 0.14 * d))
                .append(';')
                .append(binomial(r, examined, 0.03 + 0.20 * d))
                .append(';')
                .append(transitions)
                .append(';')
                .append(binomial(r, transitions, 0.60 - 0.40 * d))
                .append('\n');
            ew.append(e);
            so.append(s);
            fb.append(f);
          }
        }
      }
    }
  }

  private static int share(SplittableRandom r, int n, double p) {
    return binomial(r, Math.max(0, n), p);
  }

  private static int binomial(SplittableRandom r, int n, double p) {
    double mean = n * p;
    long k = Math.round(mean + Math.sqrt(mean * (1 - p)) * gaussian(r));
    return (int) Math.max(0, Math.min(n, k));
  }

  /** A standard normal draw (Box–Muller); SplittableRandom has none of its own. */
  private static double gaussian(SplittableRandom r) {
    return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
  }

  private String config() {
    return """
        # Written by scripts/bench (GridCounty): a synthetic grid of %d cells, not a real place.
        title: "Skalierungstest: %d Rasterzellen (synthetisch)"
        synthetic: true
        working_crs: EPSG:25832
        years: {from: %d, to: %d}
        geometry:
          path: zellen.csv
          format: wkt-csv
          crs: EPSG:25832
          delimiter: ";"
          wkt_column: wkt
          id_field: zelle
          name_field: name
          parent_id_field: gemeinde_id
          parent_name_field: gemeinde
        tables:
          - id: einwohner
            path: einwohner.csv
            delimiter: ";"
            district_column: zelle
            year_column: jahr
            columns: {ew_gesamt: ew_gesamt, ew_u15: ew_u15, ew_15_24: ew_15_24, ew_25_64: ew_25_64}
          - id: sozial
            path: sozial.csv
            delimiter: ";"
            district_column: zelle
            year_column: jahr
            decimal: "."
            columns: {elb: elb, nef_u15: nef_u15, arbeitslose: arbeitslose, arbeitslose_u25: arbeitslose_u25,
                      arbeitslose_25plus: arbeitslose_25plus, sgb2_quote: sgb2_quote}
            rates: [sgb2_quote]
          - id: familie_bildung
            path: familie_bildung.csv
            delimiter: ";"
            district_column: zelle
            year_column: jahr
            columns: {hh_kinder: hh_kinder, hh_alleinerziehend: hh_alleinerziehend, seu_untersucht: seu_untersucht,
                      seu_sprache: seu_sprache, seu_motorik: seu_motorik, seu_uebergewicht: seu_uebergewicht, seu_u_fehlt: seu_u_fehlt,
                      uebergaenge: uebergaenge, uebergaenge_gymnasium: uebergaenge_gymnasium}
        population:
          variable: ew_gesamt
          groups: {kinder_u15: [ew_u15], jugend: [ew_15_24]}
        indicators:
          - {id: kinderarmut, label: "Kinder unter 15 in SGB-II-Bedarfsgemeinschaften", numerator: [nef_u15], denominator: [ew_u15],
             direction: higher_is_worse, domain: soziale_lage, life_phases: [geburt, kita, schuleintritt, sekundarstufe]}
          - {id: sgb2_elb_quote, label: "ELB je Einwohner 15–64", numerator: [elb], denominator: [ew_15_24, ew_25_64],
             direction: higher_is_worse, domain: soziale_lage, life_phases: [beruf]}
          - {id: arbeitslosigkeit, label: "Arbeitslose je Einwohner 15–64", numerator: [arbeitslose], denominator: [ew_15_24, ew_25_64],
             direction: higher_is_worse, domain: arbeit, life_phases: [beruf]}
          - {id: jugendarbeitslosigkeit, label: "Arbeitslose unter 25 je Einwohner 15–24", numerator: [arbeitslose_u25],
             denominator: [ew_15_24], direction: higher_is_worse, domain: arbeit, life_phases: [beruf]}
          - {id: arbeitslosigkeit_25plus, label: "Arbeitslose ab 25 je Einwohner 25–64", numerator: [arbeitslose_25plus],
             denominator: [ew_25_64], direction: higher_is_worse}
          - {id: alleinerziehende, label: "Alleinerziehende an Haushalten mit Kindern", numerator: [hh_alleinerziehend],
             denominator: [hh_kinder], direction: higher_is_worse, domain: familie, life_phases: [geburt, kita, schuleintritt, sekundarstufe]}
          - {id: sprachauffaelligkeit, label: "Sprachauffälligkeiten", numerator: [seu_sprache], denominator: [seu_untersucht],
             direction: higher_is_worse, domain: gesundheit_bildung, life_phases: [schuleintritt], jump_warning: 60}
          - {id: motorik, label: "Motorische Auffälligkeiten", numerator: [seu_motorik], denominator: [seu_untersucht],
             direction: higher_is_worse, domain: gesundheit_bildung, life_phases: [schuleintritt], jump_warning: 60}
          - {id: uebergewicht, label: "Übergewicht", numerator: [seu_uebergewicht], denominator: [seu_untersucht],
             direction: higher_is_worse, domain: gesundheit_bildung, life_phases: [schuleintritt], jump_warning: 60}
          - {id: u_untersuchung_fehlt, label: "Fehlende U-Untersuchungen", numerator: [seu_u_fehlt], denominator: [seu_untersucht],
             direction: higher_is_worse, domain: gesundheit_bildung, life_phases: [geburt, kita], jump_warning: 60}
          - {id: gymnasialuebergang, label: "Übergänge auf ein Gymnasium", numerator: [uebergaenge_gymnasium], denominator: [uebergaenge],
             direction: higher_is_better, life_phases: [sekundarstufe], jump_warning: 60}
          - {id: sgb2_quote_ba, label: "SGB-II-Quote (geliefert)", value: sgb2_quote, direction: higher_is_worse}
        validity:
          min_population: 300
        index:
          dynamic_years: 2
          presets:
            mss:
              status: [kinderarmut, sgb2_elb_quote, arbeitslosigkeit, alleinerziehende]
              dynamic: [kinderarmut, sgb2_elb_quote, arbeitslosigkeit, alleinerziehende]
            svi: {}
            coi: {reference_year: %d, weight_group: kinder_u15, min_share: 0.5}
            imd:
              domain_weights: {soziale_lage: 0.3, arbeit: 0.3, familie: 0.15, gesundheit_bildung: 0.25}
            pca:
              anchors: {soziale_lage: kinderarmut, arbeit: arbeitslosigkeit, familie: alleinerziehende, gesundheit_bildung: sprachauffaelligkeit}
          life_phases: {method: mss}
        classification:
          default: {method: quantiles, classes: 5}
        disclosure:
          min_count: 3
          categories:
            - {total: arbeitslosigkeit, parts: [jugendarbeitslosigkeit, arbeitslosigkeit_25plus]}
        spatial:
          neighbours: queen
          weights: W
          statistics:
            variables: [mss_status_index, kinderarmut]
            permutations: 199
            seed: 20261123
        targets:
          - {id: kinderarmut_gesamt, label: "Kinderarmut bis 2030 auf 15 %% senken", indicator: kinderarmut, scope: county,
             baseline_year: %d, target: 15, target_year: 2030}
        quality:
          max_rejected_share: 0.02
          max_rejected_districts: 0
          jump_warning: 60
        outputs:
          geojson: false
          geopackage: false
        report:
          enabled: false
        """
        .formatted(cells(), cells(), FIRST_YEAR, FIRST_YEAR + YEARS - 1, FIRST_YEAR, FIRST_YEAR);
  }
}
