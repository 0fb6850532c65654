package de.sozialraum.tools.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a city's readers receive, and what it costs: the synthetic city of {@code scripts/monitor
 * samples --scale 9} (567 social spaces) run end to end, then its report and atlas rebuilt three
 * times with {@code scripts/monitor report}; the report and atlas steps' seconds of the run, the
 * files' sizes, the PDFs' pages and the atlas's load time in Chromium go to {@code
 * bench/report-city.md}. The limits it is held against are #21's: report step ≤ 30 s, HTML ≤ 15 MB,
 * report.pdf ≤ 150 pages, atlas ≤ 15 MB.
 */
public final class ReportBench {

  private static final int REBUILDS = 3;

  private ReportBench() {}

  /** Arguments: repository root, report file, work directory. */
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    Path report = Path.of(args[1]);
    Path work = Path.of(args[2]);
    Path city = work.resolve("city");
    Path out = work.resolve("city-out");
    Files.createDirectories(work);
    Path log = work.resolve("city.log");
    String monitor = root.resolve("scripts/monitor").toString();
    ScaleBench.check(
        ScaleBench.measure(
            List.of(monitor, "samples", "--scale", "9", "--out", city.toString()), log, null),
        "writing the city",
        log);
    Path timings = work.resolve("city-timings.tsv");
    ScaleBench.Measured run =
        ScaleBench.measure(
            ScaleBench.monitorRun(root, city.resolve("monitor.yaml"), out, timings), log, timings);
    ScaleBench.check(run, "the city's run", log);
    System.out.printf(Locale.ROOT, "city run: %.1f s%n", run.seconds());
    Path latest = out.resolve("latest").toRealPath();
    List<Double> rebuilds = new ArrayList<>();
    for (int i = 0; i < REBUILDS; i++) {
      ScaleBench.Measured m =
          ScaleBench.measure(List.of(monitor, "report", "--run", latest.toString()), log, null);
      ScaleBench.check(m, "rebuilding the report", log);
      rebuilds.add(m.seconds());
      System.out.printf(Locale.ROOT, "report rebuilt: %.1f s%n", m.seconds());
    }
    long html = Files.size(latest.resolve("report/index.html"));
    int mainPages = pages(latest.resolve("report/report.pdf"));
    List<Path> books;
    try (Stream<Path> s = Files.list(latest.resolve("report/steckbriefe"))) {
      books = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    long bookBytes = 0;
    for (Path b : books) {
      bookBytes += Files.size(b);
    }
    long atlas = Files.size(latest.resolve("atlas/index.html"));
    Path shots = Files.createDirectories(work.resolve("city-screenshots"));
    Path check = work.resolve("atlas-check.json");
    ScaleBench.check(
        ScaleBench.measure(
            List.of(
                "sh",
                "-c",
                "node \"$0\" \"$1\" \"$2\" > \"$3\"",
                root.resolve("scripts/lib/atlas-check.cjs").toString(),
                latest.toString(),
                shots.toString(),
                check.toString()),
            work.resolve("atlas-check.log"),
            null),
        "the atlas check",
        work.resolve("atlas-check.log"));
    var checked = new ObjectMapper().readTree(check.toFile());
    String table =
        String.format(
            Locale.ROOT,
            "| measure | city (567 social spaces) | limit |\n"
                + "| --- | ---: | ---: |\n"
                + "| run end to end (s) | %.1f | |\n"
                + "| report step in the run (s) | %.1f | 30 |\n"
                + "| atlas step in the run (s) | %.1f | |\n"
                + "| `monitor report` rebuild, median of %d (s; includes Spark start and reading the run) | %.1f | |\n"
                + "| report/index.html (MB) | %.1f | 15 |\n"
                + "| report.pdf (pages) | %d | 150 |\n"
                + "| profile booklets, HTML (files / MB; PDF only with report.books_pdf) | %d / %.1f | |\n"
                + "| atlas/index.html (MB) | %.1f | 15 |\n"
                + "| atlas load in Chromium (s) | %.2f | |\n"
                + "| atlas: map fills compared with the GeoJSON / mismatches | %,d / %d | 0 |\n",
            run.seconds(),
            run.steps().getOrDefault("report", Double.NaN),
            run.steps().getOrDefault("atlas", Double.NaN),
            REBUILDS,
            ScaleBench.median(rebuilds),
            html / 1e6,
            mainPages,
            books.size(),
            bookBytes / 1e6,
            atlas / 1e6,
            checked.get("loadMs").asDouble() / 1000,
            checked.at("/colours/compared").asInt(),
            checked.at("/colours/mismatches").size());
    Files.writeString(
        report,
        "# What a city receives\n\n"
            + "`scripts/bench report` on this machine ("
            + Runtime.getRuntime().availableProcessors()
            + " cores): the synthetic city of `scripts/monitor samples --scale 9`, run once with"
            + " `--timings`, its report and atlas rebuilt "
            + REBUILDS
            + " times with `scripts/monitor report`. The machine is shared: compare figures of one"
            + " run of the benchmark, not across runs.\n\n"
            + table,
        StandardCharsets.UTF_8);
    System.out.println("written: " + report);
  }

  private static int pages(Path pdf) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("pdfinfo", pdf.toString()).redirectErrorStream(true).start();
    String info = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("pdfinfo failed on " + pdf + ": " + info);
    }
    return info.lines()
        .filter(l -> l.startsWith("Pages:"))
        .mapToInt(l -> Integer.parseInt(l.replaceAll("\\D", "")))
        .findFirst()
        .orElseThrow(() -> new IOException("pdfinfo gives no page count for " + pdf));
  }
}
