package de.sozialraum.monitor.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.monitor.config.MonitorConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** {@code dictionary.json}: every published column with its type, meaning (German) and unit. */
public final class DataDictionary {

  private static final Map<String, String> FIXED = new LinkedHashMap<>();

  static {
    FIXED.put("district_id", "Kennung des Sozialraums");
    FIXED.put("district_name", "Name des Sozialraums");
    FIXED.put("municipality_id", "Gemeinde (AGS) des Sozialraums");
    FIXED.put("municipality_name", "Name der Gemeinde");
    FIXED.put("year", "Berichtsjahr");
    FIXED.put("population", "Einwohnerinnen und Einwohner insgesamt");
    FIXED.put("validity", "valid | population_below_minimum | excluded | no_data – nur 'valid' geht in Mittelwerte, SD und Index ein");
    FIXED.put("validity_reason", "Begründung, wenn nicht valid");
    FIXED.put("missing_indicators", "Indikatoren, die fehlen (dann kein Index)");
    FIXED.put("mss_status_index", "MSS-Statusindex: z-Wert der Summe der z-Werte der Statusindikatoren (hoch = benachteiligt)");
    FIXED.put("mss_status_class", "Statusklasse: 1 hoch (<-1), 2 mittel (-1..1), 3 niedrig (1..1,5), 4 sehr niedrig (>1,5)");
    FIXED.put("mss_status_label", "Statusklasse als Text");
    FIXED.put("mss_dynamic_index", "MSS-Dynamikindex: z-Wert der Summe der z-Werte der Veränderungen");
    FIXED.put("mss_dynamic_class", "Dynamikklasse: 1 positiv (<-1), 3 stabil (-1..1), 5 negativ (>1)");
    FIXED.put("mss_dynamic_label", "Dynamikklasse als Text");
    FIXED.put("mss_code", "Gesamtcode 10·Status + Dynamik (z. B. 25 = Status mittel, Dynamik negativ)");
    FIXED.put("mss_status_quintile", "Rangbasierte Klasse des Statusindex (1 = günstigste, n = ungünstigste)");
    FIXED.put("rank_county", "Rang im Kreis nach Statusindex (1 = am stärksten benachteiligt; Gleichstände teilen den kleinsten Rang)");
    FIXED.put("rank_municipality", "Rang innerhalb der Gemeinde nach Statusindex");
    FIXED.put("geometry", "Geometrie (MultiPolygon)");
    FIXED.put("bbox", "Begrenzungsrechteck (GeoParquet-Covering)");
  }

  private DataDictionary() {}

  public static void write(StructType schema, MonitorConfig config, Path file) throws IOException {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = m.createObjectNode();
    ObjectNode cols = root.putObject("columns");
    for (StructField f : schema.fields()) {
      ObjectNode c = cols.putObject(f.name());
      c.put("type", f.dataType().simpleString());
      c.put("description", describe(f.name(), config));
      unit(f.name(), config).ifPresent(u -> c.put("unit", u));
    }
    m.writeValue(file.toFile(), root);
  }

  private static String describe(String column, MonitorConfig config) {
    if (FIXED.containsKey(column)) {
      return FIXED.get(column);
    }
    for (MonitorConfig.Indicator i : config.indicators()) {
      String phases = i.lifePhases().isEmpty() ? "" : "; Lebensphasen: " + String.join(", ", i.lifePhases());
      String how = i.isRatio() ? String.join("+", i.numerator()) + " / " + String.join("+", i.denominator()) : "geliefert als " + i.value();
      if (column.equals(i.id())) {
        return i.label() + " (" + how + ", " + i.direction() + phases + ")";
      }
      if (column.equals(i.id() + "_z")) {
        return "z-Wert von " + i.id() + " im Kreisvergleich (Richtung ausgerichtet: hoch = ungünstig)";
      }
      if (column.equals(i.id() + "_change")) {
        return "Veränderung von " + i.id() + " über " + config.index().dynamicYears() + " Jahre";
      }
      if (column.equals(i.id() + "_change_z")) {
        return "z-Wert der Veränderung von " + i.id();
      }
    }
    return column;
  }

  private static java.util.Optional<String> unit(String column, MonitorConfig config) {
    for (MonitorConfig.Indicator i : config.indicators()) {
      String u = "per_mille".equals(i.unit()) ? "‰" : "%";
      if (column.equals(i.id())) {
        return java.util.Optional.of(u);
      }
      if (column.equals(i.id() + "_change")) {
        return java.util.Optional.of("per_mille".equals(i.unit()) ? "‰-Punkte" : "Prozentpunkte");
      }
    }
    return java.util.Optional.empty();
  }
}
