package de.sozialraum.monitor.output;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.DISTRICT_NAME;
import static de.sozialraum.monitor.schema.Columns.MUNICIPALITY_ID;
import static de.sozialraum.monitor.schema.Columns.MUNICIPALITY_NAME;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.monitor.config.MonitorConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** {@code dictionary.json}: every published column with its type, meaning (German) and unit. */
public final class DataDictionary {

  private static final Map<String, String> FIXED = new LinkedHashMap<>();

  static {
    FIXED.put(DISTRICT_ID, "Kennung des Sozialraums");
    FIXED.put(DISTRICT_NAME, "Name des Sozialraums");
    FIXED.put(MUNICIPALITY_ID, "Gemeinde (AGS) des Sozialraums");
    FIXED.put(MUNICIPALITY_NAME, "Name der Gemeinde");
    FIXED.put("year", "Berichtsjahr");
    FIXED.put("population", "Einwohnerinnen und Einwohner insgesamt");
    FIXED.put("geometry", "Geometrie (MultiPolygon)");
    FIXED.put("level", "Ebene: municipality (Gemeinde) oder county (Kreis)");
    FIXED.put(
        "unit_id",
        "Kennung der Gemeinde (AGS) bzw. 'kreis'; bei Zielen die Einheit des Ziels (leer = Kreis)");
    FIXED.put("unit_name", "Name der Gemeinde bzw. des Kreises");
    FIXED.put("districts", "Anzahl der Sozialräume der Einheit");
    FIXED.put("target_id", "Kennung des Ziels");
    FIXED.put("label", "Ziel im Wortlaut des Leitbilds");
    FIXED.put("indicator", "Indikator des Ziels");
    FIXED.put("scope", "Ebene des Ziels: district, municipality, county");
    FIXED.put("value", "Veröffentlichter Wert des Indikators im Jahr (leer, wenn zurückgehalten)");
    FIXED.put("expected", "Wert auf dem geraden Pfad vom Ausgangswert zum Zielwert im Jahr");
    FIXED.put(
        "status",
        "reached (Ziel erreicht) | on_track (auf oder vor dem Pfad) | off_track (hinter dem Pfad)");
    FIXED.put("baseline_year", "Ausgangsjahr");
    FIXED.put("baseline", "Ausgangswert (konfiguriert oder veröffentlichter Wert im Ausgangsjahr)");
    FIXED.put("target_year", "Zieljahr");
    FIXED.put("target", "Zielwert");
    FIXED.put("bbox", "Begrenzungsrechteck (GeoParquet-Covering)");
  }

  private DataDictionary() {}

  /**
   * @param computed descriptions of the columns the methods add (presets, classes, dynamics)
   * @param tables the further published tables (aggregates, targets) by name; their columns go
   *     under {@code tables}
   */
  public static void write(
      StructType schema,
      MonitorConfig config,
      Map<String, String> computed,
      Map<String, StructType> tables,
      Path file)
      throws IOException {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = m.createObjectNode();
    describeAll(root.putObject("columns"), schema, config, computed);
    ObjectNode others = root.putObject("tables");
    tables.forEach(
        (name, s) -> describeAll(others.putObject(name).putObject("columns"), s, config, computed));
    m.writeValue(file.toFile(), root);
  }

  private static void describeAll(
      ObjectNode cols, StructType schema, MonitorConfig config, Map<String, String> computed) {
    for (StructField f : schema.fields()) {
      ObjectNode c = cols.putObject(f.name());
      c.put("type", f.dataType().simpleString());
      c.put("description", computed.getOrDefault(f.name(), describe(f.name(), config)));
      unit(f.name(), config).ifPresent(u -> c.put("unit", u));
    }
  }

  private static String describe(String column, MonitorConfig config) {
    if (FIXED.containsKey(column)) {
      return FIXED.get(column);
    }
    for (MonitorConfig.Indicator i : config.indicators()) {
      String phases =
          i.lifePhases().isEmpty() ? "" : "; Lebensphasen: " + String.join(", ", i.lifePhases());
      String how =
          i.isRatio()
              ? String.join("+", i.numerator()) + " / " + String.join("+", i.denominator())
              : "geliefert als " + i.value();
      if (column.equals(i.id())) {
        return i.label() + " (" + how + ", " + i.direction() + phases + ")";
      }
      if (column.equals(i.id() + "_numerator")) {
        return "Zähler von " + i.id() + ": " + String.join(" + ", i.numerator()) + " (Anzahl)";
      }
      if (column.equals(i.id() + "_denominator")) {
        return "Nenner von " + i.id() + ": " + String.join(" + ", i.denominator()) + " (Anzahl)";
      }
      if (column.equals(i.id() + "_change")) {
        return "Veränderung von "
            + i.id()
            + " gegenüber "
            + config.index().dynamicYears()
            + " Jahren zuvor";
      }
    }
    if (column.endsWith("_weighted_mean")) {
      String h = column.substring(0, column.length() - "_weighted_mean".length());
      return "Gewichtetes Mittel von "
          + h
          + " über die Sozialräume der Einheit (Gewichte wie das Verfahren sie definiert)";
    }
    for (Map.Entry<String, List<String>> g : config.population().groups().entrySet()) {
      if (column.equals("pop_" + g.getKey())) {
        return "Bevölkerungsgruppe " + g.getKey() + ": " + String.join(" + ", g.getValue());
      }
    }
    return column;
  }

  private static java.util.Optional<String> unit(String column, MonitorConfig config) {
    for (MonitorConfig.Indicator i : config.indicators()) {
      if (column.equals(i.id())) {
        return java.util.Optional.of(i.unit().symbol());
      }
      if (column.equals(i.id() + "_change")) {
        return java.util.Optional.of(i.unit().changeSymbol());
      }
    }
    return java.util.Optional.empty();
  }
}
