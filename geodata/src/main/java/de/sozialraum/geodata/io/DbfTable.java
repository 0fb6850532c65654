package de.sozialraum.geodata.io;

import com.linuxense.javadbf.DBFException;
import com.linuxense.javadbf.DBFReader;
import com.linuxense.javadbf.DBFRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A dBASE table, as a Shapefile carries its attributes beside the geometry: its field names and its
 * records in file order, each value as javadbf types it (text, {@link java.math.BigDecimal} for
 * numeric fields, dates), in the encoding its {@code .cpg} names.
 */
public record DbfTable(Path file, List<String> fields, List<Map<String, Object>> records) {

  /**
   * @param charset the encoding of its text; null for the one its {@code .cpg} names, else
   *     Windows-1252, the encoding German authorities' ArcGIS exports use
   */
  public static DbfTable read(Path dbf, Charset charset) throws GeodataException {
    return scan(dbf, charset, true);
  }

  /**
   * The table's field names from its header alone, without its records: what a configuration check
   * needs.
   *
   * @param charset as for {@link #read}
   */
  public static List<String> fields(Path dbf, Charset charset) throws GeodataException {
    return scan(dbf, charset, false).fields();
  }

  private static DbfTable scan(Path dbf, Charset charset, boolean withRecords)
      throws GeodataException {
    Charset encoding = charset != null ? charset : cpgCharset(dbf);
    List<String> fields = new ArrayList<>();
    List<Map<String, Object>> records = new ArrayList<>();
    try (InputStream in = Files.newInputStream(dbf);
        DBFReader reader = new DBFReader(in, encoding)) {
      for (int i = 0; i < reader.getFieldCount(); i++) {
        fields.add(reader.getField(i).getName());
      }
      if (!withRecords) {
        return new DbfTable(dbf, List.copyOf(fields), List.of());
      }
      DBFRow row;
      while ((row = reader.nextRow()) != null) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String field : fields) {
          values.put(field, row.getObject(field));
        }
        records.add(values);
      }
    } catch (DBFException | IOException e) {
      throw new GeodataException(dbf + ": cannot read attributes: " + e.getMessage(), e);
    }
    return new DbfTable(dbf, List.copyOf(fields), List.copyOf(records));
  }

  /** Whether a {@code .cpg} beside the table names its encoding. */
  public static boolean namesItsEncoding(Path dbf) {
    return Files.exists(sibling(dbf, "cpg"));
  }

  private static Charset cpgCharset(Path dbf) throws GeodataException {
    Path cpg = sibling(dbf, "cpg");
    if (!Files.exists(cpg)) {
      return Charset.forName("windows-1252");
    }
    try {
      String name = Files.readString(cpg, StandardCharsets.US_ASCII).trim();
      String upper = name.toUpperCase(Locale.ROOT);
      if (upper.matches("\\d+")) {
        name = (upper.equals("65001") ? "UTF-8" : "windows-" + upper);
      } else if (upper.startsWith("ANSI ")) {
        name = "windows-" + upper.substring(5).trim();
      }
      return Charset.forName(name);
    } catch (IOException | IllegalArgumentException e) {
      throw new GeodataException(cpg + ": unknown encoding: " + e.getMessage(), e);
    }
  }

  /** The file of the same name with another extension, in the case the files use. */
  static Path sibling(Path file, String extension) {
    String name = file.getFileName().toString();
    String base = name.substring(0, name.lastIndexOf('.'));
    Path lower = file.resolveSibling(base + "." + extension);
    Path upper = file.resolveSibling(base + "." + extension.toUpperCase(Locale.ROOT));
    return Files.exists(lower) || !Files.exists(upper) ? lower : upper;
  }
}
