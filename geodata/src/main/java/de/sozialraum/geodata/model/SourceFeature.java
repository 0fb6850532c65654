package de.sozialraum.geodata.model;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as read from a source, before any check: its 1-based position in the file (the number
 * error messages name), its attributes with their original names, and its geometry (null where the
 * source had none).
 */
public record SourceFeature(int number, Map<String, Object> attributes, Geometry geometry) {

  /** The attribute as text, trimmed; null where absent or blank. */
  public String text(String field) {
    Object v = attributes.get(field);
    if (v == null) {
      return null;
    }
    String s =
        (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d))
            ? Long.toString(d.longValue())
            : v.toString();
    s = s.trim();
    return s.isEmpty() ? null : s;
  }
}
