package de.sozialraum.monitor.index;

import de.sozialraum.monitor.config.PresetSection;
import de.sozialraum.monitor.config.PresetSettings;

/**
 * How an index method becomes selectable in {@code index.presets}: each method's package registers
 * one provider in {@code META-INF/services/de.sozialraum.monitor.config.PresetSection}, which names
 * the method's settings record and schema for the configuration loader and makes the method from
 * them here, so that neither the loader nor the run imports a method.
 *
 * @param <S> the method's settings record
 */
public interface PresetProvider<S extends PresetSettings> extends PresetSection {

  @Override
  Class<S> settingsType();

  /** The method with the settings of its configuration section, not yet fitted. */
  IndexPreset create(S settings, Indicators indicators);

  /** {@link #create} for settings the loader bound into this provider's record. */
  default IndexPreset createFrom(PresetSettings settings, Indicators indicators) {
    return create(settingsType().cast(settings), indicators);
  }
}
