package de.sozialraum.tools.bench;

import de.sozialraum.geodata.neighbours.Contiguity;
import de.sozialraum.geodata.neighbours.NeighbourList;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.Neighbourhood;
import de.sozialraum.monitor.spark.SparkSessions;
import de.sozialraum.monitor.spark.SparkTuning;
import de.sozialraum.monitor.spatial.SpatialSeries;
import de.sozialraum.monitor.spatial.SpatialStatistics;
import de.sozialraum.monitor.spatial.SpatialStatisticsJob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The spatial part of the benchmark (issue "Spatial analysis", scripts/bench): square grids of 100
 * m cells with a clustered surface, timed for queen contiguity from the polygons, then through the
 * pipeline's Spark job ({@link SpatialStatisticsJob}, embedded on all cores) global Moran's I with
 * 999 permutations and LISA with 999 conditional permutations (with Gi*); up to a size R spdep is
 * run on the same grid and values ({@code cell2nb}, {@code localmoran_perm}) in the same run, and
 * the speed-up and the largest difference of the I_i are reported. Writes a Markdown report.
 */
public final class SpatialBench {

  private static final GeometryFactory GF = new GeometryFactory();

  /** As a run's defaults: row-standardised weights, 999 permutations, alpha 0.05 without FDR. */
  private static final MonitorConfig.Spatial SETTINGS =
      new MonitorConfig.Spatial(
          Neighbourhood.QUEEN,
          null,
          Contiguity.DEFAULT_SNAP,
          6,
          null,
          "W",
          new MonitorConfig.Statistics(List.of("x"), 999, 1, 0.05, false));

  private record Result(
      int n,
      double contiguity,
      double moran,
      double lisa,
      double rss,
      Double spdepLisa,
      Double maxDiff) {}

  private SpatialBench() {}

  /** Usage: SpatialBench REPORT SPDEP_MAX N… */
  public static void main(String[] args) throws Exception {
    Path report = Path.of(args[0]);
    Files.createDirectories(report.getParent());
    int spdepMax = Integer.parseInt(args[1]);
    List<Result> rows = new ArrayList<>();
    SparkSession spark = SparkSessions.create(null, SparkTuning.withDefaults(8));
    // a first job, so that the first size does not pay for starting the executors' threads and
    // classes
    spark.range(1000).selectExpr("sum(id)").collectAsList();
    for (int a = 2; a < args.length; a++) {
      rows.add(
          run(
              spark,
              (int) Math.round(Math.sqrt(Integer.parseInt(args[a]))),
              spdepMax,
              report.getParent()));
      write(report, rows);
    }
    spark.stop();
  }

  private static boolean[] all(int n) {
    boolean[] b = new boolean[n];
    java.util.Arrays.fill(b, true);
    return b;
  }

  private static Result run(SparkSession spark, int side, int spdepMax, Path dir) throws Exception {
    int n = side * side;
    List<Geometry> cells = new ArrayList<>(n);
    double[] x = new double[n];
    SplittableRandom rnd = new SplittableRandom(20241123);
    for (int r = 0; r < side; r++) {
      for (int c = 0; c < side; c++) {
        double x0 = 350000 + c * 100.0;
        double y0 = 5700000 + r * 100.0;
        cells.add(
            GF.createPolygon(
                new Coordinate[] {
                  new Coordinate(x0, y0),
                  new Coordinate(x0 + 100, y0),
                  new Coordinate(x0 + 100, y0 + 100),
                  new Coordinate(x0, y0 + 100),
                  new Coordinate(x0, y0)
                }));
        x[r * side + c] = Math.sin(r / 15.0) + Math.cos(c / 23.0) + 0.5 * rnd.nextGaussian();
      }
    }
    long t0 = System.nanoTime();
    NeighbourList nb = Contiguity.queen(cells, Contiguity.DEFAULT_SNAP);
    double tContiguity = seconds(t0);
    cells.clear();
    List<String> ids = IntStream.range(0, n).mapToObj(Integer::toString).toList();
    t0 = System.nanoTime();
    SpatialSeries series = new SpatialStatistics(SETTINGS, nb).series(2024, "x", x, all(n));
    SpatialStatisticsJob job = new SpatialStatisticsJob(spark, SETTINGS, ids, List.of(series));
    job.global().collectAsList();
    double tMoran = seconds(t0);
    t0 = System.nanoTime();
    Dataset<Row> lisa = job.local().localCheckpoint();
    double tLisa = seconds(t0);
    System.out.printf(
        Locale.ROOT,
        "n=%d contiguity %.2fs moran %.2fs lisa %.2fs%n",
        n,
        tContiguity,
        tMoran,
        tLisa);
    Double spdep = null;
    Double diff = null;
    if (n <= spdepMax) {
      double[] r = spdep(side, x, dir);
      spdep = r[0];
      double max = 0;
      for (Row row : lisa.select("district_id", "lisa_i").collectAsList()) {
        max = Math.max(max, Math.abs(row.getDouble(1) - r[1 + Integer.parseInt(row.getString(0))]));
      }
      diff = max;
      System.out.printf(
          Locale.ROOT, "  spdep localmoran_perm %.2fs, max |ΔI_i| %.2e%n", spdep, diff);
    }
    return new Result(n, tContiguity, tMoran, tLisa, peakRssGb(), spdep, diff);
  }

