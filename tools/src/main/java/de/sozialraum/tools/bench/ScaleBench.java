package de.sozialraum.tools.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code scripts/bench scale}: what a planner's machine does with the pipeline. First the floor, a
 * bare Spark start ({@link BareSparkStart}), and the README's sample run, each as its own process,
 * end to end; then for each size a {@link GridCounty} is written and run with {@code
 * scripts/monitor run}, exactly as a planner would, with the launcher's default heap. Each run's
 * own step timings ({@code run --timings}) give the phases; peak memory is the child's resident
 * high-water mark (VmHWM), read while it runs. The report is rewritten after every measurement, so
 * a size that fails or is stopped still leaves the smaller ones on record.
 */
public final class ScaleBench {

  /** Steps of {@code run --timings}, grouped into the phases the report shows. */
  static final Map<String, List<String>> PHASES = phases();

  private static Map<String, List<String>> phases() {
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("ingest", List.of("geometry", "tables", "crosswalk"));
    p.put("quality", List.of("keys", "indicators", "gate", "quality_files"));
    p.put("join", List.of("join"));
    p.put("methods", List.of("methods", "indices", "disclosure", "summary"));
    p.put("spatial", List.of("neighbours", "spatial", "supply"));
    p.put("outputs", List.of("outputs", "styles", "report", "publish"));
    return p;
  }

  /**
   * One child process: wall seconds, peak RSS, exit code, its heap option and its step timings
   * (empty without).
   */
  record Measured(
      double seconds,
      double peakRssGb,
      int exit,
      String heap,
      Map<String, Double> steps,
      long[] sparkWork) {

    /** Spark jobs, stages and single-task stages over all steps ({@code run --timings}). */
    String work() {
      return String.format(
          Locale.ROOT, "%,d / %,d / %,d", sparkWork[0], sparkWork[1], sparkWork[2]);
    }

    double phase(String name) {
      return PHASES.get(name).stream().mapToDouble(s -> steps.getOrDefault(s, 0.0)).sum();
    }

    /** JVM start, configuration, Spark start and stop: the wall time no step accounts for. */
    double startAndStop() {
      return seconds - PHASES.keySet().stream().mapToDouble(this::phase).sum();
    }
  }

  /**
   * @param peer the DuckDB peer's run on the same grid, or null where DuckDB is not installed
   */
  record SizeResult(
      int cells,
      long inputBytes,
      long records,
      double generateSeconds,
      Measured run,
      Measured peer) {}

  private final Path root;
  private final Path report;
  private final Path work;
  private final List<Double> bare = new ArrayList<>();
  private final List<Measured> sample = new ArrayList<>();
  private final List<SizeResult> sizes = new ArrayList<>();

  private ScaleBench(Path root, Path report, Path work) {
    this.root = root;
    this.report = report;
    this.work = work;
  }

