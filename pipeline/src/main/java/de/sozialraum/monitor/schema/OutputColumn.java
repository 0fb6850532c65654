package de.sozialraum.monitor.schema;

import java.io.Serializable;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/** A published column: name, kind and the German description that goes into {@code dictionary.json}. */
public record OutputColumn(String name, Kind kind, String description) implements Serializable {

  public enum Kind {
    DOUBLE, INT, STRING;

    public DataType sparkType() {
      return switch (this) {
        case DOUBLE -> DataTypes.DoubleType;
        case INT -> DataTypes.IntegerType;
        case STRING -> DataTypes.StringType;
      };
    }
  }

  public static OutputColumn number(String name, String description) {
    return new OutputColumn(name, Kind.DOUBLE, description);
  }

  public static OutputColumn code(String name, String description) {
    return new OutputColumn(name, Kind.INT, description);
  }

  public static OutputColumn text(String name, String description) {
    return new OutputColumn(name, Kind.STRING, description);
  }
}
