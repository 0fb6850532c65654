package de.sozialraum.monitor.styles;

import de.sozialraum.geodata.crs.ResolvedCrs;
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
 * A QGIS project ({@code .qgs}) over the run's GeoPackage: each theme a map layer on one of its
 * tables with the theme's categorized style, in layer groups, the paths relative to the project so
 * that the run folder can be copied or published as it is. Only the first theme is switched on: a
 * stack of opaque choropleths would hide each other.
 */
public final class QgisProject {

  /**
   * @param group the layer group (in the order groups first appear)
   * @param table the GeoPackage table the layer shows
   * @param name the layer's name in the layer panel
   * @param legend the style
   * @param visible whether the layer is switched on when the project opens
   */
  public record Layer(
      String group,
      String table,
      String name,
      ClassLegend legend,
      QgisStyles.Symbol symbol,
      boolean visible) {}

  private QgisProject() {}

  /**
   * @param gpkg the GeoPackage's file name, beside the project
   */
  public static void write(
      Path file, String title, ResolvedCrs crs, String gpkg, List<Layer> layers)
      throws IOException {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < layers.size(); i++) {
      groups.computeIfAbsent(layers.get(i).group(), g -> new java.util.ArrayList<>()).add(i);
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(w);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeDTD("\n<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n");
      x.writeStartElement("qgis");
      x.writeAttribute("projectname", title);
      x.writeAttribute("version", QgisStyles.QGIS_VERSION);
      text(x, "title", title);
      x.writeStartElement("projectCrs");
      srs(x, crs);
      x.writeEndElement();
      x.writeStartElement("layer-tree-group");
      x.writeEmptyElement("customproperties");
      for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
        x.writeStartElement("layer-tree-group");
        x.writeAttribute("name", g.getKey());
        x.writeAttribute("checked", "Qt::Checked");
        x.writeAttribute("expanded", "1");
        x.writeEmptyElement("customproperties");
        for (int i : g.getValue()) {
          Layer l = layers.get(i);
          x.writeStartElement("layer-tree-layer");
          x.writeAttribute("id", id(i));
          x.writeAttribute("name", l.name());
          x.writeAttribute("source", source(gpkg, l.table()));
          x.writeAttribute("providerKey", "ogr");
          x.writeAttribute("checked", l.visible() ? "Qt::Checked" : "Qt::Unchecked");
          x.writeAttribute("expanded", "0");
          x.writeEmptyElement("customproperties");
          x.writeEndElement();
        }
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeStartElement("projectlayers");
      for (int i = 0; i < layers.size(); i++) {
        Layer l = layers.get(i);
        boolean points = l.symbol() == QgisStyles.Symbol.MARKER;
        x.writeStartElement("maplayer");
        x.writeAttribute("type", "vector");
        x.writeAttribute("geometry", points ? "Point" : "Polygon");
        x.writeAttribute("wkbType", points ? "Point" : "MultiPolygon");
        text(x, "id", id(i));
        text(x, "datasource", source(gpkg, l.table()));
        text(x, "layername", l.name());
        x.writeStartElement("srs");
        srs(x, crs);
        x.writeEndElement();
        x.writeStartElement("provider");
        x.writeAttribute("encoding", "UTF-8");
        x.writeCharacters("ogr");
        x.writeEndElement();
        QgisStyles.renderer(x, l.legend(), l.symbol());
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeStartElement("properties");
      x.writeStartElement("Paths");
      x.writeStartElement("Absolute");
      x.writeAttribute("type", "bool");
      x.writeCharacters("false");
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException(file + ": cannot write the QGIS project: " + e.getMessage(), e);
    }
  }

  /** A layer id QGIS keeps: it replaces ids of 10 characters or fewer by generated ones. */
  private static String id(int i) {
    return String.format(java.util.Locale.ROOT, "sozialraum_monitor_%03d", i);
  }

  private static String source(String gpkg, String table) {
    return "./" + gpkg + "|layername=" + table;
  }

  /**
   * The CRS as QGIS reads it from a project: by its EPSG code where it has one, else by its WKT; a
   * plane of no known CRS is left out, and QGIS shows the layers without a CRS.
   */
  private static void srs(XMLStreamWriter x, ResolvedCrs crs) throws XMLStreamException {
    if (crs.isPlanar()) {
      return;
    }
    x.writeStartElement("spatialrefsys");
    if (crs.epsg() != null) {
      text(x, "authid", "EPSG:" + crs.epsg());
    } else {
      text(x, "wkt", crs.crs().toWKT());
    }
    text(x, "description", crs.crs().getName().getCode());
    x.writeEndElement();
  }

  private static void text(XMLStreamWriter x, String element, String value)
      throws XMLStreamException {
    x.writeStartElement(element);
    x.writeCharacters(value);
    x.writeEndElement();
  }
}
