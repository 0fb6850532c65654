package de.sozialraum.geodata.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Streams one GeoJSON FeatureCollection. {@link #rfc7946} writes what RFC 7946 demands: WGS 84
 * longitude/latitude, no {@code crs} member, coordinates rounded to 7 decimals (≈1 cm, §11.2)
 * without breaking validity. {@link #projected} writes the older 2008 form with a named {@code crs}
 * and centimetre precision, which GDAL and QGIS still read and write for EPSG:25832 data. Both
 * orient exterior rings counter-clockwise and holes clockwise (§3.1.6). Features are written as
 * they come, so a large layer never sits in memory.
 */
public final class GeoJsonWriter implements Closeable {

  /** 7 decimal places: the grid RFC 7946 §11.2 recommends as more than enough. */
  private static final PrecisionModel SEVEN_DECIMALS = new PrecisionModel(1e7);

  private static final PrecisionModel CENTIMETRES = new PrecisionModel(100);

  private final JsonGenerator json;
  private final PrecisionModel precision;

  /** RFC 7946: geometries passed to {@link #write} must be WGS 84 longitude/latitude. */
  public static GeoJsonWriter rfc7946(OutputStream out, Map<String, Object> collectionMembers)
      throws IOException {
    return new GeoJsonWriter(out, collectionMembers, SEVEN_DECIMALS);
  }

  /** GeoJSON 2008 with a named CRS (e.g. {@code EPSG:25832}) in metres, rounded to centimetres. */
  public static GeoJsonWriter projected(
      OutputStream out, int epsg, Map<String, Object> collectionMembers) throws IOException {
    // ordered maps throughout: Map.of iterates in a per-JVM order, and the same input must give the
    // same bytes
    Map<String, Object> crs = new java.util.LinkedHashMap<>();
    crs.put("type", "name");
    crs.put("properties", Map.of("name", "urn:ogc:def:crs:EPSG::" + epsg));
    Map<String, Object> members = new java.util.LinkedHashMap<>(collectionMembers);
    members.put("crs", crs);
    return new GeoJsonWriter(out, members, CENTIMETRES);
  }

  private GeoJsonWriter(
      OutputStream out, Map<String, Object> collectionMembers, PrecisionModel precision)
      throws IOException {
    this.precision = precision;
    json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    json.writeStartObject();
    json.writeStringField("type", "FeatureCollection");
    for (Map.Entry<String, Object> m : collectionMembers.entrySet()) {
      json.writeFieldName(m.getKey());
      writeValue(m.getValue());
    }
    json.writeArrayFieldStart("features");
  }

  /** Writes a feature; for RFC 7946 the geometry must already be in WGS 84 longitude/latitude. */
  public void write(Object id, Geometry geometry, Map<String, ?> properties) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "Feature");
    if (id != null) {
      json.writeFieldName("id");
      writeValue(id);
    }
    json.writeFieldName("geometry");
    if (geometry == null || geometry.isEmpty()) {
      json.writeNull();
    } else {
      writeGeometry(prepare(geometry, precision));
    }
    json.writeObjectFieldStart("properties");
    for (Map.Entry<String, ?> p : properties.entrySet()) {
      json.writeFieldName(p.getKey());
      writeValue(p.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  @Override
  public void close() throws IOException {
    json.writeEndArray();
    json.writeEndObject();
    json.close();
  }

  /** Rounds to the grid (keeping polygons valid) and orients rings by the right-hand rule. */
  static Geometry prepare(Geometry geometry, PrecisionModel grid) {
    Geometry reduced = GeometryPrecisionReducer.reduce(geometry, grid);
    if (geometry instanceof MultiPolygon && reduced instanceof Polygon p) {
      // the reducer returns a Polygon for a one-part MultiPolygon; a layer should keep one geometry
      // type
      reduced = reduced.getFactory().createMultiPolygon(new Polygon[] {p});
    }
    return orient(reduced);
  }

  private static Geometry orient(Geometry g) {
    if (g instanceof Polygon p) {
      LinearRing shell = ccw(p.getExteriorRing(), true);
      LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
      for (int i = 0; i < holes.length; i++) {
        holes[i] = ccw(p.getInteriorRingN(i), false);
      }
      return g.getFactory().createPolygon(shell, holes);
    }
    if (g instanceof MultiPolygon) {
      // keep MultiPolygon even with one part: a layer should have one geometry type
      Polygon[] parts = new Polygon[g.getNumGeometries()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = (Polygon) orient(g.getGeometryN(i));
      }
      return g.getFactory().createMultiPolygon(parts);
    }
    return g;
  }

  private static LinearRing ccw(LinearRing ring, boolean wantCcw) {
    return Orientation.isCCW(ring.getCoordinateSequence()) == wantCcw ? ring : ring.reverse();
  }

  private void writeGeometry(Geometry g) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", g.getGeometryType());
    switch (g.getGeometryType()) {
      case "Point" -> {
        json.writeFieldName("coordinates");
        position(((Point) g).getCoordinate());
      }
      case "LineString", "LinearRing" -> {
        json.writeFieldName("coordinates");
        positions(g.getCoordinates());
      }
      case "Polygon" -> {
        json.writeFieldName("coordinates");
        rings((Polygon) g);
      }
      case "MultiPoint", "MultiLineString", "MultiPolygon" -> {
        json.writeArrayFieldStart("coordinates");
        for (int i = 0; i < g.getNumGeometries(); i++) {
          Geometry part = g.getGeometryN(i);
          if (part instanceof Polygon p) {
            rings(p);
          } else if (part instanceof Point pt) {
            position(pt.getCoordinate());
          } else {
            positions(part.getCoordinates());
          }
        }
        json.writeEndArray();
      }
      default ->
          throw new IllegalArgumentException(
              "cannot write a " + g.getGeometryType() + " as GeoJSON");
    }
    json.writeEndObject();
  }

  private void rings(Polygon p) throws IOException {
    json.writeStartArray();
    positions(p.getExteriorRing().getCoordinates());
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      positions(p.getInteriorRingN(i).getCoordinates());
    }
    json.writeEndArray();
  }

  private void positions(Coordinate[] cs) throws IOException {
    json.writeStartArray();
    for (Coordinate c : cs) {
      position(c);
    }
    json.writeEndArray();
  }

  private void position(Coordinate c) throws IOException {
    json.writeStartArray();
    json.writeNumber(c.x);
    json.writeNumber(c.y);
    json.writeEndArray();
  }

  private void writeValue(Object v) throws IOException {
    if (v == null) {
      json.writeNull();
    } else if (v instanceof Double d) {
      if (Double.isFinite(d)) {
        json.writeNumber(d);
      } else {
        json.writeNull(); // JSON has no NaN or Infinity
      }
    } else if (v instanceof Float f) {
      writeValue(f.doubleValue());
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      json.writeNumber(((Number) v).longValue());
    } else if (v instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (v instanceof Map<?, ?> m) {
      json.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        json.writeFieldName(String.valueOf(e.getKey()));
        writeValue(e.getValue());
      }
      json.writeEndObject();
    } else if (v instanceof Iterable<?> it) {
      json.writeStartArray();
      for (Object o : it) {
        writeValue(o);
      }
      json.writeEndArray();
    } else {
      json.writeString(v.toString());
    }
  }
}
