package de.sozialraum.monitor.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated configuration, one record per section of {@code config/schema.json}, bound by Jackson
 * (property names in snake case, enums by their configuration spelling). Defaults are the schema's,
 * filled in before binding; paths are resolved against the configuration file's folder. The compact
 * constructors hold only what a schema cannot say (a label defaulting to an id, an absent list
 * being empty). Serializable because Spark ships table specifications to its executors.
 */
public record MonitorConfig(
    String title,
    boolean synthetic,
    String workingCrs,
    Years years,
    Map<Integer, String> yearLabels,
    Geometry geometry,
    DistrictList districts,
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
    @JsonIgnore Path file,
    @JsonIgnore String sha256)
    implements Serializable {

  public MonitorConfig {
    targets = listOrEmpty(targets);
    yearLabels = yearLabels == null ? Map.of() : new java.util.TreeMap<>(yearLabels);
    if (population != null && indicators != null) {
      java.util.Set<String> counted = countedVariables(population, indicators);
      ValidityColumn delivered = validity == null ? null : validity.column();
      tables = tables.stream().map(t -> t.bound(counted, delivered)).toList();
    }
    if (index != null) {
      index = index.completed(indicators);
    }
    if (report != null && report.title() == null) {
      report = report.titled(title);
    }
  }

  /** The configuration as read from {@code file}, whose bytes have the digest {@code sha256}. */
  MonitorConfig readFrom(Path file, String sha256) {
    return new MonitorConfig(
        title,
        synthetic,
        workingCrs,
        years,
        yearLabels,
        geometry,
        districts,
        tables,
        population,
        indicators,
        validity,
        index,
        classification,
        disclosure,
        targets,
        spatial,
        supply,
        quality,
        outputs,
        report,
        file,
        sha256);
  }

  /**
   * Whether the districts have boundaries: without {@code geometry} they come from a plain list
   * ({@code districts}) or from the tables, and the run leaves out what needs a map.
   */
  public boolean hasGeometry() {
    return geometry != null;
  }

  /**
   * The name the districts' source gives their id (the geometry's id field, the list's id column),
   * for files keyed by it such as the GAL; {@code district_id} for districts from the tables.
   */
  public String districtIdField() {
    if (geometry != null) {
      return geometry.idField();
    }
    return districts != null ? districts.idColumn() : "district_id";
  }

  /** Whether years without any data are published as empty years ({@code years.keep_empty}). */
  public boolean keepEmptyYears() {
    return years != null && years.keepEmpty();
  }

  /**
   * Whether the working CRS is the UTM zone of the districts' centre ({@code working_crs: auto}).
   */
  public boolean autoWorkingCrs() {
    return "auto".equalsIgnoreCase(workingCrs);
  }

  public record Years(int from, int to, boolean keepEmpty) implements Serializable {

    /** A period as {@code --years} gives it. */
    public Years(int from, int to) {
      this(from, to, false);
    }

    public boolean contains(int year) {
      return year >= from && year <= to;
    }

    /** {@code 2016-2024}, as {@code --years} takes it. */
    public String label() {
      return from + "-" + to;
    }
  }

  public record Geometry(
      @JsonProperty("path") String location,
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
      implements Serializable {

    public Path path() {
      return Path.of(location);
    }
  }

  /**
   * The districts as a plain CSV list, for a run without geometry ({@code districts}).
   *
   * @param location the file as an absolute path string
   */
  public record DistrictList(
      @JsonProperty("path") String location,
      String idColumn,
      String nameColumn,
      String parentIdColumn,
      String parentNameColumn,
      String encoding,
      String delimiter)
      implements Serializable {

    public Path path() {
      return Path.of(location);
    }
  }

  /**
   * @param location the file as an absolute path string (Paths are not serializable for Spark)
   */
  public record Table(
      String id,
      String description,
      @JsonProperty("path") String location,
      String format,
      Layout layout,
      String encoding,
      String delimiter,
      String decimal,
      String thousands,
      List<String> na,
      String districtColumn,
      Integer districtIdWidth,
      String yearColumn,
      Integer year,
      Map<String, String> columns,
      String variableColumn,
      String valueColumn,
      Map<String, String> variables,
      List<String> rates,
      Map<String, Range> ranges,
      Zoning zoning,
      @JsonIgnore java.util.Set<String> counted,
      @JsonIgnore ValidityColumn validityColumn)
      implements Serializable {

    public Table {
      columns = mapOrEmpty(columns);
      variables = mapOrEmpty(variables);
      rates = listOrEmpty(rates);
      ranges = mapOrEmpty(ranges);
      counted = counted == null ? java.util.Set.of() : java.util.Set.copyOf(counted);
    }

    /**
     * The table as the other sections use it: the delivered values of these variables must be whole
     * numbers, and it carries the delivered validity when {@code validity.column} names it.
     */
    Table bound(java.util.Set<String> countVariables, ValidityColumn delivered) {
      return new Table(
          id,
          description,
          location,
          format,
          layout,
          encoding,
          delimiter,
          decimal,
          thousands,
          na,
          districtColumn,
          districtIdWidth,
          yearColumn,
          year,
          columns,
          variableColumn,
          valueColumn,
          variables,
          rates,
          ranges,
          zoning,
          countVariables,
          delivered != null && delivered.table().equals(id) ? delivered : null);
    }

    /** Whether a delivered value of the variable is a count, so a whole number. */
    public boolean isCounted(String variable) {
      return counted.contains(variable) && !isRate(variable) && !isRanged(variable);
    }

    /** Whether the variable is a plain value checked against its own range ({@code ranges}). */
    public boolean isRanged(String variable) {
      return ranges.containsKey(variable);
    }

    public Path file() {
      return Path.of(location);
    }

    public boolean isLong() {
      return layout == Layout.LONG;
    }

    /**
     * The district (or zone) id as the table means it: with {@code district_id_width}, an id of
     * digits only is padded with leading zeros to that width (ids a spreadsheet read as numbers).
     */
    public String districtId(String delivered) {
      if (districtIdWidth == null
          || delivered.length() >= districtIdWidth
          || !delivered.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return delivered;
      }
      return "0".repeat(districtIdWidth - delivered.length()) + delivered;
    }

    /** The delivered columns a record is read from: its key, its values, its validity. */
    public List<String> readColumns() {
      List<String> out = new java.util.ArrayList<>(keyColumns());
      if (isLong()) {
        out.add(variableColumn);
        out.add(valueColumn);
      } else {
        out.addAll(columns.values());
      }
      if (validityColumn != null) {
        out.add(validityColumn.column());
      }
      return out;
    }

    /** The columns every record is keyed by: the district's, and the year's unless it is given. */
    public List<String> keyColumns() {
      return year == null ? List.of(districtColumn, yearColumn) : List.of(districtColumn);
    }

    /** The variables the table delivers, by name. */
    public java.util.Set<String> delivered() {
      return (isLong() ? variables : columns).keySet();
    }

    /** Whether the variable is a percentage (0–100) rather than a count. */
    public boolean isRate(String variable) {
      return rates.contains(variable);
    }
  }

  /** {@code tables[].ranges.<variable>}: the bounds a plain value must keep, each inclusive. */
  public record Range(Double min, Double max) implements Serializable {

    public boolean contains(double v) {
      return (min == null || v >= min) && (max == null || v <= max);
    }

    /** "−100 … 100", "≥ 0", "≤ 5" as a message names the range. */
    public String describe() {
      if (min != null && max != null) {
        return plain(min) + " … " + plain(max);
      }
      return min != null ? "≥ " + plain(min) : "≤ " + plain(max);
    }

    private static String plain(double v) {
      return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
  }

  /**
   * A vector layer: the file as an absolute path string (Paths are not serializable) and how to
   * read it.
   */
  public record Layer(
      @JsonProperty("path") String location,
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
   * @param population points with residents, for population weights (else null)
   */
  public record Zoning(Layer layer, String idField, ZoneWeights weights, Residents population)
      implements Serializable {}

  /** Points with residents: the layer and its field of residents per point. */
  public record Residents(Layer layer, String field) implements Serializable {}

  /**
   * @param groups named population groups, each the sum of its count variables (published as {@code
   *     pop_<name>})
   */
  /**
   * @param variable the residents' count variable; null when the delivery has none (a national
   *     table of scores), and then nothing is published or decided by a population
   */
  public record Population(String variable, Map<String, List<String>> groups)
      implements Serializable {

    public Population {
      groups = mapOrEmpty(groups);
    }

    public boolean isDelivered() {
      return variable != null;
    }
  }

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

    public Indicator {
      numerator = listOrEmpty(numerator);
      denominator = listOrEmpty(denominator);
      lifePhases = listOrEmpty(lifePhases);
    }

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

    public Exclusion {
      years = listOrEmpty(years);
    }

    public boolean appliesTo(int year) {
      return years.isEmpty() || years.contains(year);
    }
  }

  /**
   * @param column the delivery's own verdict per district and year; null when not delivered
   */
  public record Validity(int minPopulation, List<Exclusion> exclusions, ValidityColumn column)
      implements Serializable {

    public Validity {
      exclusions = listOrEmpty(exclusions);
    }
  }

  /**
   * {@code validity.column}: a text column of a wide table whose values say whether the district is
   * valid that year (an official MSS delivery's {@code KOM = gültig}). Each value is read as its
   * position among the valid, then the invalid values, so it travels in a record's numeric slot.
   */
  public record ValidityColumn(
      String table, String column, List<String> valid, List<String> invalid)
      implements Serializable {

    /** The code of a delivered value, -1 for a value that is neither valid nor invalid. */
    public int code(String value) {
      int v = valid.indexOf(value);
      if (v >= 0) {
        return v;
      }
      int i = invalid.indexOf(value);
      return i < 0 ? -1 : valid.size() + i;
    }

    /** The delivered value of a code. */
    public String value(int code) {
      return code < valid.size() ? valid.get(code) : invalid.get(code - valid.size());
    }

    /** Every value the column may hold: the valid, then the invalid ones. */
    public List<String> values() {
      List<String> all = new java.util.ArrayList<>(valid);
      all.addAll(invalid);
      return all;
    }
  }

  /**
   * @param presets each index method's settings by its name, in configuration order
   */
  public record Index(
      YearStep dynamicYears,
      @JsonDeserialize(using = PresetSections.Binding.class) Map<String, PresetSettings> presets,
      LifePhases lifePhases,
      boolean municipalityFrame)
      implements Serializable {

    /** The presets with the defaults they take from the indicators filled in. */
    Index completed(List<Indicator> indicators) {
      Map<String, PresetSettings> out = new LinkedHashMap<>();
      presets.forEach((name, p) -> out.put(name, p.completed(indicators)));
      return new Index(dynamicYears, out, lifePhases, municipalityFrame);
    }

    /** The preset the life-phase sub-indices use: as configured, else the first; null for none. */
    public String lifePhaseMethod() {
      if (!lifePhases.enabled()) {
        return null;
      }
      return lifePhases.method() != null ? lifePhases.method() : presets.keySet().iterator().next();
    }

    /** The dynamic indicators of the MSS preset (changes that feed an index), empty without MSS. */
    public List<String> mssDynamic() {
      PresetSettings mss = presets.get("mss");
      return mss == null ? List.of() : mss.dynamic();
    }
  }

  /**
   * @param method the preset the sub-indices use; null for the run's first
   */
  public record LifePhases(boolean enabled, String method) implements Serializable {}

  /** How a variable is cut into map classes (docs/METHODS.md §4). */
  public record ClassSpec(
      ClassMethod method, int classes, List<Double> thresholds, List<Double> sdEdges, int decimals)
      implements Serializable {

    public ClassSpec {
      thresholds = listOrEmpty(thresholds);
      sdEdges = listOrEmpty(sdEdges);
    }
  }

  /**
   * @param fallback the {@code default} classification
   */
  public record Classification(
      @JsonProperty("default") ClassSpec fallback, Map<String, ClassSpec> variables)
      implements Serializable {

    public Classification {
      variables = mapOrEmpty(variables);
    }

    public ClassSpec of(String variable) {
      return variables.getOrDefault(variable, fallback);
    }
  }

  /**
   * @param minCount counts 1 … minCount−1 are withheld
   * @param minDenominator a rate's numerator over a denominator of 1 … minDenominator−1 is withheld
   *     whatever it is; 0 switches it off
   * @param categories partitions: a total indicator and the part indicators whose numerators add up
   *     to it
   */
  public record Disclosure(int minCount, int minDenominator, List<Category> categories)
      implements Serializable {

    public Disclosure {
      categories = listOrEmpty(categories);
    }

    /**
     * Whether no rule withholds anything: every count of at least 1 is published and no denominator
     * is too small ({@code disclosure: false}, for data that are open already).
     */
    public boolean isOff() {
      return minCount <= 1 && minDenominator == 0;
    }

    /** Each category as its total indicator followed by its parts. */
    public List<List<String>> partitions() {
      return categories.stream().map(Category::indicators).toList();
    }
  }

  public record Category(String total, List<String> parts) implements Serializable {

    /** The total followed by its parts. */
    public List<String> indicators() {
      List<String> all = new java.util.ArrayList<>(List.of(total));
      all.addAll(parts);
      return List.copyOf(all);
    }
  }

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
      Scope scope,
      String unit,
      int baselineYear,
      Double baseline,
      double target,
      int targetYear)
      implements Serializable {

    public Target {
      label = label == null ? id : label;
    }
  }

  /**
   * @param neighbours {@code queen}, {@code rook} (contiguity), {@code knn} (k nearest centroids)
   *     or {@code distance} (band)
   * @param snap vertex distance counted as shared (working CRS units)
   * @param distance the band's radius (working CRS units), for {@code distance}
   * @param weights {@code W} (row-standardised) or {@code B} (binary)
   */
  public record Spatial(
      Neighbourhood neighbours,
      NeighboursFile neighboursFile,
      double snap,
      int k,
      Double distance,
      String weights,
      Statistics statistics)
      implements Serializable {}

  /**
   * {@code spatial.neighbours_file}: a GAL, GWT or CSV edge-list file naming the districts'
   * neighbours.
   *
   * @param location the file as an absolute path string
   * @param format {@code gal}, {@code gwt} or {@code csv}; null: by the file's extension
   */
  public record NeighboursFile(
      @JsonProperty("path") String location,
      String format,
      String encoding,
      String fromColumn,
      String toColumn,
      String delimiter)
      implements Serializable {

    public Path file() {
      return Path.of(location);
    }
  }

  /**
   * @param variables columns analysed by the spatial statistics; null (not configured): every
   *     preset's headline; empty: none, the statistics are off
   */
  public record Statistics(
      List<String> variables, int permutations, long seed, double alpha, boolean fdr)
      implements Serializable {

    public Statistics {
      variables = variables == null ? null : List.copyOf(variables);
    }
  }

  /**
   * Offers as points (null when the configuration has none).
   *
   * @param targetGroups life phase → population group the per-1,000 coverage refers to
   */
  public record Supply(
      Layer layer,
      String idField,
      String nameField,
      String typeField,
      String phaseField,
      Map<String, String> targetGroups,
      List<Gap> gaps,
      Map<String, String> catalogue)
      implements Serializable {

    /**
     * @param catalogue the Transferbörse's fields ({@code supply.catalogue}): {@code
     *     CatalogueField} key → the layer's field holding it
     */
    public Supply {
      targetGroups = mapOrEmpty(targetGroups);
      gaps = listOrEmpty(gaps);
      catalogue = mapOrEmpty(catalogue);
    }

    public Path file() {
      return layer.file();
    }
  }

  /**
   * A gap rule: the district's need column at least {@code needAtLeast} and the phase's offers per
   * 1,000 below the bound.
   */
  public record Gap(
      String id,
      String label,
      String phase,
      String need,
      double needAtLeast,
      @JsonProperty("per_1000_below") double per1000Below)
      implements Serializable {

    public Gap {
      label = label == null ? id : label;
    }
  }

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
   * @param geopackage whether to write gis/monitoring.gpkg and the QGIS project beside it
   * @param atlas whether to write atlas/index.html, the interactive Sozialraumatlas
   */
  public record Outputs(boolean geojson, boolean excel, boolean geopackage, boolean atlas)
      implements Serializable {}

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
   * @param booksPdf whether to print the towns' booklets of profiles too
   * @param labels replacements for the report's German standard texts, by key
   */
  public record Report(
      String title,
      String publisher,
      @JsonProperty("logo") String logoLocation,
      String foreword,
      Integer year,
      boolean enabled,
      boolean pdf,
      Profiles profiles,
      @JsonProperty("books_pdf") boolean booksPdf,
      List<String> chapters,
      Placement indices,
      List<String> presets,
      Map<String, String> labels)
      implements Serializable {

    /** The main text's chapters in their standard order ({@code report.chapters}' default). */
    public static final List<String> CHAPTERS =
        List.of(
            "zusammenfassung",
            "gesamtindex",
            "indizes",
            "praeventionskette",
            "indikatoren",
            "raeumliche-muster",
            "angebote",
            "klassenwechsel",
            "ziele");

    /** Where the comparison of the further presets goes ({@code report.indices}). */
    public enum Placement {
      TEXT,
      ANNEX;

      /** The configuration's spelling. */
      @Override
      public String toString() {
        return Keyed.key(this);
      }
    }

    /**
     * Where the districts' profiles go: into the report, or a book per town beside it ({@code
     * report/steckbriefe/}); {@code AUTO} chooses books above {@link #PROFILES_INLINE_AT_MOST}
     * districts, where one page each would make the report a book of hundreds of pages.
     */
    public enum Profiles {
      AUTO,
      INLINE,
      BOOKS;

      /** The configuration's spelling. */
      @Override
      public String toString() {
        return Keyed.key(this);
      }
    }

    public static final int PROFILES_INLINE_AT_MOST = 100;

    public Report {
      labels = mapOrEmpty(labels);
      profiles = profiles == null ? Profiles.AUTO : profiles;
      chapters = chapters == null || chapters.isEmpty() ? CHAPTERS : List.copyOf(chapters);
      indices = indices == null ? Placement.TEXT : indices;
      presets = listOrEmpty(presets);
    }

    /** Whether a report of so many districts puts the profiles into town books. */
    public boolean profileBooks(int districts) {
      return profiles == Profiles.BOOKS
          || profiles == Profiles.AUTO && districts > PROFILES_INLINE_AT_MOST;
    }

    public Path logo() {
      return logoLocation == null ? null : Path.of(logoLocation);
    }

    Report titled(String runTitle) {
      return new Report(
          runTitle,
          publisher,
          logoLocation,
          foreword,
          year,
          enabled,
          pdf,
          profiles,
          booksPdf,
          chapters,
          indices,
          presets,
          labels);
    }
  }

  /**
   * Every input file by a name for the manifest: the geometry or the district list, each table (by
   * id), each table's zoning and its population layer ({@code <table>.zoning}, {@code
   * <table>.population}), the offers ({@code supply}) and a weights file ({@code neighbours_file}).
   * A run is unchanged only when all of them are.
   */
  public Map<String, Path> inputs() {
    Map<String, Path> in = new java.util.LinkedHashMap<>();
    if (geometry != null) {
      in.put("geometry", geometry.path());
    } else if (districts != null) {
      in.put("districts", districts.path());
    }
    tables.forEach(t -> in.put(t.id(), t.file()));
    tables.stream()
        .filter(t -> t.zoning() != null)
        .forEach(
            t -> {
              in.put(t.id() + ".zoning", t.zoning().layer().file());
              if (t.zoning().population() != null) {
                in.put(t.id() + ".population", t.zoning().population().layer().file());
              }
            });
    if (supply != null) {
      in.put("supply", supply.file());
    }
    if (spatial != null && spatial.neighboursFile() != null) {
      in.put("neighbours_file", spatial.neighboursFile().file());
    }
    if (report.logo() != null) {
      in.put("report.logo", report.logo());
    }
    return in;
  }

  /**
   * The variables delivered by a zoned table: their counts reach the social spaces only as
   * estimates (shares by area or residents).
   */
  public java.util.Set<String> zonedVariables() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    tables.stream().filter(t -> t.zoning() != null).forEach(t -> out.addAll(t.delivered()));
    return out;
  }

  /**
   * Whether a sum of these variables is an estimate: one of them was moved from another zoning, so
   * the sum may be fractional; otherwise it is a whole count.
   */
  public boolean estimated(java.util.Collection<String> variables) {
    java.util.Set<String> zoned = zonedVariables();
    return variables.stream().anyMatch(zoned::contains);
  }

  /**
   * The variables counted by an indicator's numerator or denominator, or by the population or one
   * of its groups: a delivered value of one of them is a whole number.
   */
  private static java.util.Set<String> countedVariables(
      Population population, List<Indicator> indicators) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    if (population.isDelivered()) {
      out.add(population.variable());
    }
    population.groups().values().forEach(out::addAll);
    indicators.forEach(
        i -> {
          out.addAll(i.numerator());
          out.addAll(i.denominator());
        });
    return out;
  }

  public Indicator indicator(String id) {
    return indicators.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  /** An absent list is an empty one; lists keep their order and are not changed after binding. */
  public static <T> List<T> listOrEmpty(List<T> given) {
    return given == null ? List.of() : List.copyOf(given);
  }

  /** An absent map is an empty one; maps keep the configuration's order. */
  public static <K, V> Map<K, V> mapOrEmpty(Map<K, V> given) {
    return given == null
        ? Map.of()
        : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(given));
  }
}
