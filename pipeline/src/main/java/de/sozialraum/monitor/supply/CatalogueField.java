package de.sozialraum.monitor.supply;

import java.util.Locale;

/**
 * A field of the Transferbörse, the partners' catalogue of offers and projects along the prevention
 * chain: read from the supply layer where {@code supply.catalogue} names its source field, and
 * published with the offers under its German column name.
 */
public enum CatalogueField {
  /** "Angebot" (a standing service) or "Projekt" (funded for a time). */
  KIND("art", "Angebot oder Projekt"),
  PROVIDER("traeger", "Träger"),
  /** The partner institution of the chain: Kreisjugendamt, Gesundheitsamt, Jobcenter, … */
  PARTNER("partner", "Partnerinstitution"),
  TARGET_GROUP("zielgruppe", "Zielgruppe"),
  DESCRIPTION("beschreibung", "Kurzbeschreibung"),
  CONTACT("kontakt", "Kontakt"),
  /** What went well and what did not, in the provider's words. */
  EXPERIENCE("erfahrungen", "Erfahrungen");

  private final String column;
  private final String title;

  CatalogueField(String column, String title) {
    this.column = column;
    this.title = title;
  }

  /** The key under {@code supply.catalogue}: {@code provider}, {@code target_group}, … */
  public String configKey() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The published column: {@code traeger}, {@code zielgruppe}, … */
  public String column() {
    return column;
  }

  /** The German heading of the field in the atlas's catalogue. */
  public String title() {
    return title;
  }

  public static CatalogueField ofConfigKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
