package de.sozialraum.geodata.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.geodata.crs.CrsException;
import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.crs.ResolvedCrs;
import de.sozialraum.geodata.model.FeatureLayer;
import de.sozialraum.geodata.model.SourceFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * GeoJSON FeatureCollections: RFC 7946 (lon/lat WGS 84) and the older 2008 form whose {@code crs}
 * member names a projected CRS, as QGIS and GDAL still write for EPSG:25832 data. Streams the
 * features array, so a large file is never held as one JSON tree.
 */
public final class GeoJsonSource implements FeatureSource {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String shortName() {
    return "geojson";
  }

  @Override
  public boolean accepts(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".geojson") || n.endsWith(".json");
  }

  @Override
  public FeatureLayer read(Path file, LayerOptions options) throws GeodataException {
    GeoJsonGeometries geometries = new GeoJsonGeometries(new GeometryFactory());
    List<SourceFeature> features = new ArrayList<>();
    Set<String> fields = new LinkedHashSet<>();
    String declaredCrs = null;
    boolean sawFeatures = false;
    try (JsonParser p = MAPPER.createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new GeodataException(file + ": not a GeoJSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("features")) {
          if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new GeodataException(file + ": 'features' is not an array");
          }
          sawFeatures = true;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonNode f = MAPPER.readTree(p);
            features.add(feature(file, features.size() + 1, f, geometries, fields));
          }
        } else if (name.equals("crs")) {
          declaredCrs = crsName(MAPPER.readTree(p));
        } else if (name.equals("type")) {
          String type = p.getText();
          if (!type.equals("FeatureCollection")) {
            throw new GeodataException(
                file + ": GeoJSON type is '" + type + "', expected a FeatureCollection");
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new GeodataException(file + ": malformed GeoJSON " + describe(e), e);
    }
    if (!sawFeatures) {
      throw new GeodataException(file + ": GeoJSON has no 'features' array");
    }
    return new FeatureLayer(
        file, shortName(), crs(file, options, declaredCrs), features, List.copyOf(fields), false);
  }

  private static SourceFeature feature(
      Path file, int number, JsonNode f, GeoJsonGeometries geometries, Set<String> fields)
      throws GeodataException {
    Map<String, Object> attributes = new LinkedHashMap<>();
    JsonNode props = f.path("properties");
    props
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode v = e.getValue();
              attributes.put(
                  e.getKey(),
                  v.isNull()
                      ? null
                      : v.isNumber()
                          ? (Object) v.asDouble()
                          : v.isTextual() ? v.asText() : v.toString());
              fields.add(e.getKey());
            });
    if (f.hasNonNull("id") && !attributes.containsKey("id")) {
      attributes.put("id", f.get("id").asText());
    }
    try {
      return new SourceFeature(number, attributes, geometries.parse(f.get("geometry")));
    } catch (IllegalArgumentException e) {
      throw new GeodataException(file + ": feature " + number + ": " + e.getMessage());
    }
  }

  private static String crsName(JsonNode crs) {
    JsonNode name = crs.path("properties").path("name");
    return name.isTextual() ? name.asText() : null;
  }

  private static ResolvedCrs crs(Path file, LayerOptions options, String declared)
      throws GeodataException {
    try {
      if (options.crs().isPresent()) {
        return CrsResolver.decode(options.crs().get());
      }
      if (declared != null) {
        return CrsResolver.decode(declared);
      }
      return CrsResolver.wgs84LonLat();
    } catch (CrsException e) {
      throw new GeodataException(file + ": " + e.getMessage(), e);
    }
  }

  private static String describe(IOException e) {
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
        && jpe.getLocation() != null) {
      return "at line "
          + jpe.getLocation().getLineNr()
          + ", column "
          + jpe.getLocation().getColumnNr()
          + ": "
          + jpe.getOriginalMessage();
    }
    return ": " + e.getMessage();
  }
}
