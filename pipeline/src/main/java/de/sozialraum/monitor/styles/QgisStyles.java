package de.sozialraum.monitor.styles;

import static de.sozialraum.monitor.schema.Columns.classOf;

import de.sozialraum.monitor.numerics.classify.Palette;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * QGIS layer styles ({@code .qml}) that colour the published class columns exactly as the report
 * does: a categorized renderer on the class attribute with one category per legend entry (same
 * label, same colour) and a final category for districts without a class, grey with the report's
 * hatching. Styles whose labels hold value bounds that change every year are written per year
 * ({@code <column>_<year>.qml}); codings that do not change ({@code <column>.qml}) fit every year's
 * GeoJSON and the GeoParquet file.
 */
public final class QgisStyles {

  /** The QGIS release the styles were checked against (Debian bookworm's qgis). */
  static final String QGIS_VERSION = "3.22.16-Białowieża";

  private QgisStyles() {}

  /**
   * @return style file (relative to the run) → number of classes
   */
  public static Map<String, Long> write(Map<Integer, Legends> byYear, Path stylesDir)
      throws IOException {
    Files.createDirectories(stylesDir);
    Map<String, Long> out = new LinkedHashMap<>();
    Map<String, ClassLegend> yearIndependent = new LinkedHashMap<>();
    for (Map.Entry<Integer, Legends> y : byYear.entrySet()) {
      for (ClassLegend l : y.getValue().all()) {
        if (boundsChangeByYear(l)) {
          String name = l.column() + "_" + y.getKey() + ".qml";
          write(l, stylesDir.resolve(name));
          out.put("styles/" + name, (long) l.entries().size());
        } else {
          ClassLegend before = yearIndependent.putIfAbsent(l.column(), l);
          if (before != null && !before.entries().equals(l.entries())) {
            throw new IllegalStateException(
                "the classes of "
                    + l.column()
                    + " differ between years although its coding is fixed");
          }
        }
      }
    }
    for (ClassLegend l : yearIndependent.values()) {
      write(l, stylesDir.resolve(l.column() + ".qml"));
      out.put("styles/" + l.column() + ".qml", (long) l.entries().size());
    }
    return out;
  }

  /** Indicator classes are breaks of that year's values; index codings and categories are fixed. */
  static boolean boundsChangeByYear(ClassLegend l) {
    return l.valueColumn() != null && l.column().equals(classOf(l.valueColumn()));
  }

  /** How a layer's features are drawn: areas filled, points as circles. */
  public enum Symbol {
    FILL("fill"),
    MARKER("marker");

    private final String type;

    Symbol(String type) {
      this.type = type;
    }
  }

  static void write(ClassLegend legend, Path file) throws IOException {
    Files.writeString(file, qml(legend, Symbol.FILL), StandardCharsets.UTF_8);
  }

  /** The legend as a QGIS style document ({@code .qml}, and a GeoPackage's {@code styleQML}). */
  public static String qml(ClassLegend legend, Symbol symbol) {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(w);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeDTD("\n<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n");
      x.writeStartElement("qgis");
      x.writeAttribute("version", QGIS_VERSION);
      x.writeAttribute("styleCategories", "Symbology");
      renderer(x, legend, symbol);
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the QGIS style of " + legend.column(), e);
    }
    return w.toString();
  }

  /**
   * The categorized renderer of a legend: one category per class and a last one for districts
   * without a class, as in a {@code .qml} and inside a project's map layer.
   */
  public static void renderer(XMLStreamWriter x, ClassLegend legend, Symbol symbol)
      throws XMLStreamException {
    x.writeStartElement("renderer-v2");
    x.writeAttribute("type", "categorizedSymbol");
    x.writeAttribute("attr", legend.column());
    x.writeAttribute("symbollevels", "0");
    x.writeAttribute("enableorderby", "0");
    x.writeAttribute("forceraster", "0");
    x.writeStartElement("categories");
    List<ClassLegend.Entry> entries = legend.entries();
    for (int i = 0; i < entries.size(); i++) {
      category(x, String.valueOf(entries.get(i).value()), i, entries.get(i).label());
    }
    category(x, "", entries.size(), legend.noClass());
    x.writeEndElement();
    x.writeStartElement("symbols");
    for (int i = 0; i < entries.size(); i++) {
      x.writeStartElement("symbol");
      symbolAttributes(x, symbol, i);
      layer(x, symbol, entries.get(i).colour(), "solid", "#ffffff");
      x.writeEndElement();
    }
    x.writeStartElement("symbol");
    symbolAttributes(x, symbol, entries.size());
    layer(x, symbol, Palette.NO_CLASS, "solid", "#ffffff");
    if (symbol == Symbol.FILL) {
      layer(x, symbol, Palette.HATCH, "b_diagonal", null);
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
  }

  private static void category(XMLStreamWriter x, String value, int symbol, String label)
      throws XMLStreamException {
    x.writeEmptyElement("category");
    x.writeAttribute("value", value);
    x.writeAttribute("symbol", Integer.toString(symbol));
    x.writeAttribute("label", label);
    x.writeAttribute("render", "true");
  }

  private static void symbolAttributes(XMLStreamWriter x, Symbol symbol, int name)
      throws XMLStreamException {
    x.writeAttribute("type", symbol.type);
    x.writeAttribute("name", Integer.toString(name));
    x.writeAttribute("alpha", "1");
    x.writeAttribute("clip_to_extent", "1");
    x.writeAttribute("force_rhr", "0");
  }

  /**
   * A SimpleFill layer (a null outline draws none: the hatch over the grey fill), or a circle of
   * 2.6 mm for points.
   */
  private static void layer(
      XMLStreamWriter x, Symbol symbol, String colour, String style, String outline)
      throws XMLStreamException {
    x.writeStartElement("layer");
    x.writeAttribute("class", symbol == Symbol.FILL ? "SimpleFill" : "SimpleMarker");
    x.writeAttribute("enabled", "1");
    x.writeAttribute("pass", "0");
    x.writeAttribute("locked", "0");
    x.writeStartElement("Option");
    x.writeAttribute("type", "Map");
    option(x, "color", rgba(colour));
    if (symbol == Symbol.FILL) {
      option(x, "style", style);
      option(x, "outline_color", outline == null ? "0,0,0,0" : rgba(outline));
      option(x, "outline_style", outline == null ? "no" : "solid");
      option(x, "outline_width", "0.26");
      option(x, "outline_width_unit", "MM");
      option(x, "joinstyle", "bevel");
    } else {
      option(x, "name", "circle");
      option(x, "size", "2.6");
      option(x, "size_unit", "MM");
      option(x, "outline_color", rgba(outline));
      option(x, "outline_style", "solid");
      option(x, "outline_width", "0.3");
      option(x, "outline_width_unit", "MM");
    }
    x.writeEndElement();
    x.writeEndElement();
  }

  private static void option(XMLStreamWriter x, String name, String value)
      throws XMLStreamException {
    x.writeEmptyElement("Option");
    x.writeAttribute("name", name);
    x.writeAttribute("value", value);
    x.writeAttribute("type", "QString");
  }

  /** "#rrggbb" as QGIS writes colours: "r,g,b,a". */
  static String rgba(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return ((rgb >> 16) & 0xff) + "," + ((rgb >> 8) & 0xff) + "," + (rgb & 0xff) + ",255";
  }
}
