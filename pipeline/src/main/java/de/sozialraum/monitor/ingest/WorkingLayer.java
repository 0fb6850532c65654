package de.sozialraum.monitor.ingest;

import de.sozialraum.geodata.crs.CrsException;
import de.sozialraum.geodata.crs.Reprojector;
import de.sozialraum.geodata.crs.ResolvedCrs;
import de.sozialraum.geodata.io.FeatureSources;
import de.sozialraum.geodata.io.GeodataException;
import de.sozialraum.geodata.io.LayerOptions;
import de.sozialraum.geodata.model.FeatureLayer;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.stage.InputException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

/**
 * A configured vector layer read with the geodata readers, with the transformation of its CRS to
 * the working CRS.
 */
public record WorkingLayer(FeatureLayer layer, Reprojector toWorking) {

  static WorkingLayer read(MonitorConfig.Layer l, ResolvedCrs working) throws InputException {
    try {
      FeatureLayer layer =
          FeatureSources.read(
              l.file(),
              l.format(),
              new LayerOptions(
                  Optional.ofNullable(l.crs()),
                  l.encoding() == null ? null : Charset.forName(l.encoding()),
                  l.wktColumn(),
                  l.delimiter().charAt(0)));
      return new WorkingLayer(layer, new Reprojector(layer.crs(), working));
    } catch (GeodataException | CrsException e) {
      throw new InputException(List.of(e.getMessage()));
    }
  }
}
