package de.sozialraum.monitor.neighbours;

import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.stage.Stage;

/**
 * Step {@code neighbours}: the districts' neighbours as configured (contiguity, k nearest, distance
 * band, a weights file), with the islands.
 */
public final class FindNeighbours implements Stage<DistrictLayer, DistrictNeighbours> {

  private final MonitorConfig.Spatial settings;

  public FindNeighbours(MonitorConfig.Spatial settings) {
    this.settings = settings;
  }

  @Override
  public DistrictNeighbours apply(DistrictLayer layer)
      throws de.sozialraum.monitor.stage.InputException, java.io.IOException {
    return DistrictNeighbours.of(layer, settings);
  }

  @Override
  public String done(DistrictNeighbours n) {
    if (!n.sought()) {
      return "Nachbarschaften: keine (spatial.neighbours: none)";
    }
    return "Nachbarschaften ("
        + settings.neighbours()
        + "): "
        + n.links() / 2
        + " Paare, "
        + n.islands().size()
        + " Inseln";
  }
}
