package de.sozialraum.monitor.index;

import de.sozialraum.monitor.config.MonitorConfig;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The configured indicators a preset looks up by id: direction, weight and label. */
public final class Indicators implements Serializable {

  private final Map<String, MonitorConfig.Indicator> byId;

  public Indicators(List<MonitorConfig.Indicator> all) {
    this.byId =
        all.stream().collect(Collectors.toMap(MonitorConfig.Indicator::id, Function.identity()));
  }

  public int[] signs(List<String> ids) {
    return ids.stream().mapToInt(id -> byId.get(id).sign()).toArray();
  }

  public double[] weights(List<String> ids) {
    return ids.stream().mapToDouble(id -> byId.get(id).weight()).toArray();
  }

  public String label(String id) {
    return byId.get(id).label();
  }
}
