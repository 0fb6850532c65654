package de.sozialraum.monitor.schema;

/**
 * The names of the published key columns, spelt once: every table of a run (indices, aggregates,
 * quality files, GeoJSON properties) and every step that reads them use these.
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
   * {@code valid}, {@code population_below_minimum}, {@code excluded} or {@code no_data}
   * (docs/METHODS.md §1).
   */
  public static final String VALIDITY = "validity";

  private Columns() {}
}
