package de.sozialraum.monitor.schema;

/**
 * The names of the published columns, spelt once: the key columns, and one function per column
 * family, so that the step that adds a column and every one that reads it (writers, styles, report,
 * {@code explain}) agree on its name. A method's own columns ({@code mss_z_<id>}, {@code
 * svi_pr_<id>}) are named by its preset, which declares them.
 */
public final class Columns {

  /** The social space's id, as the geometry delivers it. */
  public static final String DISTRICT_ID = "district_id";

  public static final String DISTRICT_NAME = "district_name";

  /** The municipality (AGS) the social space belongs to. */
  public static final String MUNICIPALITY_ID = "municipality_id";

  public static final String MUNICIPALITY_NAME = "municipality_name";

  /** The reporting year. */
  public static final String YEAR = "year";

  /**
   * The period a year stands for ({@code year_labels}); only where the configuration has labels.
   */
  public static final String PERIOD = "period";

  /**
   * {@code valid}, {@code population_below_minimum}, {@code excluded}, {@code invalid_by_delivery}
   * or {@code no_data} (docs/METHODS.md §1).
   */
  public static final String VALIDITY = "validity";

  /** The delivery's own verdict on the district's validity that year ({@code validity.column}). */
  public static final String DELIVERED_VALIDITY = "validity_delivered";

  /** Residents in total. */
  public static final String POPULATION = "population";

  public static final String OFFERS_TOTAL = "offers_total";

  /** The suffix of a change over k years: {@code <column>_change}. */
  public static final String CHANGE = "_change";

  /** The suffix of a class k years earlier: {@code <class column>_previous}. */
  public static final String PREVIOUS = "_previous";

  private Columns() {}

  /** {@code pop_<group>}: the residents of a population group. */
  public static String groupOf(String group) {
    return "pop_" + group;
  }

  /** {@code <indicator>_numerator}: the summed count of the numerator variables. */
  public static String numeratorOf(String indicator) {
    return indicator + "_numerator";
  }

  public static String denominatorOf(String indicator) {
    return indicator + "_denominator";
  }

  /** {@code <column>_change}: the change over {@code index.dynamic_years}. */
  public static String changeOf(String column) {
    return column + CHANGE;
  }

  /** {@code <class column>_previous}: the class {@code index.dynamic_years} earlier. */
  public static String previousOf(String classColumn) {
    return classColumn + PREVIOUS;
  }

  /** {@code <indicator>_class}: an indicator's map class. */
  public static String classOf(String indicator) {
    return indicator + "_class";
  }

  /** {@code <class column>_label}: a class as text. */
  public static String labelOf(String classColumn) {
    return classColumn + "_label";
  }

  /** {@code <class column>_colour}: a class's map colour. */
  public static String colourOf(String classColumn) {
    return classColumn + "_colour";
  }

  /** {@code <indicator>_flag}: why a cell is withheld, or empty. */
  public static String flagOf(String indicator) {
    return indicator + "_flag";
  }

  /** {@code <indicator>_eb}: the globally smoothed rate. */
  public static String smoothedOf(String indicator) {
    return indicator + "_eb";
  }

  /** {@code <indicator>_eb_spatial}: the rate smoothed over the neighbourhood. */
  public static String spatiallySmoothedOf(String indicator) {
    return indicator + "_eb_spatial";
  }

  /** {@code phase_<phase>}: the name of a life phase's sub-index, which prefixes its columns. */
  public static String phaseOf(String phase) {
    return "phase_" + phase;
  }

  /** {@code phase_<phase>_index}: a life phase's sub-index. */
  public static String phaseIndexOf(String phase) {
    return phaseOf(phase) + "_index";
  }

  /** {@code phase_<phase>_class}: its class, coded as the phase method codes its classes. */
  public static String phaseClassOf(String phase) {
    return phaseOf(phase) + "_class";
  }

  public static String lisaIOf(String variable) {
    return variable + "_lisa_i";
  }

  public static String lisaPOf(String variable) {
    return variable + "_lisa_p";
  }

  /** {@code <variable>_lisa_cluster}: HH, LL, LH, HL, not_significant or island. */
  public static String lisaClusterOf(String variable) {
    return variable + "_lisa_cluster";
  }

  public static String giStarOf(String variable) {
    return variable + "_gi_star_z";
  }

  /** {@code <variable>_hotspot}: hot, cold or not_significant. */
  public static String hotspotOf(String variable) {
    return variable + "_hotspot";
  }

  /** {@code offers_<phase>}: the offers for a life phase in the district. */
  public static String offersOf(String phase) {
    return "offers_" + phase;
  }

  /** {@code offers_<phase>_per_1000}: per 1,000 of the phase's target group. */
  public static String offersPer1000Of(String phase) {
    return offersOf(phase) + "_per_1000";
  }

  /** {@code gap_<rule>}: whether a gap rule holds. */
  public static String gapOf(String rule) {
    return "gap_" + rule;
  }

  /** {@code <headline>_weighted_mean}: a headline's weighted mean over a municipality or county. */
  public static String weightedMeanOf(String headline) {
    return headline + "_weighted_mean";
  }
}
