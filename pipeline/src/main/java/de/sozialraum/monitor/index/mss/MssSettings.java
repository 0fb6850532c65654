package de.sozialraum.monitor.index.mss;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.PresetSettings;
import de.sozialraum.monitor.config.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code index.presets.mss}: the status indicators, the dynamic ones (their computed changes) and
 * those whose delivered values are the changes ({@code dynamic_delivered}, as an official MSS
 * delivery carries them).
 */
public record MssSettings(List<String> status, List<String> dynamic, List<String> dynamicDelivered)
    implements PresetSettings {

  public MssSettings {
    status = MonitorConfig.listOrEmpty(status);
    dynamic = MonitorConfig.listOrEmpty(dynamic);
    dynamicDelivered = MonitorConfig.listOrEmpty(dynamicDelivered);
  }

  @Override
  public List<String> indicators() {
    return status;
  }

  /**
   * A delivered change is a value indicator: a change computed from counts would be the run's own,
   * and belongs under {@code dynamic}.
   */
  @Override
  public void check(String at, MonitorConfig config, List<String> problems) {
    List<String> ids = config.indicators().stream().map(MonitorConfig.Indicator::id).toList();
    for (String id : dynamicDelivered) {
      MonitorConfig.Indicator ind =
          config.indicators().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
      if (ind == null) {
        problems.add(
            at
                + "/dynamic_delivered: indicator '"
                + id
                + "' is not defined under /indicators"
                + Suggestions.hint(id, ids));
      } else if (ind.isRatio()) {
        problems.add(
            at
                + "/dynamic_delivered: '"
                + id
                + "' is computed from a numerator and a denominator; a delivered change is an"
                + " indicator with a 'value' (list computed changes under 'dynamic')");
      } else if (dynamic.contains(id)) {
        problems.add(
            at
                + "/dynamic_delivered: '"
                + id
                + "' is also under 'dynamic'; its change would enter the index twice");
      }
    }
  }

  @Override
  public List<String> parameters(java.util.function.UnaryOperator<String> indicatorName) {
    List<String> out = new ArrayList<>();
    if (!dynamic.isEmpty()) {
      out.add("Dynamik: " + String.join("; ", dynamic.stream().map(indicatorName).toList()));
    }
    if (!dynamicDelivered.isEmpty()) {
      out.add(
          "Dynamik (gelieferte Veränderungen): "
              + String.join("; ", dynamicDelivered.stream().map(indicatorName).toList()));
    }
    return out;
  }
}
