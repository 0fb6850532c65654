package de.sozialraum.monitor.ingest;

/** A table cannot be read at all; the message names the file and, where known, the line. */
public class TableException extends Exception {
  public TableException(String message) {
    super(message);
  }

  public TableException(String message, Throwable cause) {
    super(message, cause);
  }
}
