package de.sozialraum.monitor.index;

/** The data do not allow a preset to be fitted, e.g. its reference year has no valid district. */
public final class PresetException extends RuntimeException {

  public PresetException(String message) {
    super(message);
  }
}
