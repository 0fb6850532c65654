package de.sozialraum.monitor.report;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An SVG document written through StAX, so every attribute and text is escaped by an XML writer
 * rather than by string concatenation. Numbers are written with at most one decimal: a tenth of a
 * pixel is below what a screen or a 300 dpi print shows, and it keeps a map of a few hundred
 * districts small.
 */
final class SvgWriter {

  private final StringWriter out = new StringWriter();
  private final XMLStreamWriter xml;

  SvgWriter(double width, double height, String cssClass, String ariaLabel) {
    try {
      xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      xml.writeStartElement("svg");
      xml.writeDefaultNamespace("http://www.w3.org/2000/svg");
      attr("viewBox", "0 0 " + num(width) + " " + num(height));
      attr("width", num(width));
      attr("height", num(height));
      attr("class", cssClass);
      if (ariaLabel != null) {
        attr("role", "img");
        attr("aria-label", ariaLabel);
      } else {
        attr("aria-hidden", "true");
      }
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Opens an element with attributes given as name, value pairs (a null value leaves the attribute
   * out).
   */
  SvgWriter open(String element, String... attributes) {
    try {
      xml.writeStartElement(element);
      for (int i = 0; i < attributes.length; i += 2) {
        if (attributes[i + 1] != null) {
          attr(attributes[i], attributes[i + 1]);
        }
      }
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  SvgWriter text(String text) {
    try {
      xml.writeCharacters(text);
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  SvgWriter close() {
    try {
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An element without content. */
  SvgWriter leaf(String element, String... attributes) {
    return open(element, attributes).close();
  }

  /** An element holding only text, e.g. a {@code <title>} tooltip. */
  SvgWriter textElement(String element, String text, String... attributes) {
    return open(element, attributes).text(text).close();
  }

  /** The finished document. */
  String finish() {
    try {
      xml.writeEndDocument();
      xml.close();
      return out.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private void attr(String name, String value) throws XMLStreamException {
    xml.writeAttribute(name, value);
  }

  /** A coordinate with at most one decimal and no trailing zero ("12", "12.5", "-0.1"). */
  static String num(double v) {
    long tenths = Math.round(v * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
  }
}
