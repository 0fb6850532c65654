package de.sozialraum.geodata.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds JTS geometries from GeoJSON geometry objects (RFC 7946 §3.1), reporting malformed ones
 * precisely.
 */
final class GeoJsonGeometries {

  private final GeometryFactory factory;

  GeoJsonGeometries(GeometryFactory factory) {
    this.factory = factory;
  }

  Geometry parse(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    String type = node.path("type").asText("");
    if (type.equals("GeometryCollection")) {
      JsonNode parts = node.path("geometries");
      Geometry[] geoms = new Geometry[parts.size()];
      for (int i = 0; i < geoms.length; i++) {
        geoms[i] = parse(parts.get(i));
      }
      return factory.createGeometryCollection(geoms);
    }
    JsonNode c = node.get("coordinates");
    if (c == null || !c.isArray()) {
      throw new IllegalArgumentException(
          "geometry of type '" + type + "' has no coordinates array");
    }
    return switch (type) {
      case "Point" -> factory.createPoint(coordinate(c));
      case "MultiPoint" -> {
        Point[] pts = new Point[c.size()];
        for (int i = 0; i < pts.length; i++) {
          pts[i] = factory.createPoint(coordinate(c.get(i)));
        }
        yield factory.createMultiPoint(pts);
      }
      case "LineString" -> factory.createLineString(coordinates(c));
      case "MultiLineString" -> {
        LineString[] lines = new LineString[c.size()];
        for (int i = 0; i < lines.length; i++) {
          lines[i] = factory.createLineString(coordinates(c.get(i)));
        }
        yield factory.createMultiLineString(lines);
      }
      case "Polygon" -> polygon(c);
      case "MultiPolygon" -> {
        Polygon[] polys = new Polygon[c.size()];
        for (int i = 0; i < polys.length; i++) {
          polys[i] = polygon(c.get(i));
        }
        yield factory.createMultiPolygon(polys);
      }
      default -> throw new IllegalArgumentException("unknown geometry type '" + type + "'");
    };
  }

  private Polygon polygon(JsonNode rings) {
    if (rings.isEmpty()) {
      return factory.createPolygon();
    }
    LinearRing shell = ring(rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i));
    }
    return factory.createPolygon(shell, holes);
  }

  private LinearRing ring(JsonNode positions) {
    Coordinate[] cs = coordinates(positions);
    if (cs.length < 4 || !cs[0].equals2D(cs[cs.length - 1])) {
      throw new IllegalArgumentException(
          "polygon ring is not closed or has fewer than 4 positions");
    }
    return factory.createLinearRing(cs);
  }

  private static Coordinate[] coordinates(JsonNode positions) {
    Coordinate[] cs = new Coordinate[positions.size()];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = coordinate(positions.get(i));
    }
    return cs;
  }

  private static Coordinate coordinate(JsonNode position) {
    if (position == null
        || !position.isArray()
        || position.size() < 2
        || !position.get(0).isNumber()
        || !position.get(1).isNumber()) {
      throw new IllegalArgumentException(
          "position " + position + " is not an array of at least two numbers");
    }
    double x = position.get(0).asDouble();
    double y = position.get(1).asDouble();
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("position " + position + " is not finite");
    }
    return new Coordinate(x, y);
  }
}
