package de.sozialraum.geodata.crs;

/**
 * A coordinate reference system could not be read, identified or used; the message names the
 * source.
 */
public class CrsException extends Exception {
  public CrsException(String message) {
    super(message);
  }

  public CrsException(String message, Throwable cause) {
    super(message, cause);
  }
}
