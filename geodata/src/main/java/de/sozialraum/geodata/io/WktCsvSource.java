package de.sozialraum.geodata.io;

import de.sozialraum.geodata.crs.CrsException;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.crs.ResolvedCrs;
import de.sozialraum.geodata.model.FeatureLayer;
import de.sozialraum.geodata.model.SourceFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Geometries as WKT in a CSV column, the way spreadsheets and database exports deliver them. The
 * CRS must be declared in the configuration: a CSV cannot say it. Feature numbers are the file's
 * line numbers.
 */
public final class WktCsvSource implements FeatureSource {

  @Override
  public String shortName() {
    return "wkt-csv";
  }

  @Override
  public boolean accepts(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  @Override
  public FeatureLayer read(Path file, LayerOptions options) throws GeodataException {
    if (options.crs().isEmpty()) {
      throw new GeodataException(
          file
              + ": a WKT CSV carries no CRS; declare 'crs' (e.g. EPSG:25832) in the configuration");
    }
    ResolvedCrs crs;
    try {
      crs = CrsResolver.decode(options.crs().get());
    } catch (CrsException e) {
      throw new GeodataException(file + ": " + e.getMessage(), e);
    }
    Charset charset = options.encoding() != null ? options.encoding() : StandardCharsets.UTF_8;
    CSVFormat format = CsvInput.withHeader(options.delimiter());
    WKTReader wkt = new WKTReader(new GeometryFactory());
    List<SourceFeature> features = new ArrayList<>();
    try (CSVParser parser = CsvInput.open(file, charset, format)) {
      List<String> header = parser.getHeaderNames();
      if (!header.contains(options.wktColumn())) {
        throw new GeodataException(
            file + ": line 1: no column '" + options.wktColumn() + "' (columns: " + header + ")");
      }
      for (CSVRecord r : parser) {
        int line = (int) CsvInput.startLine(parser, r);
        CsvInput.requireConsistent(file, line, r, header.size());
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (String h : header) {
          if (!h.equals(options.wktColumn())) {
            attributes.put(h, r.get(h));
          }
        }
        try {
          String text = r.get(options.wktColumn());
          features.add(new SourceFeature(line, attributes, text.isEmpty() ? null : wkt.read(text)));
        } catch (ParseException e) {
          throw new GeodataException(
              file + ": line " + line + ": invalid WKT: " + e.getMessage(), e);
        }
      }
      List<String> fields = header.stream().filter(h -> !h.equals(options.wktColumn())).toList();
      return new FeatureLayer(file, shortName(), crs, features, fields, true);
    } catch (IOException | UncheckedIOException e) {
      throw new GeodataException(file + ": cannot read CSV: " + e.getMessage(), e);
    }
  }
}
