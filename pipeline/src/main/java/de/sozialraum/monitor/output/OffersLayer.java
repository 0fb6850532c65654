package de.sozialraum.monitor.output;

import de.sozialraum.geodata.crs.CrsException;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.crs.Reprojector;
import de.sozialraum.geodata.io.GeoJsonWriter;
import de.sozialraum.monitor.supply.CatalogueField;
import de.sozialraum.monitor.supply.Offers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geotools.api.referencing.operation.TransformException;

/**
 * {@code geojson/angebote.geojson} and {@code csv/angebote.csv}: the offers with the district each
 * lies in; nothing without offers.
 */
public final class OffersLayer implements RunOutput {

  @Override
  public String name() {
    return "offers";
  }

  /**
   * The offers as their own point layer (RFC 7946, lon/lat) and as a spreadsheet, each with the
   * district it lies in.
   */
  @Override
  public Map<String, Long> write(RunTables a, Path runDir) throws IOException {
    if (!a.supply().present()) {
      return Map.of();
    }
    boolean lonLat = !a.layer().workingCrs().isPlanar();
    if (lonLat) {
      Files.createDirectories(runDir.resolve("geojson"));
    }
    Files.createDirectories(runDir.resolve("csv"));
    List<CatalogueField> fields = Offers.catalogueFields(a.config().supply());
    List<String> columns = Offers.columns(fields);
    long n = 0;
    try (OutputStream geoOut =
            lonLat
                ? Files.newOutputStream(runDir.resolve("geojson/angebote.geojson"))
                : OutputStream.nullOutputStream();
        SpreadsheetCsv csv = new SpreadsheetCsv(runDir.resolve("csv/angebote.csv"), columns)) {
      Map<String, Object> members = new LinkedHashMap<>();
      members.put("name", "angebote");
      members.put("title", a.config().title() + " – Angebote");
      GeoJsonWriter geo = lonLat ? GeoJsonWriter.rfc7946(geoOut, members) : null;
      Reprojector toLonLat =
          lonLat ? new Reprojector(a.layer().workingCrs(), CrsResolver.wgs84LonLat()) : null;
      for (Offers.Offer o : a.supply().offers().offers()) {
        List<Object> values = o.values(fields, a.supply().districtOf(o.id()));
        if (geo != null) {
          Map<String, Object> props = new LinkedHashMap<>();
          for (int c = 0; c < columns.size(); c++) {
            props.put(columns.get(c), values.get(c));
          }
          geo.write(o.id(), toLonLat.apply(o.point()), props);
        }
        csv.row(values);
        n++;
      }
      if (geo != null) {
        geo.close();
      }
    } catch (CrsException | TransformException e) {
      throw new IOException(
          "cannot transform the offers to WGS 84 for GeoJSON: " + e.getMessage(), e);
    }
    Map<String, Long> out = new LinkedHashMap<>();
    if (lonLat) {
      out.put("geojson/angebote.geojson", n);
    }
    out.put("csv/angebote.csv", n);
    return out;
  }

  @Override
  public List<String> omitted(RunTables a) {
    return a.supply().present() && a.layer().workingCrs().isPlanar()
        ? List.of(
            IndexYearFiles.PLANAR_GEOJSON.formatted(
                "geojson/angebote.geojson",
                "the offers are in csv/angebote.csv with their districts, and the report's maps"
                    + " show no offer points"))
        : List.of();
  }
}
