package de.sozialraum.geodata.placement;

import de.sozialraum.geodata.crs.CommonCrs;
import de.sozialraum.geodata.crs.CrsException;
import de.sozialraum.geodata.crs.CrsFit;
import de.sozialraum.geodata.crs.Reprojector;
import de.sozialraum.geodata.crs.ResolvedCrs;
import de.sozialraum.geodata.io.GeodataException;
import de.sozialraum.geodata.model.FeatureLayer;
import de.sozialraum.geodata.model.SourceFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geotools.api.referencing.operation.TransformException;
import org.locationtech.jts.geom.Geometry;

/**
 * Whether every layer of a run lies where the districts are. Each layer passes the check of its own
 * CRS on its own; a layer declared in the neighbouring UTM zone passes it too, 420 km off. Only the
 * layers side by side show it: offers that fall outside every district, school zones that cover
 * none. A layer with more than the allowed share of features outside is refused, naming the layer
 * and, where one of the {@link CommonCrs common CRSs} would put it inside (and its coordinates fit
 * that CRS's area of use), what it looks like. When one re-declaration of the districts would put
 * every layer inside, the districts are named instead: one wrong setting explains all the misfits.
 */
public final class LayerAlignment {

  /**
   * A layer to check: its role in the configuration (for the message) and its features as read, in
   * their own CRS.
   */
  public record Layer(String role, FeatureLayer raw) {}

  /**
   * The district layer as read (before reprojection), for trying other declarations of it; read
   * only on a misfit.
   */
  @FunctionalInterface
  public interface DistrictSource {
    FeatureLayer read() throws GeodataException;
  }

  private final ResolvedCrs working;
  private final double maxOutsideShare;

  /**
   * @param maxOutsideShare the share of a layer's features that may lie outside every district,
   *     e.g. 0.2
   */
  public LayerAlignment(ResolvedCrs working, double maxOutsideShare) {
    this.working = working;
    this.maxOutsideShare = maxOutsideShare;
  }

  /**
   * @param districts the accepted districts' geometries in the working CRS
   * @param districtRole how the configuration names the district layer, e.g. "geometry"
   * @return one problem per misfit (empty when every layer lies inside)
   */
  public List<String> check(
      List<? extends Geometry> districts,
      String districtRole,
      DistrictSource districtSource,
      List<Layer> layers)
      throws GeodataException {
    if (layers.isEmpty()) {
      return List
          .of(); // a state's grid without other layers: no index over a million districts for
      // nothing
    }
    Footprint footprint = new Footprint(districts);
    List<Layer> failing = new ArrayList<>();
    List<String> misfits = new ArrayList<>();
    for (Layer l : layers) {
      String misfit = misfit(footprint, l);
      if (misfit != null) {
        failing.add(l);
        misfits.add(misfit);
      }
    }
    if (failing.isEmpty()) {
      return List.of();
    }
    FeatureLayer districtRaw = districtSource.read();
    List<Geometry> rawDistricts = geometries(districtRaw);
    List<CommonCrs.Reading> districtFixes = new ArrayList<>();
    for (CommonCrs.Reading r : CrsFit.readingsThatFit(rawDistricts, districtRaw.crs())) {
      Footprint moved = new Footprint(toWorking(rawDistricts, r));
      if (layers.stream()
          .allMatch(l -> fitsAs(moved, l.raw(), new CommonCrs.Reading(l.raw().crs(), false)))) {
        districtFixes.add(r);
      }
    }
    List<List<CommonCrs.Reading>> layerFixes = new ArrayList<>();
    for (Layer l : failing) {
      List<CommonCrs.Reading> fixes = new ArrayList<>();
      for (CommonCrs.Reading r : CrsFit.readingsThatFit(geometries(l.raw()), l.raw().crs())) {
        if (fitsAs(footprint, l.raw(), r)) {
          fixes.add(r);
        }
      }
      layerFixes.add(fixes);
    }
    String declaredDistricts = districtRaw.crs().label() + " (" + districtRaw.crs().origin() + ")";
    if (!districtFixes.isEmpty() && (failing.size() > 1 || layerFixes.get(0).isEmpty())) {
      return List.of(
          districtRaw.source().getFileName()
              + " ("
              + districtRole
              + "): the other layers do not lie where its districts are when "
              + "they are read as "
              + declaredDistricts
              + " — "
              + String.join("; ", misfits)
              + ". It looks like "
              + CrsFit.labels(districtFixes)
              + ": read so, every layer lies inside the districts. Set "
              + districtRole
              + ".crs (nothing was computed)");
    }
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < failing.size(); i++) {
      Layer l = failing.get(i);
      List<CommonCrs.Reading> fixes = layerFixes.get(i);
      String advice =
          fixes.isEmpty()
              ? "check its crs and that it covers the same area as the districts"
              : "it looks like " + CrsFit.labels(fixes) + "; set " + l.role() + ".crs";
      String orDistricts =
          districtFixes.isEmpty()
              ? ""
              : "; or the districts are wrong: read as "
                  + CrsFit.labels(districtFixes)
                  + " instead of "
                  + declaredDistricts
                  + " every layer lies inside them ("
                  + districtRole
                  + ".crs)";
      problems.add(
          misfits.get(i)
              + "; "
              + advice
              + orDistricts
              + " (the districts: "
              + districtRaw.source().getFileName()
              + " read as "
              + declaredDistricts
              + "; nothing was computed)");
    }
    return problems;
  }

  /** The misfit of a layer as declared, as the message says it, or null when it fits. */
  private String misfit(Footprint footprint, Layer l) {
    CommonCrs.Reading declared = new CommonCrs.Reading(l.raw().crs(), false);
    List<Geometry> raw = geometries(l.raw());
    int outside = raw.isEmpty() ? 0 : footprint.outside(toWorking(raw, declared));
    if (fits(outside, raw.size())) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "%s (%s): %d of its %d features (%.0f %%) lie outside every district when read as %s (%s)",
        l.raw().source().getFileName(),
        l.role(),
        outside,
        raw.size(),
        100.0 * outside / raw.size(),
        declared.crs().label(),
        declared.crs().origin());
  }

  private boolean fitsAs(Footprint footprint, FeatureLayer layer, CommonCrs.Reading reading) {
    List<Geometry> raw = geometries(layer);
    return raw.isEmpty() || fits(footprint.outside(toWorking(raw, reading)), raw.size());
  }

  private boolean fits(int outside, int features) {
    return features == 0 || outside / (double) features <= maxOutsideShare;
  }

  private static List<Geometry> geometries(FeatureLayer layer) {
    return layer.features().stream()
        .map(SourceFeature::geometry)
        .filter(g -> g != null && !g.isEmpty())
        .toList();
  }

  /**
   * The raw geometries under a reading, in the working CRS; one that cannot be transformed becomes
   * null (outside).
   */
  private List<Geometry> toWorking(List<Geometry> raw, CommonCrs.Reading r) {
    Reprojector p;
    try {
      p = new Reprojector(r.crs(), working);
    } catch (CrsException e) {
      return java.util.Collections.nCopies(raw.size(), null);
    }
    List<Geometry> out = new ArrayList<>(raw.size());
    for (Geometry g : raw) {
      try {
        out.add(p.apply(r.apply(g)));
      } catch (TransformException | RuntimeException e) {
        out.add(null);
      }
    }
    return out;
  }
}
