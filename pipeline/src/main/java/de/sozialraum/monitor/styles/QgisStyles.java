package de.sozialraum.monitor.styles;

import static de.sozialraum.monitor.schema.Columns.classOf;

import de.sozialraum.monitor.numerics.classify.Palette;
import java.io.IOException;
import java.io.Writer;
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

  static void write(ClassLegend legend, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(w);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeDTD("\n<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n");
      x.writeStartElement("qgis");
      x.writeAttribute("version", QGIS_VERSION);
      x.writeAttribute("styleCategories", "Symbology");
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
        symbolAttributes(x, i);
        fill(x, entries.get(i).colour(), "solid", "#ffffff");
        x.writeEndElement();
      }
      x.writeStartElement("symbol");
      symbolAttributes(x, entries.size());
      fill(x, Palette.NO_CLASS, "solid", "#ffffff");
      fill(x, Palette.HATCH, "b_diagonal", null);
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException(file + ": cannot write the QGIS style: " + e.getMessage(), e);
    }
  }

  private static void category(XMLStreamWriter x, String value, int symbol, String label)
      throws XMLStreamException {
    x.writeEmptyElement("category");
    x.writeAttribute("value", value);
    x.writeAttribute("symbol", Integer.toString(symbol));
    x.writeAttribute("label", label);
    x.writeAttribute("render", "true");
  }

  private static void symbolAttributes(XMLStreamWriter x, int name) throws XMLStreamException {
    x.writeAttribute("type", "fill");
    x.writeAttribute("name", Integer.toString(name));
    x.writeAttribute("alpha", "1");
    x.writeAttribute("clip_to_extent", "1");
    x.writeAttribute("force_rhr", "0");
  }

  /** A SimpleFill layer; a null outline draws none (the hatch over the grey fill). */
  private static void fill(XMLStreamWriter x, String colour, String style, String outline)
      throws XMLStreamException {
    x.writeStartElement("layer");
    x.writeAttribute("class", "SimpleFill");
    x.writeAttribute("enabled", "1");
    x.writeAttribute("pass", "0");
    x.writeAttribute("locked", "0");
    x.writeStartElement("Option");
    x.writeAttribute("type", "Map");
    option(x, "color", rgba(colour));
    option(x, "style", style);
    option(x, "outline_color", outline == null ? "0,0,0,0" : rgba(outline));
    option(x, "outline_style", outline == null ? "no" : "solid");
    option(x, "outline_width", "0.26");
    option(x, "outline_width_unit", "MM");
    option(x, "joinstyle", "bevel");
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
