package de.sozialraum.monitor.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.monitor.output.PublishedRun;
import de.sozialraum.monitor.styles.Legends;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Sozialraumatlas of a published run: {@code atlas/index.html}, one file with its styles,
 * script and data inline, so that it opens offline from {@code file://} and from any static web
 * server and makes no outside request. Its script is the project's own ({@code atlas.js}); it uses
 * no third-party library, so there is nothing to fetch, bundle or license.
 */
public final class Atlas {

  /**
   * Above this many districts the atlas is left out: its one file would pass some 100 MB, more than
   * a browser keeps responsive, and a state's grid is for GIS (indices_geo.parquet).
   */
  public static final int MAX_DISTRICTS = 5_000;

  static final String FILE = "atlas/index.html";

  /** What was written (the file and its size), or why nothing was. */
  public record Result(Map<String, Long> files, Optional<String> omitted) {}

  private Atlas() {}

  /**
   * Why a run gets no atlas: without geometry, or with more than {@link #MAX_DISTRICTS} districts;
   * empty when it gets one.
   */
  public static Optional<String> omitted(boolean geometry, int districts) {
    if (!geometry) {
      return Optional.of(FILE + " is left out: the run has no district geometry to map");
    }
    return districts <= MAX_DISTRICTS
        ? Optional.empty()
        : Optional.of(
            FILE
                + " is left out: "
                + districts
                + " districts are more than the atlas shows ("
                + MAX_DISTRICTS
                + "); open indices_geo.parquet or gis/monitoring.gpkg in QGIS instead");
  }

  /**
   * Writes the atlas next to the old one and moves it in place only when complete, so a failed
   * rebuild leaves the old atlas.
   *
   * @param legends the run's legends of every year, as its styles were made from
   */
  public static Result write(PublishedRun run, Map<Integer, Legends> legends) throws IOException {
    Optional<String> omitted =
        omitted(!run.geometries.isEmpty(), run.indices.get(run.reportYear()).size());
    if (omitted.isPresent()) {
      return new Result(Map.of(), omitted);
    }
    ReportData d = new ReportData(run);
    String data =
        new ObjectMapper()
            .writeValueAsString(new AtlasData(d, legends).build())
            // inside a script element "</script" would end it; in JSON "<" is only ever in strings
            .replace("<", "\\u003c");
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", AtlasData.title(d));
    model.put("t", d.texts);
    model.put("synthetic", d.config.synthetic());
    model.put("data", data);
    Path file = run.dir.resolve(FILE);
    Files.createDirectories(file.getParent());
    Path fresh = file.resolveSibling(".index.html.tmp");
    AnnualReport.render("atlas.ftlh", model, fresh);
    Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return new Result(Map.of(FILE, Files.size(file)), Optional.empty());
  }
}