  /**
   * spdep's LISA with 999 permutations on the same grid (cell2nb numbers cells row by row, as
   * above).
   */
  private static double[] spdep(int side, double[] x, Path dir)
      throws IOException, InterruptedException {
    Path data = dir.resolve("bench-x.txt");
    Path out = dir.resolve("bench-spdep.txt");
    List<String> lines = new ArrayList<>();
    for (double v : x) {
      lines.add(String.format(Locale.ROOT, "%.17g", v));
    }
    Files.write(data, lines);
    String script =
        "suppressMessages(library(spdep)); x <- scan('"
            + data
            + "', quiet = TRUE); lw <- nb2listw(cell2nb("
            + side
            + ", "
            + side
            + ", type = 'queen')); set.seed(1); t <- system.time(lm <- localmoran_perm(x, lw, nsim = 999))[['elapsed']]; "
            + "writeLines(sprintf('%.17g', c(t, lm[, 1])), '"
            + out
            + "')";
    Process p = new ProcessBuilder("Rscript", "--vanilla", "-e", script).inheritIO().start();
    if (!p.waitFor(6, TimeUnit.HOURS) || p.exitValue() != 0) {
      throw new IOException("spdep failed on the " + side + "×" + side + " grid");
    }
    double[] r = Files.readAllLines(out).stream().mapToDouble(Double::parseDouble).toArray();
    Files.deleteIfExists(data);
    Files.deleteIfExists(out);
    return r;
  }

  private static void write(Path report, List<Result> rows) throws IOException {
    StringBuilder md = new StringBuilder("# Spatial statistics benchmark\n\n");
    md.append("Measured by `scripts/bench spatial` on this machine (")
        .append(Runtime.getRuntime().availableProcessors())
        .append(
            " cores). Square grids of 100 m cells, queen contiguity built from the polygons, row-standardised weights, ")
        .append(
            "999 permutations for the global Moran's I and for each cell's LISA (conditional, seeded), both with Gi* run as the pipeline ")
        .append(
            "runs them: Spark tasks over permutation blocks and cell ranges, the value vector and neighbour list broadcast. ")
        .append(
            "Moran's time includes preparing and broadcasting the series. spdep: `localmoran_perm` ")
        .append(
            "with 999 simulations on `cell2nb(..., type = 'queen')` and the same values, timed inside R (`system.time`).\n\n");
    md.append(
        "| cells | contiguity (s) | Moran + 999 perm. (s) | LISA 999 perm. (s) | peak RSS (GB) | spdep LISA (s) | speed-up | max abs(ΔI_i) |\n");
    md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Result r : rows) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %,d | %.2f | %.2f | %.2f | %.2f | %s | %s | %s |%n",
              r.n(),
              r.contiguity(),
              r.moran(),
              r.lisa(),
              r.rss(),
              r.spdepLisa() == null ? "–" : String.format(Locale.ROOT, "%.1f", r.spdepLisa()),
              r.spdepLisa() == null
                  ? "–"
                  : String.format(Locale.ROOT, "%.0f×", r.spdepLisa() / r.lisa()),
              r.maxDiff() == null ? "–" : String.format(Locale.ROOT, "%.1e", r.maxDiff())));
    }
    Files.createDirectories(report.getParent());
    Files.writeString(report, md.toString(), StandardCharsets.UTF_8);
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Peak resident set size of this JVM so far (Linux VmHWM). */
  private static double peakRssGb() throws IOException {
    for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (l.startsWith("VmHWM:")) {
        return Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0;
      }
    }
    return Double.NaN;
  }
}
