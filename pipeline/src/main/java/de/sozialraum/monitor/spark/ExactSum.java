package de.sozialraum.monitor.spark;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;

/**
 * A sum of doubles that does not depend on the order Spark adds them in. Floating-point addition is
 * not associative, and on a cluster the partial sums of a group arrive from the executors in
 * whatever order the shuffle delivers them, so a plain {@code sum} of fractional values (counts
 * moved between zonings, weighted means) can differ in the last bits from run to run and flip a
 * rounded figure or a class. Each term is rounded to 18 decimals and added exactly as a decimal, so
 * every run publishes the same bytes.
 */
public final class ExactSum {

  /** 20 integer digits: sums up to 10^20, far beyond any count of residents or weighted total. */
  private static final org.apache.spark.sql.types.DecimalType EXACT =
      DataTypes.createDecimalType(38, 18);

  private ExactSum() {}

  /**
   * The sum of counts, exact whatever the order: whole numbers add exactly as doubles while the
   * total stays below 2^53 (nine quadrillion), so the decimal route is needed only where a count
   * can be fractional (moved from another zoning).
   *
   * @param whole whether every term is a whole number (a delivered count, which the record rules
   *     keep whole)
   */
  public static Column ofCounts(Column values, boolean whole) {
    return whole ? sum(values) : of(values);
  }

  /**
   * Null for a group without values, like {@code sum}; NaN when a term is not finite (a decimal
   * cannot hold it).
   */
  public static Column of(Column values) {
    Column finite = not(isnan(values)).and(abs(values).notEqual(lit(Double.POSITIVE_INFINITY)));
    Column anyNonFinite = max(when(values.isNotNull().and(not(finite)), lit(1)));
    return when(anyNonFinite.isNotNull(), lit(Double.NaN))
        .otherwise(sum(when(finite, values).cast(EXACT)).cast(DataTypes.DoubleType));
  }
}
