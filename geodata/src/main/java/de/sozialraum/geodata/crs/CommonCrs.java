package de.sozialraum.geodata.crs;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * The coordinate systems German data usually come in, tried in turn when a layer does not lie where
 * it should, so an error can say "looks like EPSG:25832" instead of only "wrong".
 * Longitude/latitude with the axes swapped (latitude first, as EPSG:4326 officially orders them) is
 * one of the candidates.
 */
public final class CommonCrs {

  /**
   * The EPSG codes tried: UTM 32N/33N (ETRS89), Gauß-Krüger zones 2–5 (DHDN), LAEA Europe, WGS 84,
   * Web Mercator.
   */
  public static final List<Integer> CODES =
      List.of(25832, 25833, 31466, 31467, 31468, 31469, 3035, 4326, 3857);

  /** A way to read raw coordinates: as a CRS, possibly with x and y swapped first. */
  public record Reading(ResolvedCrs crs, boolean swapped) {

    /** "EPSG:25832", or "EPSG:4326 with latitude first". */
    public String label() {
      return crs.label()
          + (swapped ? " with latitude first (swap the axes: longitude must come first)" : "");
    }

    /** The raw geometry as this reading sees it (a copy with x and y exchanged when swapped). */
    public Geometry apply(Geometry raw) {
      if (!swapped || raw == null) {
        return raw;
      }
      Geometry g = raw.copy();
      g.apply(
          new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
              double x = seq.getX(i);
              seq.setOrdinate(i, 0, seq.getY(i));
              seq.setOrdinate(i, 1, x);
            }

            @Override
            public boolean isDone() {
              return false;
            }

            @Override
            public boolean isGeometryChanged() {
              return true;
            }
          });
      return g;
    }
  }

  private CommonCrs() {}

  /** Every candidate reading except the declared one. */
  public static List<Reading> alternativesTo(ResolvedCrs declared) {
    List<Reading> out = new ArrayList<>();
    for (int code : CODES) {
      Reading r = new Reading(decode(code), false);
      if (declared.epsg() == null || declared.epsg() != code) {
        out.add(r);
      }
      if (code == 4326) {
        out.add(new Reading(r.crs(), true));
      }
    }
    return out;
  }

  private static ResolvedCrs decode(int code) {
    try {
      return CrsResolver.decode("EPSG:" + code);
    } catch (CrsException e) {
      throw new IllegalStateException("the EPSG database lacks EPSG:" + code, e);
    }
  }
}