  /** Arguments: repository root, report file, work directory, then the cell counts. */
  public static void main(String[] args) throws Exception {
    ScaleBench b = new ScaleBench(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    int[] cells = Arrays.stream(args).skip(3).mapToInt(Integer::parseInt).toArray();
    b.run(cells);
  }

  private void run(int[] cells) throws IOException, InterruptedException {
    Files.createDirectories(work);
    for (int i = 0; i < 3; i++) {
      Measured m =
          measure(
              List.of(root.resolve("scripts/bench").toString(), "spark-start"),
              work.resolve("spark-start.log"),
              null);
      check(m, "bare Spark start", work.resolve("spark-start.log"));
      bare.add(m.seconds());
      System.out.printf(Locale.ROOT, "bare Spark start: %.1f s%n", m.seconds());
    }
    Path sampleOut = work.resolve("sample-out");
    for (int i = 0; i < 2; i++) {
      Path log = work.resolve("sample.log");
      Measured m =
          measure(
              monitorRun(
                  root.resolve("config/sample.yaml"),
                  sampleOut,
                  work.resolve("sample-timings.tsv")),
              log,
              work.resolve("sample-timings.tsv"));
      check(m, "sample run", log);
      sample.add(m);
      System.out.printf(Locale.ROOT, "sample run: %.1f s, %.2f GB%n", m.seconds(), m.peakRssGb());
    }
    write();
    for (int n : cells) {
      Path dir = work.resolve("grid-" + n);
      long t0 = System.nanoTime();
      GridCounty grid = new GridCounty(n, 20_261_123L);
      GridCounty.Written written = grid.write(dir);
      double generate = (System.nanoTime() - t0) / 1e9;
      Path log = dir.resolve("run.log");
      Measured m =
          measure(
              monitorRun(written.config(), dir.resolve("out"), dir.resolve("timings.tsv")),
              log,
              dir.resolve("timings.tsv"));
      long records = (long) grid.cells() * (1 + GridCounty.YEARS * GridCounty.TABLES);
      Measured peer = peer(dir);
      sizes.add(new SizeResult(grid.cells(), written.inputBytes(), records, generate, m, peer));
      System.out.printf(
          Locale.ROOT,
          "%,d cells: exit %d, %.1f s, %.2f GB%n",
          grid.cells(),
          m.exit(),
          m.seconds(),
          m.peakRssGb());
      // a million cells publish some 15 GB; the log and timings are what the report needs
      if (m.exit() == 0) {
        de.sozialraum.monitor.util.FileTrees.deleteRecursively(dir.resolve("out"));
      }
      write();
      check(m, grid.cells() + " cells", log);
    }
  }

  private List<String> monitorRun(Path config, Path out, Path timings) {
    return monitorRun(root, config, out, timings);
  }

  /** {@code scripts/monitor run} of a configuration, forced, keeping one run, with its timings. */
  static List<String> monitorRun(Path root, Path config, Path out, Path timings) {
    return List.of(
        root.resolve("scripts/monitor").toString(),
        "run",
        "--config",
        config.toString(),
        "--out",
        out.toString(),
        "--force",
        "--keep-runs",
        "1",
        "--timings",
        timings.toString());
  }

  /**
   * The peer, {@code bench/peer/core.sql}, on a written grid with DuckDB (installed for the tests
   * by scripts/install-test-tools); null when DuckDB is not there.
   */
  private Measured peer(Path dir) throws IOException, InterruptedException {
    Path duckdb = root.resolve(".tools/duckdb/node_modules/@duckdb/node-api");
    if (!Files.isDirectory(duckdb)) {
      System.out.println("peer skipped: DuckDB is not installed (scripts/install-test-tools)");
      return null;
    }
    Path out = dir.resolve("peer.parquet");
    String sql =
        Files.readString(root.resolve("bench/peer/core.sql"), StandardCharsets.UTF_8)
            .replace("{dir}", dir.toAbsolutePath().toString())
            .replace("{out}", out.toAbsolutePath().toString());
    Path log = dir.resolve("peer.log");
    Measured m =
        measure(
            List.of("node", root.resolve("scripts/lib/duckdb-query.cjs").toString(), sql),
            log,
            null);
    check(m, "DuckDB peer", log);
    Files.deleteIfExists(out);
    System.out.printf(Locale.ROOT, "  peer: %.1f s%n", m.seconds());
    return m;
  }

  static void check(Measured m, String what, Path log) {
    if (m.exit() != 0) {
      throw new IllegalStateException(what + " failed with exit " + m.exit() + "; see " + log);
    }
  }

  /**
   * Runs a command to its end, polling the process's resident high-water mark (the launcher execs
   * the JVM).
   */
  static Measured measure(List<String> command, Path log, Path timings)
      throws IOException, InterruptedException {
    if (timings != null) {
      Files.deleteIfExists(timings);
    }
    long t0 = System.nanoTime();
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    Path status = Path.of("/proc", Long.toString(p.pid()), "status");
    Path cmdline = Path.of("/proc", Long.toString(p.pid()), "cmdline");
    long hwmKb = 0;
    String heap = "";
    while (!p.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      try {
        for (String l : Files.readAllLines(status)) {
          if (l.startsWith("VmHWM:")) {
            hwmKb = Math.max(hwmKb, Long.parseLong(l.replaceAll("\\D", "")));
          }
        }
        for (String a :
            new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0")) {
          if (a.startsWith("-Xmx")) {
            heap = a.substring(4);
          }
        }
      } catch (IOException gone) {
        // the process ended between the wait and the read
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, Double> steps = new LinkedHashMap<>();
    long[] work = new long[3];
    if (timings != null && Files.exists(timings)) {
      List<String> lines = Files.readAllLines(timings);
      for (String l : lines.subList(1, lines.size())) {
        String[] f = l.split("\t");
        steps.merge(f[0], Double.parseDouble(f[2]), Double::sum);
        work[0] += Long.parseLong(f[3]);
        work[1] += Long.parseLong(f[4]);
        work[2] += Long.parseLong(f[6]);
      }
    }
    return new Measured(seconds, hwmKb / 1024.0 / 1024.0, p.exitValue(), heap, steps, work);
  }

  private void write() throws IOException {
    StringBuilder md = new StringBuilder("# Scale benchmark\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "Measured by `scripts/bench scale` on this machine: %d cores, %.1f GB RAM, Java %s; every run is "
                + "`scripts/monitor run` in its own process with the heap and the shuffle partitions the launcher picks from the input size "
                + "(sample: `-Xmx%s`; each grid's in its table), so the figures are what a planner gets. Peak RSS is the process's resident high-water mark (VmHWM): heap, "
                + "Spark's off-heap buffers and the JVM itself.%n%n",
            Runtime.getRuntime().availableProcessors(),
            memTotalGb(),
            System.getProperty("java.version"),
            sample.isEmpty() ? "?" : sample.get(0).heap()));
    md.append("## What the pipeline adds to a bare Spark start\n\n");
    md.append(
        "Both end to end as separate processes: JVM start, Spark start (embedded `local[*]`, Sedona registered), work, stop. "
            + "The bare start runs one trivial job; the sample run is the README's first command (`--force`), the synthetic county "
            + "of 63 social spaces × 9 years with every preset, the spatial statistics, the report and its PDF.\n\n");
    double bareMedian = median(bare);
    double sampleMedian = median(sample.stream().map(Measured::seconds).toList());
    md.append("| | wall (s), median | runs | peak RSS (GB) |\n|---|---:|---:|---:|\n");
    md.append(
        String.format(
            Locale.ROOT, "| bare Spark start | %.1f | %d | – |%n", bareMedian, bare.size()));
    if (!sample.isEmpty()) {
      md.append(
          String.format(
              Locale.ROOT,
              "| sample run | %.1f | %d | %.2f |%n",
              sampleMedian,
              sample.size(),
              sample.stream().mapToDouble(Measured::peakRssGb).max().orElse(0)));
      md.append(
          String.format(
              Locale.ROOT,
              "| **overhead of the pipeline** | **%.1f** | | |%n",
              sampleMedian - bareMedian));
      md.append(
          String.format(
              Locale.ROOT,
              "| **sample ÷ bare start** | **%.2f** | | |%n",
              sampleMedian / bareMedian));
      Measured s = sample.get(sample.size() - 1);
      double rest =
          s.seconds() - s.steps().values().stream().mapToDouble(Double::doubleValue).sum();
      md.append(
          String.format(
              Locale.ROOT,
              "| of it, start-up: the run's JVM start, configuration check, Spark start and stop (last run) "
                  + "less the bare start | %.1f | | |%n",
              s.startAndStop() - bareMedian));
      md.append(
          String.format(
              Locale.ROOT,
              "| of it, work: the run's steps after Spark's start (last run) | %.1f | | |%n%n",
              s.seconds() - s.startAndStop()));
      md.append(
          String.format(
              Locale.ROOT,
              "Spark's work in the sample run (last run; jobs / stages / single-task stages): %s.%n%n",
              s.work()));
      md.append(
          "Where the sample run's time goes (last run, seconds per step of `run --timings`):\n\n| step | s |\n|---|---:|\n");
      s.steps().forEach((k, v) -> md.append(String.format(Locale.ROOT, "| %s | %.1f |%n", k, v)));
      md.append(
          String.format(
              Locale.ROOT,
              "| JVM start, configuration check, Spark stop (rest) | %.1f |%n%n",
              rest));
    }
    if (!sizes.isEmpty()) {
      md.append("## Grids\n\n");
      md.append(
          "`GridCounty` (seed 20261123): square cells of 200 m in towns of 100 × 100 cells, residents log-normal around 1,500 "
              + "per cell, rates from Gaussian hot and cold spots plus noise; 3 tables (population, SGB II and unemployment, families "
              + "and school entry) with 12 indicators over 5 years (2020–2024); presets MSS, SVI, COI, IMD and PCA with life-phase "
              + "sub-indices, small-number suppression with a category partition, queen contiguity, global Moran's I, LISA and Gi* for "
              + "2 variables with 199 permutations; `report.enabled: false` (a profile page per cell is no report) and `outputs.geojson: false` "
              + "(at 100,000 cells the GeoJSON was 4.7 GB, at a million it would outgrow the machine's free disk; the GeoParquet carries "
              + "the same features), QGIS styles written. Records = cells × (1 geometry + 5 years × 3 tables).\n\n");
      md.append(
          "| cells | input (MB) | records | heap | wall (s) | records/s | peak RSS (GB) | jobs / stages / single-task | start/stop | ingest | quality | join | methods | spatial | outputs | exit |\n");
      md.append(
          "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      List<SizeResult> bySize =
          sizes.stream().sorted(java.util.Comparator.comparingInt(SizeResult::cells)).toList();
      for (SizeResult r : bySize) {
        Measured m = r.run();
        md.append(
            String.format(
                Locale.ROOT,
                "| %,d | %.0f | %,d | %s | %.1f | %,.0f | %.2f | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %d |%n",
                r.cells(),
                r.inputBytes() / 1e6,
                r.records(),
                m.heap(),
                m.seconds(),
                r.records() / m.seconds(),
                m.peakRssGb(),
                m.work(),
                m.startAndStop(),
                m.phase("ingest"),
                m.phase("quality"),
                m.phase("join"),
                m.phase("methods"),
                m.phase("spatial"),
                m.phase("outputs"),
                m.exit()));
      }
      SizeResult first = bySize.get(0);
      md.append(
          "\nScaling against the smallest grid (time ratio ÷ size ratio = 1 is linear; the fixed start-up cost makes small grids "
              + "look cheap per cell):\n\n| cells | size ratio | time ratio | time ratio ÷ size ratio |\n|---:|---:|---:|---:|\n");
      for (SizeResult r : bySize) {
        double size = (double) r.cells() / first.cells();
        double time = r.run().seconds() / first.run().seconds();
        md.append(
            String.format(
                Locale.ROOT, "| %,d | %.2f | %.2f | %.2f |%n", r.cells(), size, time, time / size));
      }
      md.append(
          "\nThe peer: `bench/peer/core.sql`, a DuckDB script (2 threads, DuckDB from npm) doing the shared core of the work on "
              + "the same grid: read the three tables, check ranges, whole counts, known cells and duplicate records, the 12 indicators "
              + "and their changes, validity, per year the MSS status and dynamic index with their classes, rank-based quintiles, "
              + "primary suppression, one Parquet file. The product does all of its work (four more presets, life phases, secondary "
              + "suppression, spatial statistics, geometry, quality files, styles).\n\n"
              + "| cells | product (s) | peer (s) | product ÷ peer |\n|---:|---:|---:|---:|\n");
      for (SizeResult r : bySize) {
        if (r.peer() != null) {
          md.append(
              String.format(
                  Locale.ROOT,
                  "| %,d | %.1f | %.1f | %.1f |%n",
                  r.cells(),
                  r.run().seconds(),
                  r.peer().seconds(),
                  r.run().seconds() / r.peer().seconds()));
        }
      }
      md.append(
          "\nPhases (seconds; `scripts/monitor run --timings` steps): ingest = geometry + tables; quality = key checks, "
              + "indicator rules, gate and quality files; join = indicators onto districts × years; methods = fitting, per-year indices, "
              + "suppression, aggregates and targets; spatial = neighbours + Moran/LISA/Gi* + offers; outputs = Parquet, GeoParquet, CSV, "
              + "QGIS styles and publishing; start/stop = JVM start, configuration check, Spark start and stop.\n");
    }
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.writeString(report, md.toString(), StandardCharsets.UTF_8);
  }

  static double median(List<Double> xs) {
    if (xs.isEmpty()) {
      return Double.NaN;
    }
    double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static double memTotalGb() throws IOException {
    for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
      if (l.startsWith("MemTotal:")) {
        return Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0;
      }
    }
    return Double.NaN;
  }
}
