package de.sozialraum.monitor.cli;

import de.sozialraum.monitor.config.MonitorConfig;
import picocli.CommandLine;

/** Parses {@code --years 2018-2024} (or a single year) into a range. */
final class YearRange implements CommandLine.ITypeConverter<MonitorConfig.Years> {
  @Override
  public MonitorConfig.Years convert(String value) {
    String[] p = value.trim().split("\\s*-\\s*");
    try {
      int from = Integer.parseInt(p[0]);
      int to = p.length > 1 ? Integer.parseInt(p[1]) : from;
      if (p.length > 2 || from > to) {
        throw new NumberFormatException();
      }
      return new MonitorConfig.Years(from, to);
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a year range like 2018-2024");
    }
  }
}
