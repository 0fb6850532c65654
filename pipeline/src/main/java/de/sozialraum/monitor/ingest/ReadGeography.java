package de.sozialraum.monitor.ingest;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.stage.InputException;
import de.sozialraum.monitor.stage.Stage;

/**
 * Step {@code geometry}: the districts and every other layer, read, reprojected and checked ({@link
 * Geography#load}).
 */
public final class ReadGeography implements Stage<MonitorConfig, Geography> {

  @Override
  public Geography apply(MonitorConfig config) throws InputException {
    return Geography.load(config);
  }

  @Override
  public String done(Geography g) {
    return g.summary();
  }
}
