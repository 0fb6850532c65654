package de.sozialraum.geodata.placement;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The area the districts cover, in the working CRS, to ask of another layer's features whether they
 * lie there. A feature counts as inside when it touches some district: a school zone reaching into
 * the next town or an offer on a boundary belongs to the study area, a layer 420 km off does not.
 */
public final class Footprint {

  private final STRtree index = new STRtree();

  public Footprint(List<? extends Geometry> districts) {
    for (Geometry d : districts) {
      if (d != null && !d.isEmpty()) {
        index.insert(d.getEnvelopeInternal(), PreparedGeometryFactory.prepare(d));
      }
    }
    index.build();
  }

  /**
   * How many of the features (in the working CRS) touch no district; a null, empty or non-finite
   * one counts as outside.
   */
  public int outside(List<? extends Geometry> features) {
    int n = 0;
    for (Geometry f : features) {
      if (!touches(f)) {
        n++;
      }
    }
    return n;
  }

  private boolean touches(Geometry f) {
    if (f == null
        || f.isEmpty()
        || !Double.isFinite(f.getEnvelopeInternal().getWidth())
        || !Double.isFinite(f.getEnvelopeInternal().getHeight())) {
      return false;
    }
    for (Object o : index.query(f.getEnvelopeInternal())) {
      if (((PreparedGeometry) o).intersects(f)) {
        return true;
      }
    }
    return false;
  }
}
