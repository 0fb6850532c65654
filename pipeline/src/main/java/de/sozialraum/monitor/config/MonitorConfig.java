package de.sozialraum.monitor.config;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A validated configuration (config/schema.json documents every field). Paths are already resolved
 * against the configuration file's folder. Serializable because Spark ships table specifications to
 * its executors.
 */
public record MonitorConfig(
    String title,
    boolean synthetic,
    String workingCrs,
    Years years,
    boolean keepEmptyYears,
    Geometry geometry,
    List<Table> tables,
    Population population,
    List<Indicator> indicators,
    Validity validity,
    Index index,
    Classification classification,
    Disclosure disclosure,
    List<Target> targets,
    Spatial spatial,
    Supply supply,
    Quality quality,
    Outputs outputs,
    Report report,
    Path file,
    String sha256)
    implements Serializable {

  /**
   * Whether the working CRS is the UTM zone of the districts' centre ({@code working_crs: auto}).
   */
  public boolean autoWorkingCrs() {
    return "auto".equalsIgnoreCase(workingCrs);
  }

  public record Years(int from, int to) implements Serializable {
    public boolean contains(int year) {
      return year >= from && year <= to;
    }

    /** {@code 2016-2024}, as {@code --years} takes it. */
    public String label() {
      return from + "-" + to;
    }
  }

  public record Geometry(
      Path path,
      String format,
      String crs,
      String encoding,
      String wktColumn,
      String delimiter,
      String idField,
      String nameField,
      String parentIdField,
      String parentNameField,
      double maxRepairAreaChange)
      implements Serializable {}

  /**
   * @param location the file as an absolute path string (Paths are not serializable for Spark)
   */
  public record Table(
      String id,
      String description,
      String location,
      String format,
      String layout,
      String encoding,
      String delimiter,
      String decimal,
      String thousands,
      List<String> na,
      String districtColumn,
      String yearColumn,
      Map<String, String> columns,
      String variableColumn,
      String valueColumn,
      Map<String, String> variables,
      List<String> rates,
      Zoning zoning)
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

  /**
   * A vector layer: the file as an absolute path string (Paths are not serializable) and how to
   * read it.
   */
  public record Layer(
      String location,
      String format,
      String crs,
      String encoding,
      String delimiter,
      String wktColumn)
      implements Serializable {

    public Path file() {
      return Path.of(location);
    }
  }

  /**
   * The other zoning a table is keyed by, and how its counts are split over the social spaces.
   *
   * @param weights "area" or "population"
   * @param population points with residents, for population weights (else null)
   * @param populationField residents per point
   */
  public record Zoning(
      Layer layer, String idField, String weights, Layer population, String populationField)
      implements Serializable {}

  /**
   * @param groups named population groups, each the sum of its count variables (published as {@code
   *     pop_<name>})
   */
  public record Population(String variable, Map<String, List<String>> groups)
      implements Serializable {}

  public record Indicator(
      String id,
      String label,
      List<String> numerator,
      List<String> denominator,
      String value,
      Unit unit,
      Direction direction,
      String domain,
      List<String> lifePhases,
      double weight,
      Double jumpWarning)
      implements Serializable {

    public boolean isRatio() {
      return value == null;
    }

    /** +1 where a higher value means more disadvantage, −1 otherwise. */
    public int sign() {
      return direction == Direction.HIGHER_IS_BETTER ? -1 : 1;
    }

    public double scale() {
      return unit.scale();
    }
  }

  public record Exclusion(String district, String reason, List<Integer> years)
      implements Serializable {
    public boolean appliesTo(int year) {
      return years == null || years.isEmpty() || years.contains(year);
    }
  }

  public record Validity(int minPopulation, List<Exclusion> exclusions) implements Serializable {}

  /**
   * @param presets the index methods by name, in configuration order
   * @param lifePhaseMethod the preset the life-phase sub-indices use, or null for none
   */
  public record Index(
      int dynamicYears,
      Map<String, Preset> presets,
      String lifePhaseMethod,
      boolean municipalityFrame)
      implements Serializable {

    /** The dynamic indicators of the MSS preset (changes that feed an index), empty without MSS. */
    public List<String> mssDynamic() {
      Preset mss = presets.get("mss");
      return mss == null ? List.of() : mss.dynamic();
    }
  }

  /**
   * One index method's settings; fields a method does not use are empty (config/schema.json says
   * which is whose).
   *
   * @param indicators the indicators it combines (MSS: the status indicators)
   * @param groups theme/domain name → indicator ids, in order (SVI themes; COI, IMD, PCA domains)
   * @param groupWeights domain weights (COI, IMD), by domain name
   * @param anchors PCA: domain → indicator that must load positively
   */
  public record Preset(
      String method,
      List<String> indicators,
      List<String> dynamic,
      Map<String, List<String>> groups,
      Map<String, Double> groupWeights,
      Integer referenceYear,
      String weightGroup,
      double minShare,
      Map<String, String> anchors,
      int ntiles,
      int rankDigits)
      implements Serializable {}

  /** How a variable is cut into map classes (docs/METHODS.md §4). */
  public record ClassSpec(
      ClassMethod method, int classes, List<Double> thresholds, List<Double> sdEdges, int decimals)
      implements Serializable {}

  public record Classification(ClassSpec fallback, Map<String, ClassSpec> variables)
      implements Serializable {
    public ClassSpec of(String variable) {
      return variables.getOrDefault(variable, fallback);
    }
  }

  /**
   * @param minCount k of the primary suppression: numerators 1 … k−1 are withheld
   * @param categories partitions, each a total indicator followed by the part indicators whose
   *     numerators add up to it
   */
  /**
   * @param minCount counts 1 … minCount−1 are withheld
   * @param minDenominator a rate's numerator over a denominator of 1 … minDenominator−1 is withheld
   *     whatever it is; 0 switches it off
   */
  public record Disclosure(int minCount, int minDenominator, List<List<String>> categories)
      implements Serializable {}

  /**
   * A Leitbild goal (docs/METHODS.md §8).
   *
   * @param unit district or municipality id; null for the county
   * @param baseline the value at the baseline year, or null to take the published one
   */
  public record Target(
      String id,
      String label,
      String indicator,
      String scope,
      String unit,
      int baselineYear,
      Double baseline,
      double target,
      int targetYear)
      implements Serializable {}

  /**
   * @param neighbours {@code queen}, {@code rook} (contiguity), {@code knn} (k nearest centroids)
   *     or {@code distance} (band)
   * @param snap vertex distance counted as shared (working CRS units)
   * @param weights {@code W} (row-standardised) or {@code B} (binary)
   * @param variables columns analysed by the spatial statistics; empty: every preset's headline
   */
  public record Spatial(
      Neighbourhood neighbours,
      double snap,
      int k,
      double distance,
      String weights,
      List<String> variables,
      int permutations,
      long seed,
      double alpha,
      boolean fdr)
      implements Serializable {}

  /**
   * Offers as points (null when the configuration has none).
   *
   * @param location the file as an absolute path string (Paths are not serializable)
   * @param targetGroups life phase → population group the per-1,000 coverage refers to
   */
  public record Supply(
      String location,
      String format,
      String crs,
      String encoding,
      String delimiter,
      String wktColumn,
      String idField,
      String nameField,
      String typeField,
      String phaseField,
      Map<String, String> targetGroups,
      List<Gap> gaps)
      implements Serializable {

    public Path file() {
      return Path.of(location);
    }

    /** The offers as a vector layer. */
    public Layer layer() {
      return new Layer(location, format, crs, encoding, delimiter, wktColumn);
    }
  }

  /**
   * A gap rule: the district's need column at least {@code needAtLeast} and the phase's offers per
   * 1,000 below the bound.
   */
  public record Gap(
      String id, String label, String phase, String need, double needAtLeast, double per1000Below)
      implements Serializable {}

  /**
   * @param maxOutsideShare the share of another layer's features that may lie outside every
   *     district
   */
  public record Quality(
      double maxRejectedShare, int maxRejectedDistricts, double jumpWarning, double maxOutsideShare)
      implements Serializable {}

  /**
   * The optional published forms (config/README.md, "outputs").
   *
   * @param geojson whether to write geojson/indices_YYYY.geojson; a state's grid turns it off, as a
   *     year of a million districts with every property as text runs to gigabytes no desktop GIS
   *     opens, and the GeoParquet file carries the same features
   */
  public record Outputs(boolean geojson) implements Serializable {}

  /**
   * The annual report's settings (config/README.md, "report").
   *
   * @param title the report's title; the configuration's title when not set
   * @param publisher the issuing body as printed under the title (e.g. "Kreis Unna – Jugendamt"),
   *     or null
   * @param logoLocation an SVG, PNG or JPEG file embedded in the report, as an absolute path
   *     string, or null
   * @param foreword the foreword's paragraphs (blank lines separate them), or null
   * @param year the report year; null for the last year of the run
   * @param enabled whether {@code run} writes the report; false for runs too large to read as a
   *     report (a state's grid of a million cells), whose outputs are for GIS
   * @param pdf whether to print report.pdf with headless Chromium
   * @param labels replacements for the report's German standard texts, by key
   */
  public record Report(
      String title,
      String publisher,
      String logoLocation,
      String foreword,
      Integer year,
      boolean enabled,
      boolean pdf,
      Map<String, String> labels)
      implements Serializable {

    public Path logo() {
      return logoLocation == null ? null : Path.of(logoLocation);
    }
  }

  /**
   * Every input file by a name for the manifest: the geometry, each table (by id), each table's
   * zoning and its population layer ({@code <table>.zoning}, {@code <table>.population}) and the
   * offers ({@code supply}). A run is unchanged only when all of them are.
   */
  public Map<String, Path> inputs() {
    Map<String, Path> in = new java.util.LinkedHashMap<>();
    in.put("geometry", geometry.path());
    tables.forEach(t -> in.put(t.id(), t.file()));
    tables.stream()
        .filter(t -> t.zoning() != null)
        .forEach(
            t -> {
              in.put(t.id() + ".zoning", t.zoning().layer().file());
              if (t.zoning().population() != null) {
                in.put(t.id() + ".population", t.zoning().population().file());
              }
            });
    if (supply != null) {
      in.put("supply", supply.file());
    }
    if (report.logo() != null) {
      in.put("report.logo", report.logo());
    }
    return in;
  }

  public Indicator indicator(String id) {
    return indicators.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }
}
