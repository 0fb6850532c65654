package de.sozialraum.geodata.io;

/**
 * A geometry source cannot be read at all; the message names the file and, where known, the
 * feature.
 */
public class GeodataException extends Exception {
  public GeodataException(String message) {
    super(message);
  }

  public GeodataException(String message, Throwable cause) {
    super(message, cause);
  }
}
