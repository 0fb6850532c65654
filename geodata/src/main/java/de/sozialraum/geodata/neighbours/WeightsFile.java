package de.sozialraum.geodata.neighbours;

import de.sozialraum.geodata.io.CsvInput;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Neighbours from the files GeoDa, PySAL and spdep exchange, keyed by area id: GAL (each area with
 * its neighbour count, then its neighbours), GWT (one link "from to weight" per line) and a CSV
 * edge list. A file is read as spdep reads it ({@code read.gal}: whitespace-separated tokens, line
 * breaks not significant; {@code read.gwt2nb}: the structure, the weights left to the run's style),
 * and checked against the areas it is meant for, every problem with its line. The run's own
 * neighbours are written as GWT too, with the weights of its style.
 */
public final class WeightsFile {

  public enum Format {
    GAL,
    GWT,
    CSV;

    /** By the file's extension ({@code .gal}, {@code .gwt}, {@code .csv}), or null. */
    public static Format of(Path file) {
      String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
      for (Format f : values()) {
        if (n.endsWith("." + f.name().toLowerCase(Locale.ROOT))) {
          return f;
        }
      }
      return null;
    }
  }

  /** How an edge list names its columns: {@code from} and {@code to} ids, its delimiter. */
  public record EdgeColumns(String from, String to, char delimiter) {}

  private static final Pattern BLANK = Pattern.compile("\\s+");

  /** A file this broken has said enough: reading on would only repeat it. */
  private static final int MAX_PROBLEMS = 20;

  private WeightsFile() {}

  /**
   * The neighbour list of {@code ids} (the areas in their order) that {@code file} describes.
   *
   * @throws WeightsFileException with every problem found (unknown or repeated areas, counts that
   *     do not add up, self-links, areas a GAL file leaves out), each naming the file and line
   */
  public static NeighbourList read(
      Path file, Format format, Charset charset, EdgeColumns columns, List<String> ids)
      throws IOException, WeightsFileException {
    Map<String, Integer> position = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      position.put(ids.get(i), i);
    }
    Reading r = new Reading(file.getFileName().toString(), position);
    switch (format) {
      case GAL -> r.gal(Files.readAllLines(file, charset));
      case GWT -> r.gwt(Files.readAllLines(file, charset));
      case CSV -> r.csv(file, charset, columns);
    }
    r.unknownHint();
    if (!r.problems.isEmpty()) {
      throw new WeightsFileException(r.problems);
    }
    return NeighbourList.of(r.adjacency);
  }

  /** One file's reading: the links found so far and the problems, by line. */
  private static final class Reading {
    final String source;
    final Map<String, Integer> position;
    final List<Set<Integer>> adjacency = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final List<String> unknown = new ArrayList<>();

    Reading(String source, Map<String, Integer> position) {
      this.source = source;
      this.position = position;
      for (int i = 0; i < position.size(); i++) {
        adjacency.add(new TreeSet<>());
      }
    }

    /** spdep's header: "n", or GeoDa's "0 n layer id-field". */
    int header(String[] t, long line) {
      try {
        return Integer.parseInt(t.length >= 2 && t[0].equals("0") ? t[1] : t[0]);
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        problem(
            line,
            "the header is not 'n' or '0 n layer id-field' but '" + String.join(" ", t) + "'");
        return -1;
      }
    }

    void gal(List<String> lines) {
      List<String> tokens = new ArrayList<>();
      List<Integer> lineOf = new ArrayList<>();
      for (int l = 1; l < lines.size(); l++) {
        for (String t : BLANK.split(lines.get(l).trim())) {
          if (!t.isEmpty()) {
            tokens.add(t);
            lineOf.add(l + 1);
          }
        }
      }
      int n = lines.isEmpty() ? -1 : header(BLANK.split(lines.get(0).trim()), 1);
      boolean[] listed = new boolean[position.size()];
      int areas = 0;
      int at = 0;
      boolean cut = false; // a broken entry: the areas after it are not counted
      while (at < tokens.size() && problems.size() < MAX_PROBLEMS) {
        int line = lineOf.get(at);
        Integer i = area(tokens.get(at++), line);
        if (at >= tokens.size()) {
          problem(line, "the area has no neighbour count");
          cut = true;
          break;
        }
        int k;
        try {
          k = Integer.parseInt(tokens.get(at++));
        } catch (NumberFormatException e) {
          problem(line, "the neighbour count '" + tokens.get(at - 1) + "' is not a whole number");
          cut = true;
          break;
        }
        if (at + k > tokens.size()) {
          problem(line, "the area lists " + k + " neighbours, but the file ends before");
          cut = true;
          break;
        }
        areas++;
        if (i != null) {
          if (listed[i]) {
            problem(line, "area '" + tokens.get(at - 2) + "' is listed twice");
          }
          listed[i] = true;
        }
        for (int m = 0; m < k; m++) {
          link(i, tokens.get(at), lineOf.get(at));
          at++;
        }
      }
      if (n >= 0 && n != areas && !cut) {
        problem(1, "the header announces " + n + " areas, the file lists " + areas);
      }
      List<String> missing = new ArrayList<>();
      for (Map.Entry<String, Integer> e : position.entrySet()) {
        if (!listed[e.getValue()]) {
          missing.add(e.getKey());
        }
      }
      if (!missing.isEmpty()) {
        problems.add(
            source
                + ": "
                + missing.size()
                + " district(s) are not in the file, which lists every area with its neighbours"
                + " (an island with 0): "
                + first(missing));
      }
    }

    void gwt(List<String> lines) {
      if (!lines.isEmpty()) {
        header(BLANK.split(lines.get(0).trim()), 1);
      }
      for (int l = 1; l < lines.size() && problems.size() < MAX_PROBLEMS; l++) {
        if (lines.get(l).isBlank()) {
          continue;
        }
        String[] t = BLANK.split(lines.get(l).trim());
        if (t.length < 2) {
          problem(l + 1, "a link is 'from to weight', the line has '" + lines.get(l).trim() + "'");
          continue;
        }
        link(area(t[0], l + 1), t[1], l + 1);
      }
    }

    /** A delimited edge list, parsed as the project parses every delimited input. */
    void csv(Path file, Charset charset, EdgeColumns c) throws IOException {
      CSVFormat format =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(c.delimiter())
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreEmptyLines(true)
              .setTrim(true)
              .build();
      try (CSVParser parser = CsvInput.open(file, charset, format)) {
        List<String> header = parser.getHeaderNames();
        if (header.isEmpty()) {
          problem(
              1,
              "the file is empty; it needs a header with the columns '"
                  + c.from()
                  + "' and '"
                  + c.to()
                  + "'");
          return;
        }
        if (!header.contains(c.from()) || !header.contains(c.to())) {
          problem(
              1,
              "the header "
                  + header
                  + " lacks the column(s) "
                  + (header.contains(c.from()) ? "" : "'" + c.from() + "' ")
                  + (header.contains(c.to()) ? "" : "'" + c.to() + "'"));
          return;
        }
        for (CSVRecord r : parser) {
          if (problems.size() >= MAX_PROBLEMS) {
            break;
          }
          long line = CsvInput.startLine(parser, r);
          if (!r.isSet(c.from()) || !r.isSet(c.to())) {
            problem(line, r.size() + " fields, the header has " + header.size());
            continue;
          }
          link(area(r.get(c.from()), line), r.get(c.to()), line);
        }
      }
    }

    Integer area(String id, long line) {
      Integer i = position.get(id);
      if (i == null) {
        if (unknown.size() < 5) {
          problem(line, "'" + id + "' is not a district id");
        }
        unknown.add(id);
      }
      return i;
    }

    void link(Integer from, String toId, long line) {
      Integer to = area(toId, line);
      if (from == null || to == null) {
        return;
      }
      if (from.equals(to)) {
        problem(line, "area '" + toId + "' is listed as its own neighbour");
        return;
      }
      adjacency.get(from).add(to);
    }

    /** Ids that match the districts' once their leading zeros are put back, said once. */
    void unknownHint() {
      if (unknown.isEmpty()) {
        return;
      }
      int width = position.keySet().stream().mapToInt(String::length).max().orElse(0);
      long padded =
          unknown.stream()
              .filter(
                  u ->
                      u.matches("\\d+")
                          && position.containsKey("0".repeat(Math.max(0, width - u.length())) + u))
              .count();
      String more = unknown.size() > 5 ? " (" + unknown.size() + " unknown ids in all)" : "";
      problems.add(
          source
              + ": "
              + unknown.size()
              + " id(s) are not district ids"
              + more
              + (padded > 0
                  ? "; "
                      + padded
                      + " of them are district ids once padded with leading zeros to "
                      + width
                      + " digits ('"
                      + unknown.get(0)
                      + "'): the file was likely written by a program that read the ids as numbers"
                  : ""));
    }

    private void problem(long line, String what) {
      problems.add(source + ", line " + line + ": " + what);
    }

    private static String first(List<String> ids) {
      return String.join(", ", ids.subList(0, Math.min(10, ids.size())))
          + (ids.size() > 10 ? ", …" : "");
    }
  }

  /**
   * The weights as a GWT file (GeoDa; spdep {@code read.gwt2nb}; PySAL): GeoDa's header "0 n layer
   * id-field", then one line "from to weight" per link, the weight as {@code weights} gives it.
   */
  public static void writeGwt(
      Writer out, SpatialWeights weights, List<String> ids, String layer, String idField)
      throws IOException {
    out.write(
        "0 " + ids.size() + " " + layer.replace(' ', '_') + " " + idField.replace(' ', '_') + "\n");
    for (int i = 0; i < ids.size(); i++) {
      int[] nb = weights.neighbours().shared(i);
      double w = weights.weight(i);
      for (int j : nb) {
        out.write(ids.get(i) + " " + ids.get(j) + " " + Double.toString(w) + "\n");
      }
    }
  }

  /** Every problem of a file that cannot serve as the neighbours, each with its line. */
  public static final class WeightsFileException extends Exception {
    private final List<String> problems;

    WeightsFileException(List<String> problems) {
      super(String.join("\n", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }
}
