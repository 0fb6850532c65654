package de.sozialraum.monitor.config;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A validated configuration (config/schema.json documents every field). Paths are already resolved against the
 * configuration file's folder. Serializable because Spark ships table specifications to its executors.
 */
public record MonitorConfig(
    String title,
    boolean synthetic,
    String workingCrs,
    Years years,
    Geometry geometry,
    List<Table> tables,
    Population population,
    List<Indicator> indicators,
    Validity validity,
    Index index,
    Classification classification,
    Quality quality,
    Path file,
    String sha256) implements Serializable {

  public record Years(int from, int to) implements Serializable {
    public boolean contains(int year) {
      return year >= from && year <= to;
    }
  }

  public record Geometry(Path path, String format, String crs, String encoding, String wktColumn, String delimiter,
      String idField, String nameField, String parentIdField, String parentNameField, double maxRepairAreaChange)
      implements Serializable {}

  /** @param location the file as an absolute path string (Paths are not serializable for Spark) */
  public record Table(String id, String description, String location, String format, String layout, String encoding,
      String delimiter, String decimal, String thousands, List<String> na, String districtColumn, String yearColumn,
      Map<String, String> columns, String variableColumn, String valueColumn, Map<String, String> variables, List<String> rates)
      implements Serializable {

    public Path file() {
      return Path.of(location);
    }

    public boolean isLong() {
      return "long".equals(layout);
    }

    /** Whether the variable is a percentage (0–100) rather than a count. */
    public boolean isRate(String variable) {
      return rates.contains(variable);
    }
  }

  public record Population(String variable) implements Serializable {}

  public record Indicator(String id, String label, List<String> numerator, List<String> denominator, String value,
      String unit, String direction, String domain, List<String> lifePhases, double weight, Double jumpWarning)
      implements Serializable {

    public boolean isRatio() {
      return value == null;
    }

    /** +1 where a higher value means more disadvantage, −1 otherwise. */
    public int sign() {
      return "higher_is_better".equals(direction) ? -1 : 1;
    }

    public double scale() {
      return "per_mille".equals(unit) ? 1000 : 100;
    }
  }

  public record Exclusion(String district, String reason, List<Integer> years) implements Serializable {
    public boolean appliesTo(int year) {
      return years == null || years.isEmpty() || years.contains(year);
    }
  }

  public record Validity(int minPopulation, List<Exclusion> exclusions) implements Serializable {}

  public record Index(String method, List<String> status, List<String> dynamic, int dynamicYears) implements Serializable {}

  public record Classification(int quantiles) implements Serializable {}

  public record Quality(double maxRejectedShare, int maxRejectedDistricts, double jumpWarning) implements Serializable {}

  public Indicator indicator(String id) {
    return indicators.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }
}
