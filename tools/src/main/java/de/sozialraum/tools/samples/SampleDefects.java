package de.sozialraum.tools.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code kreis-unna-defekt}: the clean sample with one instance of every defect the quality
 * rules must catch, edited into the files as text the way a broken delivery looks. {@code
 * DEFEKTE.md} lists each defect with file, line or feature and the rule that must report it; the
 * integration test checks every entry.
 */
final class SampleDefects {

  /**
   * Lines of the wide per-district-year files: header, then 9 years per district in district order.
   */
  private static final int YEARS =
      SampleCountyGenerator.LAST_YEAR - SampleCountyGenerator.FIRST_YEAR + 1;

  private final Path clean;
  private final Path out;
  private final List<String> listing = new ArrayList<>();

  SampleDefects(Path clean, Path out) {
    this.clean = clean;
    this.out = out;
  }

  void write() throws IOException {
    Files.createDirectories(out.resolve("geometrie"));
    population();
    jobcenter();
    schoolEntry();
    households();
    Files.copy(
        clean.resolve("angebote.csv"),
        out.resolve("angebote.csv"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    schoolTransitions();
    geometry();
    Files.writeString(
        out.resolve("DEFEKTE.md"),
        "# Defekte Kopie der synthetischen Beispieldaten\n\n"
            + SampleCountyGenerator.NOTICE
            + "\n\nJede Zeile: Datei | Zeile/Feature | erwartete Meldung (Regel)\n\n"
            + String.join("\n", listing)
            + "\n",
        StandardCharsets.UTF_8);
  }

  private static int wideLine(int district, int year) {
    return 2 + district * YEARS + (year - SampleCountyGenerator.FIRST_YEAR);
  }

  private void population() throws IOException {
    String f = "einwohner_altersgruppen.csv";
    List<String> lines = Files.readAllLines(clean.resolve(f), StandardCharsets.UTF_8);
    setField(lines, wideLine(1, 2018), 2, "-120", f, "negative_count");
    setField(lines, wideLine(5, 2021), -1, null, f, "field_count");
    String exact = lines.get(wideLine(3, 2019) - 1);
    String conflicting = lines.get(wideLine(4, 2020) - 1);
    lines.add(exact);
    note(
        f, lines.size(), "duplicate_key (exakte Wiederholung von Zeile " + wideLine(3, 2019) + ")");
    lines.add(replaceField(conflicting, 2, "99999"));
    note(
        f,
        lines.size(),
        "duplicate_key (widerspricht Zeile " + wideLine(4, 2020) + ", beide verworfen)");
    note(f, wideLine(4, 2020), "duplicate_key");
    lines.add("2020;05978099001;500;15;14;18;22;14;37;265;115");
    note(f, lines.size(), "unknown_district");
    // spreadsheet formula as a district id: echoed into rejects.csv, where it must arrive defused
    lines.add(
        "2020;\"=HYPERLINK(\"\"http://example.invalid\"\";\"\"Klick\"\")\";500;15;14;18;22;14;37;265;115");
    note(
        f,
        lines.size(),
        "unknown_district (Tabellenformel als Kennung; in den CSV-Ausgaben mit ' entschärft)");
    Files.write(out.resolve(f), lines, StandardCharsets.UTF_8);
  }

  private void jobcenter() throws IOException {
    String f = "jobcenter_sgb2.csv";
    Charset cp1252 = Charset.forName("windows-1252");
    List<String> lines = Files.readAllLines(clean.resolve(f), cp1252);
    setField(lines, wideLine(2, 2017), 4, "1.2.3", f, "not_a_number");
    setField(lines, wideLine(6, 2022), 9, "123,5", f, "rate_out_of_range");
    setField(
        lines, wideLine(7, 2023), 5, "99999", f, "numerator_exceeds_denominator (kinderarmut)");
    setField(lines, wideLine(8, 2016), 1, "", f, "missing_district");
    setField(lines, wideLine(3, 2018), 5, "Infinity", f, "not_a_number (Infinity)");
    Files.write(out.resolve(f), lines, cp1252);
  }

  private void schoolEntry() throws IOException {
    String f = "schuleingangsuntersuchung.csv";
    List<String> lines = Files.readAllLines(clean.resolve(f), StandardCharsets.UTF_8);
    int row = 2 + (9 * YEARS + 3) * 5; // district 9, year 2019, first finding ("untersucht")
    setField(lines, row, 0, "20x9", f, "bad_year");
    setField(
        lines,
        row + 5,
        3,
        "-9999",
        f,
        "-9999 ist ein NA-Wert: fehlend, keine Verwerfung (summary.json: missing)");
    setField(lines, row + 11, 3, "9999", f, "numerator_exceeds_denominator (sprachauffaelligkeit)");
    Files.write(out.resolve(f), lines, StandardCharsets.UTF_8);
  }

  /**
   * The table keyed by school districts: a zone that the zoning does not have, and a duplicated
   * zone-year.
   */
  private void schoolTransitions() throws IOException {
    for (String layer :
        List.of("geometrie/grundschulbezirke.geojson", "geometrie/baubloecke.csv")) {
      Files.copy(
          clean.resolve(layer),
          out.resolve(layer),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    String f = "schulwechsel_grundschulbezirke.csv";
    List<String> lines = Files.readAllLines(clean.resolve(f), StandardCharsets.UTF_8);
    lines.add("GS-05978099-01;2020;40;12");
    note(f, lines.size(), "unknown_zone");
    lines.add(replaceField(lines.get(2), 2, "999"));
    note(f, lines.size(), "duplicate_key (widerspricht Zeile 3, beide verworfen)");
    note(f, 3, "duplicate_key");
    Files.write(out.resolve(f), lines, StandardCharsets.UTF_8);
  }

  private void households() throws IOException {
    String f = "haushalte.csv";
    List<String> lines = Files.readAllLines(clean.resolve(f), StandardCharsets.UTF_8);
    int line = wideLine(10, 2021);
    String households = lines.get(line - 1).split(";")[2];
    setField(lines, line, 3, households, f, "implausible_jump (Warnung: 100 % Alleinerziehende)");
    setField(lines, wideLine(12, 2019), 2, "NaN", f, "not_a_number (NaN)");
    Files.write(out.resolve(f), lines, StandardCharsets.UTF_8);
  }

  private void geometry() throws IOException {
    String f = "geometrie/sozialraeume.geojson";
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode fc = (ObjectNode) mapper.readTree(clean.resolve(f).toFile());
    ArrayNode features = (ArrayNode) fc.get("features");
    ObjectNode first = (ObjectNode) features.get(0);
    String duplicatedId = first.at("/properties/sozialraum_id").asText();
    double x = first.at("/geometry/coordinates/0/0/0").asDouble();
    double y = first.at("/geometry/coordinates/0/0/1").asDouble();

    ObjectNode spiked = (ObjectNode) features.get(12);
    ArrayNode ring = (ArrayNode) spiked.at("/geometry/coordinates/0");
    JsonNode a = ring.get(0);
    JsonNode b = ring.get(1);
    ArrayNode tip =
        mapper
            .createArrayNode()
            .add((a.get(0).asDouble() + b.get(0).asDouble()) / 2)
            .add((a.get(1).asDouble() + b.get(1).asDouble()) / 2);
    ArrayNode back = tip.deepCopy();
    ArrayNode spike =
        mapper.createArrayNode().add(tip.get(0).asDouble() + 0.5).add(tip.get(1).asDouble() + 0.5);
    ring.insert(1, back);
    ring.insert(1, spike);
    ring.insert(1, tip);
    listing.add(f + " | feature 13 | geometry repaired (zero-width spike, warning, district kept)");

    features.add(square(mapper, duplicatedId, "Doppelte Kennung", x - 3000, y - 3000));
    listing.add(
        f
            + " | feature 1 and "
            + features.size()
            + " | duplicate_id "
            + duplicatedId
            + " (both rejected)");
    ObjectNode noId = square(mapper, null, "Ohne Kennung", x - 6000, y - 3000);
    features.add(noId);
    listing.add(f + " | feature " + features.size() + " | missing_id");
    ObjectNode bowTie = square(mapper, "05978099002", "Schleife", x - 9000, y - 3000);
    ArrayNode r = (ArrayNode) bowTie.at("/geometry/coordinates/0");
    JsonNode p1 = r.get(1);
    r.set(1, r.get(2));
    r.set(2, p1);
    features.add(bowTie);
    listing.add(
        f + " | feature " + features.size() + " | invalid_geometry (self-intersection, rejected)");
    features.add(
        square(
            mapper,
            "05978099003",
            "=HYPERLINK(\"http://example.invalid\";\"Ohne Daten\")",
            x - 12000,
            y - 3000));
    listing.add(
        f
            + " | feature "
            + features.size()
            + " | district_without_data (warning; its name is a spreadsheet formula, defused with ' in the CSV outputs)");
    mapper.writeValue(out.resolve(f).toFile(), fc);
  }

  private static ObjectNode square(ObjectMapper m, String id, String name, double x, double y) {
    ObjectNode f = m.createObjectNode().put("type", "Feature");
    ObjectNode props = f.putObject("properties");
    if (id != null) {
      props.put("sozialraum_id", id);
    }
    props.put("name", name).put("gemeinde_id", "05978024").put("gemeinde", "Lünen");
    ObjectNode g = f.putObject("geometry").put("type", "Polygon");
    ArrayNode ring = g.putArray("coordinates").addArray();
    double[][] pts = {{x, y}, {x + 500, y}, {x + 500, y + 500}, {x, y + 500}, {x, y}};
    for (double[] p : pts) {
      ring.addArray().add(p[0]).add(p[1]);
    }
    return f;
  }

  /**
   * Replaces field {@code index} of the 1-based {@code line}; index −1 cuts the line after its
   * third field.
   */
  private void setField(
      List<String> lines, int line, int index, String value, String file, String rule) {
    String original = lines.get(line - 1);
    lines.set(
        line - 1,
        index < 0
            ? String.join(
                original.contains(";") ? ";" : ",",
                java.util.Arrays.asList(split(original)).subList(0, 3))
            : replaceField(original, index, value));
    note(file, line, rule);
  }

  private void note(String file, int line, String rule) {
    listing.add(file + " | line " + line + " | " + rule);
  }

  private static String[] split(String line) {
    return line.split(line.contains(";") ? ";" : ",", -1);
  }

  private static String replaceField(String line, int index, String value) {
    String sep = line.contains(";") ? ";" : ",";
    String[] f = split(line);
    f[index] = value;
    return String.join(sep, f);
  }
}
