package de.sozialraum.monitor.schema;

import java.io.Serializable;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * A published column: name, kind, the German description that goes into {@code dictionary.json}
 * (from {@link ColumnText}), its unit where it has one, and what it is derived from ({@link
 * Derivation}), which decides what disclosure control withholds with a count. A column made without
 * a derivation is undeclared; the run refuses to publish an undeclared numeric column.
 *
 * @param unit as {@code dictionary.json} gives it ({@code %}, {@code Prozentpunkte}), or null
 */
public record OutputColumn(
    String name, Kind kind, String description, String unit, Derivation derivation)
    implements Serializable {

  /**
   * Said of every column that combines several indicators: it is published, as docs/METHODS.md §5
   * explains.
   */
  public static final String COMPOSITE = "composite of several indicators";

  /**
   * What a column holds. A {@code COUNT} is a whole number of persons or households, published as a
   * 64-bit integer; an {@code ESTIMATE} is a count moved from another zoning by area or residents,
   * fractional, published as a double and marked in the dictionary.
   */
  public enum Kind {
    DOUBLE,
    COUNT,
    ESTIMATE,
    INT,
    STRING,
    BOOLEAN;

    public DataType sparkType() {
      return switch (this) {
        case DOUBLE, ESTIMATE -> DataTypes.DoubleType;
        case COUNT -> DataTypes.LongType;
        case INT -> DataTypes.IntegerType;
        case STRING -> DataTypes.StringType;
        case BOOLEAN -> DataTypes.BooleanType;
      };
    }
  }

  public static OutputColumn number(String name, String description) {
    return new OutputColumn(name, Kind.DOUBLE, description, null, null);
  }

  /**
   * A count of the given variables: whole, unless one of them comes from another zoning, when it is
   * an estimate.
   */
  public static OutputColumn count(String name, String description, boolean estimated) {
    return new OutputColumn(name, estimated ? Kind.ESTIMATE : Kind.COUNT, description, null, null);
  }

  public static OutputColumn code(String name, String description) {
    return new OutputColumn(name, Kind.INT, description, null, null);
  }

  public static OutputColumn text(String name, String description) {
    return new OutputColumn(name, Kind.STRING, description, null, null);
  }

  public static OutputColumn flag(String name, String description) {
    return new OutputColumn(name, Kind.BOOLEAN, description, null, null);
  }

  public OutputColumn derivedFrom(Derivation d) {
    return new OutputColumn(name, kind, description, unit, d);
  }

  /** In unit {@code u}; none for an empty one (a delivered score). */
  public OutputColumn inUnit(String u) {
    return new OutputColumn(
        name, kind, description, u == null || u.isEmpty() ? null : u, derivation);
  }

  /** Withheld with the indicator's cell. */
  public OutputColumn ofCell(String indicator) {
    return derivedFrom(Derivation.cell(indicator));
  }

  /** Gives no count away, for the reason given. */
  public OutputColumn independent(String reason) {
    return derivedFrom(Derivation.independent(reason));
  }

  /** Combines several indicators (an index, a domain, a rank, a class of an index). */
  public OutputColumn composite() {
    return independent(COMPOSITE);
  }
}
