package de.sozialraum.monitor.index;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.stage.InputException;
import de.sozialraum.monitor.stage.Stage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Step {@code methods}: the configured index methods and life-phase sub-indices, fitted ({@link
 * Methods#fit}).
 */
public final class FitMethods implements Stage<Dataset<Row>, Methods> {

  private final MonitorConfig config;

  public FitMethods(MonitorConfig config) {
    this.config = config;
  }

  @Override
  public Methods apply(Dataset<Row> input) throws InputException {
    return Methods.fit(config, input);
  }

  @Override
  public String done(Methods m) {
    return "Indexverfahren angepasst: "
        + String.join(", ", config.index().presets().keySet())
        + (m.phases().isEmpty() ? "" : "; Teilindizes " + String.join(", ", m.phases().keySet()));
  }
}
