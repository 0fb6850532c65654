package de.sozialraum.monitor.ingest;

import de.sozialraum.geodata.io.FeatureSources;
import de.sozialraum.geodata.io.GeodataException;
import de.sozialraum.geodata.io.LayerOptions;
import de.sozialraum.geodata.model.District;
import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.geodata.placement.LayerAlignment;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.stage.InputException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every vector layer of the configuration besides the districts (the zonings of tables, their
 * population layers, the offers), read once before anything is computed and checked to lie where
 * the districts are ({@link LayerAlignment}): a layer in the wrong CRS would otherwise be published
 * as offers outside every district, zones that cover nothing and gaps that are not there.
 */
public final class ConfiguredLayers {

  private final Map<MonitorConfig.Layer, WorkingLayer> layers;

  private ConfiguredLayers(Map<MonitorConfig.Layer, WorkingLayer> layers) {
    this.layers = layers;
  }

  /** No layer besides the districts: a run without geometry may configure none (ConfigLoader). */
  public static ConfiguredLayers none() {
    return new ConfiguredLayers(Map.of());
  }

  /**
   * Reads every layer the configuration names and refuses the run when one of them does not lie in
   * the districts.
   */
  public static ConfiguredLayers read(MonitorConfig config, DistrictLayer districts)
      throws InputException {
    Map<String, MonitorConfig.Layer> byRole = new LinkedHashMap<>();
    for (int t = 0; t < config.tables().size(); t++) {
      MonitorConfig.Zoning z = config.tables().get(t).zoning();
      if (z != null) {
        byRole.put("tables[" + config.tables().get(t).id() + "].zoning", z.layer());
        if (z.population() != null) {
          byRole.put(
              "tables[" + config.tables().get(t).id() + "].zoning.population",
              z.population().layer());
        }
      }
    }
    if (config.supply() != null) {
      byRole.put("supply", config.supply().layer());
    }
    Map<MonitorConfig.Layer, WorkingLayer> read = new LinkedHashMap<>();
    List<LayerAlignment.Layer> check = new ArrayList<>();
    for (Map.Entry<String, MonitorConfig.Layer> e : byRole.entrySet()) {
      WorkingLayer w =
          read.containsKey(e.getValue())
              ? read.get(e.getValue())
              : WorkingLayer.read(e.getValue(), districts.workingCrs());
      read.put(e.getValue(), w);
      check.add(new LayerAlignment.Layer(e.getKey(), w.layer()));
    }
    MonitorConfig.Geometry g = config.geometry();
    try {
      List<String> problems =
          new LayerAlignment(districts.workingCrs(), config.quality().maxOutsideShare())
              .check(
                  districts.districts().stream().map(District::geometry).toList(),
                  "geometry",
                  () -> FeatureSources.read(g.path(), g.format(), options(g)),
                  check);
      if (!problems.isEmpty()) {
        throw new InputException(problems);
      }
    } catch (GeodataException e) {
      throw new InputException(List.of(e.getMessage()));
    }
    return new ConfiguredLayers(read);
  }

  /** How the district layer is read, as the geometry section says. */
  public static LayerOptions options(MonitorConfig.Geometry g) {
    return new LayerOptions(
        Optional.ofNullable(g.crs()),
        g.encoding() == null ? null : Charset.forName(g.encoding()),
        g.wktColumn(),
        g.delimiter().charAt(0));
  }

  /** The layer as read, with its transformation to the working CRS. */
  public WorkingLayer get(MonitorConfig.Layer layer) {
    WorkingLayer w = layers.get(layer);
    if (w == null) {
      throw new IllegalArgumentException(
          "layer " + layer.location() + " was not read with the configuration's layers");
    }
    return w;
  }
}
