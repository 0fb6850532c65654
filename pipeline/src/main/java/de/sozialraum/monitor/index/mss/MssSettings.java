package de.sozialraum.monitor.index.mss;

import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.config.PresetSettings;
import java.util.List;

/** {@code index.presets.mss}: the status indicators and the dynamic ones (their changes). */
public record MssSettings(List<String> status, List<String> dynamic) implements PresetSettings {

  public MssSettings {
    status = MonitorConfig.listOrEmpty(status);
    dynamic = MonitorConfig.listOrEmpty(dynamic);
  }

  @Override
  public List<String> indicators() {
    return status;
  }

  @Override
  public List<String> parameters() {
    return dynamic.isEmpty() ? List.of() : List.of("Dynamik: " + String.join(", ", dynamic));
  }
}
