package de.sozialraum.tools.samples;

/**
 * A town of the synthetic county: its real AGS and approximate centre (so the map looks like Kreis
 * Unna), its size, how many social spaces it is divided into, and its quarter names. All figures
 * derived from them are invented.
 */
record SampleTown(
    String ags,
    String name,
    double lon,
    double lat,
    int population,
    int districts,
    String[] quarters) {

  static final SampleTown[] KREIS_UNNA = {
    new SampleTown(
        "05978024",
        "Lünen",
        7.525,
        51.612,
        86_000,
        12,
        new String[] {
          "Altstadt",
          "Brambauer",
          "Gahmen",
          "Horstmar",
          "Niederaden",
          "Nordlünen",
          "Osterfeld",
          "Alstedde",
          "Industriegebiet Lippehafen",
          "Geistviertel",
          "Süggel",
          "Lünen-Süd"
        }),
    new SampleTown(
        "05978036",
        "Unna",
        7.689,
        51.535,
        59_000,
        9,
        new String[] {
          "Innenstadt",
          "Königsborn",
          "Massen",
          "Hemmerde",
          "Lünern",
          "Uelzen",
          "Afferde",
          "Mühlhausen",
          "Kessebüren"
        }),
    new SampleTown(
        "05978004",
        "Bergkamen",
        7.636,
        51.616,
        49_000,
        8,
        new String[] {
          "Mitte",
          "Oberaden",
          "Weddinghofen",
          "Rünthe",
          "Overberge",
          "Heil",
          "Bergkamen-Nord",
          "Zechensiedlung Grimberg"
        }),
    new SampleTown(
        "05978028",
        "Schwerte",
        7.566,
        51.445,
        46_000,
        7,
        new String[] {
          "Innenstadt", "Holzen", "Westhofen", "Ergste", "Geisecke", "Villigst", "Wandhofen"
        }),
    new SampleTown(
        "05978020",
        "Kamen",
        7.664,
        51.592,
        43_000,
        7,
        new String[] {
          "Mitte",
          "Methler",
          "Heeren-Werve",
          "Südkamen",
          "Derne",
          "Kamen-Nord",
          "Gewerbegebiet Henry-Everling-Straße"
        }),
    new SampleTown(
        "05978040",
        "Werne",
        7.634,
        51.664,
        29_000,
        5,
        new String[] {"Innenstadt", "Stockum", "Horst", "Langern", "Evenkamp"}),
    new SampleTown(
        "05978032",
        "Selm",
        7.471,
        51.695,
        26_000,
        5,
        new String[] {"Mitte", "Bork", "Cappenberg", "Netteberge", "Ternsche"}),
    new SampleTown(
        "05978012",
        "Fröndenberg/Ruhr",
        7.765,
        51.472,
        21_000,
        4,
        new String[] {"Mitte", "Dellwig", "Langschede", "Frömern"}),
    new SampleTown(
        "05978008",
        "Bönen",
        7.759,
        51.599,
        18_000,
        3,
        new String[] {"Mitte", "Flierich", "Nordbögge"}),
    new SampleTown(
        "05978016",
        "Holzwickede",
        7.608,
        51.500,
        17_000,
        3,
        new String[] {"Mitte", "Hengsen", "Opherdicke"}),
  };
}
