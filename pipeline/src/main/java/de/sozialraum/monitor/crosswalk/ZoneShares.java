package de.sozialraum.monitor.crosswalk;

import de.sozialraum.geodata.crosswalk.AreaCrosswalk;
import de.sozialraum.geodata.crs.ResolvedCrs;
import de.sozialraum.geodata.model.District;
import de.sozialraum.geodata.model.SourceFeature;
import de.sozialraum.geodata.validity.GeometryRepair;
import de.sozialraum.geodata.validity.RepairResult;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.ZoneWeights;
import de.sozialraum.monitor.ingest.ConfiguredLayers;
import de.sozialraum.monitor.ingest.WorkingLayer;
import de.sozialraum.monitor.stage.InputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.geotools.api.referencing.operation.TransformException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The zones of the other zoning a table is keyed by (school districts, postcode areas, old
 * boundaries), read and repaired like the social spaces, and the share of each zone's count that
 * each social space receives ({@link AreaCrosswalk}: by shared area, or by the residents of a
 * population layer). A zone without an id, with a repeated id, without a usable polygon, or a
 * population point without a number of residents is an input error naming its feature.
 *
 * @param zones zone ids, in layer order (the crosswalk's source positions)
 * @param coverage per zone, the share of its count that reaches some social space
 */
public record ZoneShares(
    String source,
    ZoneWeights weights,
    List<String> zones,
    List<AreaCrosswalk.Share> shares,
    double[] coverage) {

  public static ZoneShares of(
      MonitorConfig.Table table,
      List<District> districts,
      ConfiguredLayers layers,
      double maxRepairAreaChange)
      throws InputException {
    MonitorConfig.Zoning z = table.zoning();
    WorkingLayer read = layers.get(z.layer());
    ResolvedCrs working = read.toWorking().target();
    List<String> problems = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<Geometry> zones = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    GeometryRepair repair = new GeometryRepair(maxRepairAreaChange);
    for (SourceFeature f : read.layer().features()) {
      String where = read.layer().locate(f);
      String id = f.text(z.idField());
      if (id == null || id.isBlank()) {
        problems.add(where + ": zone without '" + z.idField() + "'");
        continue;
      }
      if (!seen.add(id)) {
        problems.add(where + ": zone id '" + id + "' is used twice");
        continue;
      }
      try {
        RepairResult r = repair.check(read.toWorking().apply(f.geometry()));
        if (r.status() == RepairResult.Status.REJECTED) {
          problems.add(where + ": zone '" + id + "': " + r.problem());
          continue;
        }
        ids.add(id);
        zones.add(r.geometry());
      } catch (TransformException e) {
        problems.add(
            where
                + ": zone '"
                + id
                + "' cannot be transformed to "
                + working.label()
                + ": "
                + e.getMessage());
      }
    }
    List<Geometry> targets = districts.stream().map(d -> (Geometry) d.geometry()).toList();
    AreaCrosswalk crosswalk = null;
    if (z.weights() == ZoneWeights.POPULATION) {
      List<Point> points = new ArrayList<>();
      List<Double> residents = new ArrayList<>();
      readPopulation(z, layers.get(z.population().layer()), working, points, residents, problems);
      if (problems.isEmpty()) {
        crosswalk =
            AreaCrosswalk.byPopulation(
                zones,
                targets,
                points,
                residents.stream().mapToDouble(Double::doubleValue).toArray());
      }
    } else if (problems.isEmpty()) {
      crosswalk = AreaCrosswalk.byArea(zones, targets);
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new ZoneShares(
        z.layer().file().getFileName().toString(),
        z.weights(),
        List.copyOf(ids),
        crosswalk.shares(),
        crosswalk.coverage());
  }

  private static void readPopulation(
      MonitorConfig.Zoning z,
      WorkingLayer read,
      ResolvedCrs working,
      List<Point> points,
      List<Double> residents,
      List<String> problems) {
    for (SourceFeature f : read.layer().features()) {
      String where = read.layer().locate(f);
      String text = f.text(z.population().field());
      double n;
      try {
        n = text == null ? Double.NaN : Double.parseDouble(text.trim().replace(',', '.'));
      } catch (NumberFormatException e) {
        n = Double.NaN;
      }
      if (!(n >= 0) || Double.isInfinite(n)) {
        problems.add(
            where
                + ": '"
                + z.population().field()
                + "' is not a number of residents: '"
                + text
                + "'");
      } else if (!(f.geometry() instanceof Point p) || p.isEmpty()) {
        problems.add(
            where
                + ": population feature is not a point but "
                + (f.geometry() == null ? "empty" : f.geometry().getGeometryType()));
      } else {
        try {
          points.add((Point) read.toWorking().apply(p));
          residents.add(n);
        } catch (TransformException e) {
          problems.add(
              where
                  + ": population point cannot be transformed to "
                  + working.label()
                  + ": "
                  + e.getMessage());
        }
      }
    }
  }
}
