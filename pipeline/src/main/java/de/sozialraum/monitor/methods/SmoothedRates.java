package de.sozialraum.monitor.methods;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.methods.preset.FrameYear;
import de.sozialraum.monitor.methods.preset.OutputColumn;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Empirical Bayes smoothed rates beside the raw ones (METHODS.md §5): per count indicator and year, the global
 * Marshall estimate over the valid districts of the county, in the indicator's unit.
 */
public final class SmoothedRates implements Serializable {

  private final List<MonitorConfig.Indicator> indicators;

  public SmoothedRates(MonitorConfig config) {
    this.indicators = config.indicators().stream().filter(MonitorConfig.Indicator::isRatio).toList();
  }

  public List<OutputColumn> columns() {
    return indicators.stream().map(i -> OutputColumn.number(i.id() + "_eb", "Empirisch-Bayes-geglätteter Wert von " + i.id()
        + " (Marshall 1991, global über die gültigen Sozialräume des Kreises: kleine Sozialräume rücken zum Kreiswert)")).toList();
  }

  public Map<String, Object[]> compute(FrameYear f) {
    Map<String, Object[]> out = new LinkedHashMap<>();
    boolean[] valid = f.valid();
    for (MonitorConfig.Indicator i : indicators) {
      double[] eb = EmpiricalBayes.global(f.column(i.id() + "_numerator"), f.column(i.id() + "_denominator"), valid);
      Object[] v = new Object[eb.length];
      for (int d = 0; d < eb.length; d++) {
        v[d] = Double.isFinite(eb[d]) ? eb[d] * i.scale() : null;
      }
      out.put(i.id() + "_eb", v);
    }
    return out;
  }
}
