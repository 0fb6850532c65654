package de.sozialraum.monitor.report;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.output.PublishedRun;
import de.sozialraum.monitor.util.FailPoint;
import de.sozialraum.monitor.util.FileTrees;
import freemarker.template.Configuration;
import freemarker.template.Template;
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
    model.put("chapters", new Chapters(d).all());
    model.put("profiles", new ProfilePages(d).all());
    model.put("annexes", new Annexes(d).all());
    recover(run.dir);
    Path target = run.dir.resolve("report");
    Path fresh = Files.createDirectory(run.dir.resolve(".report-" + System.nanoTime()));
    try {
      Path html = fresh.resolve("index.html");
      try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
        Template t = FREEMARKER.getTemplate("bericht.ftlh");
        t.process(model, w);
      } catch (TemplateException e) {
        throw new IllegalStateException("the report template failed: " + e.getMessage(), e);
      }
      FailPoint.reach("report.html");
      Optional<String> skipped = Optional.empty();
      if (!run.config.report().pdf()) {
        skipped = Optional.of("report.pdf is switched off (report.pdf: false)");
      } else if (printer.isEmpty()) {
        skipped =
            Optional.of(
                "report.pdf not printed: no Chromium found (set MONITOR_CHROMIUM or install Debian's chromium, e.g. with "
                    + "scripts/install-test-tools)");
      } else {
        printer.get().print(html, fresh.resolve("report.pdf"));
      }
      swap(fresh, target);
      Map<String, Long> files = new LinkedHashMap<>();
      files.put("report/index.html", Files.size(target.resolve("index.html")));
      if (Files.exists(target.resolve("report.pdf"))) {
        files.put("report/report.pdf", Files.size(target.resolve("report.pdf")));
      }
      return new Result(files, d.rows().size(), skipped);
    } finally {
      FileTrees.deleteRecursively(fresh);
    }
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
