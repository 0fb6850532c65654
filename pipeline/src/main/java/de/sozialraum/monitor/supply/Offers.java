package de.sozialraum.monitor.supply;

import de.sozialraum.geodata.crs.Reprojector;
import de.sozialraum.geodata.crs.ResolvedCrs;
import de.sozialraum.geodata.model.FeatureLayer;
import de.sozialraum.geodata.model.SourceFeature;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.ingest.ConfiguredLayers;
import de.sozialraum.monitor.ingest.WorkingLayer;
import de.sozialraum.monitor.schema.Columns;
import de.sozialraum.monitor.stage.InputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geotools.api.referencing.operation.TransformException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The offers (Angebote) layer: points with id, name, type and target life phase, read with the
 * geodata readers and reprojected to the working CRS. A feature that is not a point, has no id or
 * repeats one is an input error naming its line or feature.
 */
public record Offers(List<Offer> offers, String source) {

  /**
   * @param point in the working CRS
   */
  public record Offer(
      String id,
      String name,
      String type,
      String phase,
      Point point,
      String location,
      Map<CatalogueField, String> catalogue) {

    /** The published row of the offer: {@link #columns}' values, given its district. */
    public List<Object> values(List<CatalogueField> fields, String district) {
      List<Object> v = new ArrayList<>(Arrays.asList(id, name, type, phase, district));
      fields.forEach(f -> v.add(catalogue.get(f)));
      return v;
    }
  }

  /** The catalogue fields the supply layer delivers, in their published order. */
  public static List<CatalogueField> catalogueFields(MonitorConfig.Supply s) {
    return s.catalogue().keySet().stream().map(CatalogueField::ofConfigKey).sorted().toList();
  }

  /**
   * The offers' published columns: id, name, type, life phase, district, then the catalogue's
   * fields that are delivered.
   */
  public static List<String> columns(List<CatalogueField> fields) {
    List<String> c =
        new ArrayList<>(List.of("angebot_id", "name", "typ", "lebensphase", Columns.DISTRICT_ID));
    fields.forEach(f -> c.add(f.column()));
    return c;
  }

  public static Offers read(MonitorConfig.Supply s, ConfiguredLayers layers) throws InputException {
    WorkingLayer read = layers.get(s.layer());
    ResolvedCrs working = read.toWorking().target();
    FeatureLayer layer = read.layer();
    Reprojector toWorking = read.toWorking();
    List<String> problems = new ArrayList<>();
    List<Offer> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<CatalogueField> fields = catalogueFields(s);
    if (!layer.features().isEmpty()) {
      Map<String, Object> first = layer.features().get(0).attributes();
      for (CatalogueField field : fields) {
        String name = s.catalogue().get(field.configKey());
        if (!first.containsKey(name)) {
          problems.add(
              s.file()
                  + ": supply.catalogue."
                  + field.configKey()
                  + " names the field '"
                  + name
                  + "', which the layer does not have (its fields: "
                  + String.join(", ", first.keySet())
                  + "); correct the name or leave the setting out");
        }
      }
    }
    for (SourceFeature f : layer.features()) {
      String where = layer.locate(f);
      String id = f.text(s.idField());
      Geometry g = f.geometry();
      if (id == null || id.isBlank()) {
        problems.add(where + ": offer without '" + s.idField() + "'");
      } else if (!ids.add(id)) {
        problems.add(where + ": offer id '" + id + "' is used twice");
      } else if (!(g instanceof Point) || g.isEmpty()) {
        problems.add(
            where
                + ": offer '"
                + id
                + "' is not a point but "
                + (g == null ? "empty" : g.getGeometryType()));
      } else {
        try {
          out.add(
              new Offer(
                  id,
                  s.nameField() == null ? null : f.text(s.nameField()),
                  f.text(s.typeField()),
                  f.text(s.phaseField()),
                  (Point) toWorking.apply(g),
                  where,
                  catalogue(s, fields, f)));
        } catch (TransformException e) {
          problems.add(
              where
                  + ": offer '"
                  + id
                  + "' cannot be transformed to "
                  + working.label()
                  + ": "
                  + e.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new Offers(List.copyOf(out), s.file().getFileName().toString());
  }

  private static Map<CatalogueField, String> catalogue(
      MonitorConfig.Supply s, List<CatalogueField> fields, SourceFeature f) {
    Map<CatalogueField, String> c = new EnumMap<>(CatalogueField.class);
    for (CatalogueField field : fields) {
      String v = f.text(s.catalogue().get(field.configKey()));
      if (v != null && !v.isBlank()) {
        c.put(field, v.strip());
      }
    }
    return java.util.Collections.unmodifiableMap(c);
  }
}
