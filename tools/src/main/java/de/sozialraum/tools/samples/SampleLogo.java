package de.sozialraum.tools.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * The sample's cover logo (SVG): the synthetic county's towns in outline beside the words
 * "Beispielkreis" and "synthetisch". Drawn from the generated geometry so that the report's {@code
 * report.logo} setting is exercised with a file of the sample's own, not an emblem borrowed from a
 * real authority.
 */
final class SampleLogo {

  private static final double MAP_HEIGHT = 100;
  private static final String BLUE = "#2166ac";

  private SampleLogo() {}

  static void write(Path file, List<SampleDistrict> districts) throws IOException {
    Envelope extent = new Envelope();
    districts.forEach(d -> extent.expandToInclude(d.polygon().getEnvelopeInternal()));
    double scale = MAP_HEIGHT / extent.getHeight();
    double mapWidth = extent.getWidth() * scale;
    try (OutputStream out = Files.newOutputStream(file)) {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeStartElement("svg");
      w.writeDefaultNamespace("http://www.w3.org/2000/svg");
      w.writeAttribute("width", num(mapWidth + 280));
      w.writeAttribute("height", num(MAP_HEIGHT + 8));
      w.writeAttribute("viewBox", "-4 -4 " + num(mapWidth + 280) + " " + num(MAP_HEIGHT + 8));
      w.writeStartElement("title");
      w.writeCharacters("Beispielkreis – synthetisches Logo der Sozialraum-Monitor-Beispieldaten");
      w.writeEndElement();
      w.writeStartElement("g");
      w.writeAttribute("fill", "#d1e5f0");
      w.writeAttribute("stroke", BLUE);
      w.writeAttribute("stroke-width", "1.5");
      w.writeAttribute("stroke-linejoin", "round");
      for (SampleTown town : SampleTown.KREIS_UNNA) {
        List<Geometry> parts = new ArrayList<>();
        districts.stream().filter(d -> d.town() == town).forEach(d -> parts.add(d.polygon()));
        w.writeEmptyElement("path");
        w.writeAttribute("d", path(CascadedPolygonUnion.union(parts), extent, scale));
      }
      w.writeEndElement();
      text(w, mapWidth + 14, 46, 30, "bold", "Beispielkreis");
      text(w, mapWidth + 14, 78, 18, "normal", "synthetisch · kein Wappen");
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void text(
      XMLStreamWriter w, double x, double y, int size, String weight, String content)
      throws XMLStreamException {
    w.writeStartElement("text");
    w.writeAttribute("x", num(x));
    w.writeAttribute("y", num(y));
    w.writeAttribute("font-family", "DejaVu Sans, Arial, sans-serif");
    w.writeAttribute("font-size", Integer.toString(size));
    w.writeAttribute("font-weight", weight);
    w.writeAttribute("fill", BLUE);
    w.writeCharacters(content);
    w.writeEndElement();
  }

  /** The outer rings only: a logo shows the towns' shapes, not holes a few metres wide. */
  private static String path(Geometry town, Envelope extent, double scale) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < town.getNumGeometries(); i++) {
      Coordinate[] ring = ((Polygon) town.getGeometryN(i)).getExteriorRing().getCoordinates();
      for (int k = 0; k < ring.length - 1; k++) {
        d.append(k == 0 ? 'M' : 'L')
            .append(num((ring[k].x - extent.getMinX()) * scale))
            .append(' ')
            .append(num((extent.getMaxY() - ring[k].y) * scale));
      }
      d.append('Z');
    }
    return d.toString();
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
