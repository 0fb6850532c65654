package de.sozialraum.geodata.io;

import de.sozialraum.geodata.model.District;
import de.sozialraum.geodata.model.DistrictLayer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The districts as a plain CSV list (ids, names, optionally their municipality), for tables whose
 * areas have no boundaries at hand: a national table of 32,844 areas, a county table without its
 * shapes. The districts then have no geometry, and everything that needs one is left out of the
 * run.
 */
public final class DistrictList {

  /** The list's column names; the municipality's two go together or not at all. */
  public record Columns(String id, String name, String parentId, String parentName) {}

  private DistrictList() {}

  /**
   * @throws GeodataException naming the file and line of a missing column, an empty or repeated id
   */
  public static DistrictLayer read(Path file, Charset charset, char delimiter, Columns columns)
      throws GeodataException {
    CSVFormat format = CsvInput.withHeader(delimiter);
    List<District> districts = new ArrayList<>();
    Map<String, Long> lines = new HashMap<>();
    try (CSVParser parser = CsvInput.open(file, charset, format)) {
      List<String> header = parser.getHeaderNames();
      List<String> wanted = new ArrayList<>(List.of(columns.id(), columns.name()));
      if (columns.parentId() != null) {
        wanted.addAll(List.of(columns.parentId(), columns.parentName()));
      }
      List<String> missing = wanted.stream().filter(c -> !header.contains(c)).toList();
      if (!missing.isEmpty()) {
        throw new GeodataException(
            file
                + ": line 1: no column "
                + String.join(", ", missing.stream().map(c -> "'" + c + "'").toList())
                + " (columns: "
                + header
                + "); check the delimiter and the configured column names");
      }
      for (CSVRecord r : parser) {
        long line = CsvInput.startLine(parser, r);
        String where = file.getFileName() + ", line " + line;
        CsvInput.requireConsistent(file, line, r, header.size());
        String id = r.get(columns.id());
        if (id.isEmpty()) {
          throw new GeodataException(file + ": line " + line + ": empty district id");
        }
        Long first = lines.putIfAbsent(id, line);
        if (first != null) {
          throw new GeodataException(
              file
                  + ": line "
                  + line
                  + ": district id '"
                  + id
                  + "' repeats line "
                  + first
                  + "; every district is listed once");
        }
        districts.add(
            new District(
                id,
                r.get(columns.name()),
                columns.parentId() == null ? null : r.get(columns.parentId()),
                columns.parentId() == null ? null : r.get(columns.parentName()),
                null,
                where));
      }
    } catch (IOException | UncheckedIOException e) {
      throw new GeodataException(file + ": cannot read CSV: " + e.getMessage(), e);
    }
    if (districts.isEmpty()) {
      throw new GeodataException(file + ": lists no district");
    }
    return DistrictLayer.listed(file, districts);
  }
}
