package de.sozialraum.geodata.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedPolygon;

/**
 * Reads the geometry part ({@code .shp}) of an ESRI Shapefile as specified in the ESRI Shapefile
 * Technical Description (1998): point and polygon shapes, with Z/M variants read in 2D. GeoTools'
 * own shapefile module is not on Maven Central, and the format is small enough to read exactly
 * here.
 */
final class ShpGeometryReader {

  private static final int NULL = 0;
  private static final int POINT = 1;
  private static final int POLYGON = 5;
  private static final int MULTIPOINT = 8;
  private static final int POINT_Z = 11;
  private static final int POLYGON_Z = 15;
  private static final int MULTIPOINT_Z = 18;
  private static final int POINT_M = 21;
  private static final int POLYGON_M = 25;
  private static final int MULTIPOINT_M = 28;

  private final GeometryFactory factory;

  ShpGeometryReader(GeometryFactory factory) {
    this.factory = factory;
  }

  List<Geometry> read(Path shp) throws GeodataException {
    ByteBuffer buf;
    try (FileChannel ch = FileChannel.open(shp, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size < 100) {
        throw new GeodataException(
            shp + ": truncated shapefile (" + size + " bytes, the header alone has 100)");
      }
      buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
    } catch (IOException e) {
      throw new GeodataException(shp + ": cannot read: " + e.getMessage(), e);
    }
    buf.order(ByteOrder.BIG_ENDIAN);
    if (buf.getInt(0) != 9994) {
      throw new GeodataException(
          shp + ": not a shapefile (file code " + buf.getInt(0) + ", expected 9994)");
    }
    long declaredLength = 2L * buf.getInt(24);
    if (declaredLength > buf.capacity()) {
      throw new GeodataException(
          shp
              + ": truncated shapefile: header declares "
              + declaredLength
              + " bytes, file has "
              + buf.capacity());
    }
    List<Geometry> geometries = new ArrayList<>();
    int pos = 100;
    while (pos + 8 <= declaredLength) {
      int recordNumber = geometries.size() + 1;
      buf.order(ByteOrder.BIG_ENDIAN);
      int contentBytes = 2 * buf.getInt(pos + 4);
      int start = pos + 8;
      if (start + contentBytes > declaredLength) {
        throw new GeodataException(
            shp + ": feature " + recordNumber + ": record runs past the end of the file");
      }
      buf.order(ByteOrder.LITTLE_ENDIAN);
      try {
        geometries.add(shape(buf, start));
      } catch (RuntimeException e) {
        throw new GeodataException(
            shp + ": feature " + recordNumber + ": unreadable shape record: " + e.getMessage(), e);
      }
      pos = start + contentBytes;
    }
    return geometries;
  }

  private Geometry shape(ByteBuffer b, int at) {
    int type = b.getInt(at);
    return switch (type) {
      case NULL -> null;
      case POINT, POINT_Z, POINT_M ->
          factory.createPoint(new Coordinate(b.getDouble(at + 4), b.getDouble(at + 12)));
      case MULTIPOINT, MULTIPOINT_Z, MULTIPOINT_M -> multipoint(b, at);
      case POLYGON, POLYGON_Z, POLYGON_M -> polygon(b, at);
      default ->
          throw new IllegalArgumentException(
              "shape type " + type + " is not supported (points and polygons are)");
    };
  }

  private Geometry multipoint(ByteBuffer b, int at) {
    int n = b.getInt(at + 36);
    Point[] pts = new Point[n];
    for (int i = 0; i < n; i++) {
      int p = at + 40 + 16 * i;
      pts[i] = factory.createPoint(new Coordinate(b.getDouble(p), b.getDouble(p + 8)));
    }
    return factory.createMultiPoint(pts);
  }

  /**
   * Shapefile polygons are a flat list of rings: clockwise rings are shells, counter-clockwise ones
   * holes. Each hole goes to the smallest shell that contains it.
   */
  private Geometry polygon(ByteBuffer b, int at) {
    int numParts = b.getInt(at + 36);
    int numPoints = b.getInt(at + 40);
    int partsAt = at + 44;
    int pointsAt = partsAt + 4 * numParts;
    List<LinearRing> shells = new ArrayList<>();
    List<LinearRing> holes = new ArrayList<>();
    for (int part = 0; part < numParts; part++) {
      int from = b.getInt(partsAt + 4 * part);
      int to = part + 1 < numParts ? b.getInt(partsAt + 4 * (part + 1)) : numPoints;
      Coordinate[] cs = new Coordinate[to - from];
      for (int i = from; i < to; i++) {
        int p = pointsAt + 16 * i;
        cs[i - from] = new Coordinate(b.getDouble(p), b.getDouble(p + 8));
      }
      if (cs.length < 4) {
        throw new IllegalArgumentException(
            "ring " + (part + 1) + " has " + cs.length + " points, at least 4 are needed");
      }
      if (!cs[0].equals2D(cs[cs.length - 1])) {
        throw new IllegalArgumentException("ring " + (part + 1) + " is not closed");
      }
      LinearRing ring = factory.createLinearRing(cs);
      (Orientation.isCCW(cs) ? holes : shells).add(ring);
    }
    if (shells.isEmpty() && !holes.isEmpty()) {
      // Some writers ignore the orientation rule; then every ring is a shell.
      shells.addAll(holes);
      holes.clear();
    }
    List<List<LinearRing>> holesOf = new ArrayList<>();
    List<PreparedPolygon> shellAreas = new ArrayList<>();
    for (LinearRing shell : shells) {
      holesOf.add(new ArrayList<>());
      shellAreas.add(new PreparedPolygon(factory.createPolygon(shell)));
    }
    for (LinearRing hole : holes) {
      int best = -1;
      double bestArea = Double.MAX_VALUE;
      for (int i = 0; i < shells.size(); i++) {
        double area = shellAreas.get(i).getGeometry().getArea();
        if (area < bestArea && shellAreas.get(i).covers(hole)) {
          best = i;
          bestArea = area;
        }
      }
      if (best < 0) {
        throw new IllegalArgumentException("a hole lies outside every outer ring");
      }
      holesOf.get(best).add(hole);
    }
    Polygon[] polygons = new Polygon[shells.size()];
    for (int i = 0; i < polygons.length; i++) {
      polygons[i] = factory.createPolygon(shells.get(i), holesOf.get(i).toArray(new LinearRing[0]));
    }
    return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
  }
}
