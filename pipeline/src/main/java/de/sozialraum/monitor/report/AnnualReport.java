package de.sozialraum.monitor.report;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.output.PublishedRun;
import de.sozialraum.monitor.util.FailPoint;
import de.sozialraum.monitor.util.FileTrees;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The annual monitoring report of a published run: {@code report/index.html}, self-contained
 * (styles and SVG inline, the logo as a data URI, no script, no web font), and {@code
 * report/report.pdf} printed from it. It is written next to the old report and swapped in only when
 * complete, so a failed rebuild leaves the old one.
 */
public final class AnnualReport {

  /** What was written: the files (relative to the run) and, where no PDF could be made, why. */
  public record Result(Map<String, Long> files, int profiles, Optional<String> pdfSkipped) {}

  private static final Configuration FREEMARKER = freemarker();

  private AnnualReport() {}

  public static Result write(PublishedRun run, Optional<PdfPrinter> printer) throws IOException {
    ReportData d = new ReportData(run);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("meta", meta(d));
    model.put("t", d.texts);
    model.put("change", d.changeHeading());
    model.put("mapSource", d.mapSource());
    if (d.shapes != null) {
      model.put("shapes", d.shapes);
    }
    Chapters chapters = new Chapters(d);
    model.put("chapters", chapters.all());
    // a profile per district: in the report itself, or in the towns' books
    boolean inBooks = d.config.report().profileBooks(d.rows().size());
    Map<String, List<Map<String, Object>>> books = new java.util.TreeMap<>();
    if (inBooks) {
      d.rows().forEach(r -> books.computeIfAbsent(bookOf(r), k -> new ArrayList<>()).add(r));
    }
    ProfilePages profilePages = new ProfilePages(d);
    model.put("profiles", inBooks ? List.of() : profilePages.all());
    model.put("books", bookList(d, books));
    List<ReportModel.Chapter> annexes = new ArrayList<>(new Annexes(d).all());
    chapters.indicesAnnex().ifPresent(annexes::add);
    model.put("annexes", annexes);
    recover(run.dir);
    Path target = run.dir.resolve("report");
    Path fresh = Files.createDirectory(run.dir.resolve(".report-" + System.nanoTime()));
    Optional<String> skipped = Optional.empty();
    if (!run.config.report().pdf()) {
      skipped = Optional.of("report.pdf is switched off (report.pdf: false)");
    } else if (printer.isEmpty()) {
      skipped =
          Optional.of(
              "report.pdf not printed: no Chromium found (set MONITOR_CHROMIUM or install Debian's chromium, e.g. with "
                  + "scripts/install-test-tools)");
    }
    Printing printing = new Printing(skipped.isPresent() ? null : printer.get());
    try {
      Path html = fresh.resolve("index.html");
      render(model, html);
      FailPoint.reach("report.html");
      // the report prints while the books' profiles are drawn and written
      printing.print(html, fresh.resolve("report.pdf"));
      for (Map.Entry<String, List<Map<String, Object>>> b : books.entrySet()) {
        // a book is the report's template with the town's profiles alone
        List<ReportModel.Profile> profiles = profilePages.of(b.getValue());
        Map<String, Object> book = new LinkedHashMap<>(model);
        book.put("chapters", List.of());
        book.put("annexes", List.of());
        book.put("books", List.of());
        book.put("profiles", profiles);
        book.put("bookTown", profiles.get(0).town());
        Path file = fresh.resolve(BOOKS).resolve(b.getKey() + ".html");
        Files.createDirectories(file.getParent());
        render(book, file);
        if (run.config.report().booksPdf()) {
          printing.print(file, file.resolveSibling(b.getKey() + ".pdf"));
        }
      }
      printing.await();
      swap(fresh, target);
      Map<String, Long> files = new LinkedHashMap<>();
      try (var all = Files.walk(target)) {
        for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
          files.put("report/" + target.relativize(f).toString().replace('\\', '/'), Files.size(f));
        }
      }
      return new Result(files, d.rows().size(), skipped);
    } finally {
      printing.close();
      FileTrees.deleteRecursively(fresh);
    }
  }

  /** The folder of the town books of profiles, in report/. */
  static final String BOOKS = "steckbriefe";

  private static void render(Map<String, Object> model, Path file) throws IOException {
    render("bericht.ftlh", model, file);
  }

  /** A template of the report's folder (the report's, the atlas's) rendered into a file. */
  static void render(String template, Map<String, Object> model, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      FREEMARKER.getTemplate(template).process(model, w);
    } catch (TemplateException e) {
      throw new IllegalStateException("the template " + template + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Each page's PDF printed as soon as the page is written, as many Chromiums at once as there are
   * cores: a city's ten booklets printed one after the other took longer than the rest of the
   * report, and printing the first pages while the booklets are still being written hides most of
   * the writing. Without a printer it prints nothing.
   */
  private static final class Printing implements AutoCloseable {
    private final PdfPrinter printer;
    private final java.util.concurrent.ExecutorService pool;
    private final List<java.util.concurrent.Future<?>> printed = new ArrayList<>();

    Printing(PdfPrinter printer) {
      this.printer = printer;
      this.pool =
          printer == null
              ? null
              : java.util.concurrent.Executors.newFixedThreadPool(
                  Runtime.getRuntime().availableProcessors());
    }

    void print(Path page, Path pdf) {
      if (printer != null) {
        printed.add(
            pool.submit(
                () -> {
                  printer.print(page, pdf);
                  return null;
                }));
      }
    }

    void await() throws IOException {
      try {
        for (java.util.concurrent.Future<?> f : printed) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("printing the report was interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw e.getCause() instanceof IOException io
            ? io
            : new IOException("printing the report failed: " + e.getCause(), e.getCause());
      }
    }

    @Override
    public void close() {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** A district's book: its town's id as a file name. */
  private static String bookOf(Map<String, Object> row) {
    Object town = row.get(de.sozialraum.monitor.schema.Columns.MUNICIPALITY_ID);
    return town == null ? "ohne_gemeinde" : town.toString().replaceAll("[^A-Za-z0-9_-]", "_");
  }

  /** The books as the report lists them: town, file and how many profiles. */
  private static List<Map<String, Object>> bookList(
      ReportData d, Map<String, List<Map<String, Object>>> books) {
    List<Map<String, Object>> out = new ArrayList<>();
    books.forEach(
        (file, rows) ->
            out.add(
                Map.of(
                    "town",
                    // as the profiles name it: a district without a town by the county
                    Objects.toString(
                        rows.get(0).get(de.sozialraum.monitor.schema.Columns.MUNICIPALITY_NAME),
                        d.countyName()),
                    "file",
                    BOOKS + "/" + file + ".html",
                    "count",
                    rows.size())));
    return out;
  }

  private static ReportModel.Meta meta(ReportData d) throws IOException {
    MonitorConfig.Report r = d.config.report();
    List<String> foreword = new ArrayList<>();
    if (r.foreword() != null) {
      for (String p : r.foreword().strip().split("\\n\\s*\\n")) {
        foreword.add(p.strip().replaceAll("\\s*\\n\\s*", " "));
      }
    }
    String published =
        d.run.manifest.path("finished").asText(d.run.manifest.path("started").asText());
    return new ReportModel.Meta(
        r.title(),
        r.publisher(),
        logo(r),
        foreword,
        d.year,
        d.config.yearLabels().get(d.year),
        d.previous == null
            ? null
            : d.previous
                + (d.config.yearLabels().containsKey(d.previous)
                    ? " (" + d.config.yearLabels().get(d.previous) + ")"
                    : ""),
        d.run.runId(),
        published.length() >= 10 ? published.substring(0, 10) : published,
        d.run.manifest.path("code").path("version").asText(),
        d.config.synthetic(),
        d.countyName());
  }

  private static String logo(MonitorConfig.Report r) throws IOException {
    if (r.logo() == null) {
      return null;
    }
    if (!Files.isRegularFile(r.logo())) {
      throw new IOException("report.logo: file not found: " + r.logo());
    }
    String name = r.logo().getFileName().toString().toLowerCase(Locale.ROOT);
    String type =
        name.endsWith(".svg")
            ? "image/svg+xml"
            : name.endsWith(".png") ? "image/png" : "image/jpeg";
    return "data:"
        + type
        + ";base64,"
        + Base64.getEncoder().encodeToString(Files.readAllBytes(r.logo()));
  }

  /**
   * Undoes what a rebuild killed half-way left in a run: a report moved aside but not yet replaced
   * is put back, and unfinished new reports are removed. Without it the run would stay without
   * {@code report/} until the next rebuild.
   */
  static void recover(Path runDir) throws IOException {
    Path target = runDir.resolve("report");
    Path old = runDir.resolve(".report-old");
    if (!Files.exists(target) && Files.isDirectory(old)) {
      Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
    }
    try (var leftovers = Files.newDirectoryStream(runDir, ".report-*")) {
      for (Path p : leftovers) {
        FileTrees.deleteRecursively(p);
      }
    }
  }

  /**
   * Replaces the old report directory by the new one; the old one is removed only after the new one
   * is in place.
   */
  private static void swap(Path fresh, Path target) throws IOException {
    Path old = target.resolveSibling(".report-old");
    FileTrees.deleteRecursively(old);
    if (Files.exists(target)) {
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
    FileTrees.deleteRecursively(old);
  }

  private static Configuration freemarker() {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    c.setClassForTemplateLoading(AnnualReport.class, "/report");
    c.setDefaultEncoding("UTF-8");
    c.setLocale(Locale.GERMANY);
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    return c;
  }
}
