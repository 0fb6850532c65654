package de.sozialraum.geodata;

import de.sozialraum.geodata.crs.CommonCrs;
import de.sozialraum.geodata.crs.CrsException;
import de.sozialraum.geodata.crs.CrsFit;
import de.sozialraum.geodata.crs.LonLatBox;
import de.sozialraum.geodata.crs.Reprojector;
import de.sozialraum.geodata.crs.ResolvedCrs;
import de.sozialraum.geodata.io.FeatureSources;
import de.sozialraum.geodata.io.GeodataException;
import de.sozialraum.geodata.io.LayerOptions;
import de.sozialraum.geodata.model.District;
import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.geodata.model.FeatureLayer;
import de.sozialraum.geodata.model.GeometryIssue;
import de.sozialraum.geodata.model.SourceFeature;
import de.sozialraum.geodata.validity.GeometryRepair;
import de.sozialraum.geodata.validity.RepairResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geotools.api.referencing.operation.TransformException;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads a geometry source and turns its features into {@link District}s in the working CRS. Every
 * feature ends up either as a district or as a rejected {@link GeometryIssue} naming it; nothing is
 * dropped silently.
 */
public final class DistrictLayerLoader {

  /** The attribute names that carry a district's identity; parent fields are optional. */
  public record Fields(String id, String name, String parentId, String parentName) {}

  private final ResolvedCrs configuredWorking;
  private final GeometryRepair repair;

  /**
   * @param working the working CRS, or null for the UTM zone of the districts' centre ({@code
   *     working_crs: auto})
   */
  public DistrictLayerLoader(ResolvedCrs working, double maxRepairAreaChange) {
    this.configuredWorking = working;
    this.repair = new GeometryRepair(maxRepairAreaChange);
  }

  public DistrictLayer load(Path file, String format, LayerOptions options, Fields fields)
      throws GeodataException {
    FeatureLayer layer = FeatureSources.read(file, format, options);
    requireField(layer, fields.id(), "id");
    requireField(layer, fields.name(), "name");
    if (fields.parentId() != null) {
      requireField(layer, fields.parentId(), "parent id");
    }
    if (fields.parentName() != null) {
      requireField(layer, fields.parentName(), "parent name");
    }
    ResolvedCrs working;
    Reprojector toWorking;
    try {
      LonLatBox extent = checkedExtent(layer);
      working = workingFor(layer.crs(), extent);
      CrsFit.checkWorking(working, extent);
      toWorking = new Reprojector(layer.crs(), working);
    } catch (CrsException e) {
      throw new GeodataException(file + ": " + e.getMessage(), e);
    }

    Map<String, List<SourceFeature>> byId = new HashMap<>();
    List<GeometryIssue> issues = new ArrayList<>();
    for (SourceFeature f : layer.features()) {
      String id = f.text(fields.id());
      if (id == null) {
        issues.add(
            new GeometryIssue(
                layer.locate(f), null, "has no value in the id field '" + fields.id() + "'", true));
      } else {
        byId.computeIfAbsent(id, k -> new ArrayList<>()).add(f);
      }
    }
    List<District> districts = new ArrayList<>();
    for (SourceFeature f : layer.features()) {
      String id = f.text(fields.id());
      if (id == null) {
        continue;
      }
      List<SourceFeature> same = byId.get(id);
      if (same.size() > 1) {
        String others =
            same.stream()
                .filter(o -> o != f)
                .map(o -> Integer.toString(o.number()))
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        issues.add(
            new GeometryIssue(
                layer.locate(f),
                id,
                "id '"
                    + id
                    + "' is not unique (also "
                    + (layer.lineNumbered() ? "line" : "feature")
                    + " "
                    + others
                    + "); all features with this id are rejected because none can be told to be the right one",
                true));
        continue;
      }
      Geometry g;
      try {
        g = f.geometry() == null ? null : toWorking.apply(f.geometry());
      } catch (TransformException e) {
        issues.add(
            new GeometryIssue(
                layer.locate(f),
                id,
                "cannot be transformed to " + working.label() + ": " + e.getMessage(),
                true));
        continue;
      }
      RepairResult checked = repair.check(g);
      String where = layer.locate(f);
      if (checked.status() == RepairResult.Status.REJECTED) {
        issues.add(new GeometryIssue(where, id, "geometry " + checked.problem(), true));
        continue;
      }
      if (checked.status() == RepairResult.Status.REPAIRED) {
        issues.add(new GeometryIssue(where, id, "geometry " + checked.problem(), false));
      }
      checked.geometry().setSRID(working.epsg() == null ? 0 : working.epsg());
      String name = f.text(fields.name());
      districts.add(
          new District(
              id,
              name == null ? id : name,
              fields.parentId() == null ? null : f.text(fields.parentId()),
              fields.parentName() == null ? null : f.text(fields.parentName()),
              checked.geometry(),
              where));
    }
    return new DistrictLayer(
        file,
        layer.crs(),
        working,
        layer.features().size(),
        List.copyOf(districts),
        List.copyOf(issues));
  }

  /**
   * The configured working CRS, or under {@code auto} the UTM zone of the data's centre; planar
   * data stay in their plane, which nothing can be transformed to or from.
   */
  private ResolvedCrs workingFor(ResolvedCrs data, LonLatBox extent) throws CrsException {
    boolean planarWorking = configuredWorking != null && configuredWorking.isPlanar();
    if (data.isPlanar() != planarWorking && !(data.isPlanar() && configuredWorking == null)) {
      throw new CrsException(
          data.isPlanar()
              ? "the districts are in a plane of no known CRS (crs: planar), which cannot be"
                  + " transformed to the working CRS "
                  + configuredWorking.label()
                  + "; set working_crs: planar, or declare the districts' real CRS"
              : "working_crs: planar keeps plane coordinates of no known CRS, but the districts"
                  + " are in "
                  + data.label()
                  + "; set a metric working CRS, or declare crs: planar for the districts");
    }
    if (data.isPlanar()) {
      return data;
    }
    return configuredWorking != null
        ? configuredWorking
        : CrsFit.utmZoneOf(extent == null ? new LonLatBox(0, 0, 0, 0) : extent);
  }

  private static void requireField(FeatureLayer layer, String field, String role)
      throws GeodataException {
    if (!layer.fields().contains(field)
        && !(layer.format().equals("geojson") && field.equals("id"))) {
      throw new GeodataException(
          layer.source()
              + ": the "
              + role
              + " field '"
              + field
              + "' does not exist; fields are "
              + layer.fields());
    }
  }

  /**
   * Coordinates outside the CRS's area of use mean the CRS is wrong (lon/lat declared as UTM, a
   * .prj from another file): the run must stop here rather than publish districts in the sea. The
   * message names the common CRSs under which the coordinates would fit.
   */
  private static LonLatBox checkedExtent(FeatureLayer layer) throws CrsException {
    List<Geometry> raw =
        layer.features().stream()
            .map(SourceFeature::geometry)
            .filter(g -> g != null && !g.isEmpty())
            .toList();
    try {
      LonLatBox extent = CrsFit.extent(raw, layer.crs());
      CrsFit.checkDeclared(layer.crs(), extent);
      return extent;
    } catch (CrsException e) {
      List<CommonCrs.Reading> fits = CrsFit.readingsThatFit(raw, layer.crs());
      throw new CrsException(
          e.getMessage()
              + (fits.isEmpty()
                  ? "; declare the right 'crs'"
                  : "; it looks like " + CrsFit.labels(fits) + ": declare it as 'crs'"),
          e);
    }
  }
}
