package de.sozialraum.monitor.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * {@code 20261123T014501Z-1a2b3c4d}: sortable by time, and names the configuration it was made
 * from.
 */
public final class RunId {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private RunId() {}

  public static String of(Instant start, String configSha256) {
    return STAMP.format(start) + "-" + configSha256.substring(0, 8);
  }
}
