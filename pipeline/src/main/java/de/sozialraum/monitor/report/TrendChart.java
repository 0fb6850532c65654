package de.sozialraum.monitor.report;

import de.sozialraum.monitor.config.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * A line chart over the run's years as inline SVG: full size with axes, ticks at round numbers and
 * a legend, or as a sparkline without axes for the profile tables. Missing years break the line
 * instead of being bridged.
 */
final class TrendChart {

  /**
   * @param values one per year, NaN where there is no published value
   */
  record Series(String label, String colour, boolean dashed, double[] values) {}

  private TrendChart() {}

  /**
   * @param unit the values' unit, written above the axis; a share's axis starts at zero, so that a
   *     line's height is its share and a small change does not look like a large one
   */
  static String full(String ariaLabel, int[] years, List<Series> series, int decimals, Unit unit) {
    double w = 420;
    double h = 210;
    double left = 46;
    double right = 12;
    double top = 10;
    double bottom = 58;
    NiceScale scale = range(series, unit.isShare());
    SvgWriter svg = new SvgWriter(w, h, "diagramm", ariaLabel);
    Plot plot = new Plot(years, scale, left, w - right, top, h - bottom);
    svg.open("g", "class", "achsen", "font-size", "10", "fill", "#252525");
    if (!unit.symbol().isEmpty()) {
      svg.textElement(
          "text",
          unit.symbol(),
          "x",
          SvgWriter.num(left - 4),
          "y",
          SvgWriter.num(top + 1),
          "text-anchor",
          "end",
          "class",
          "einheit");
    }
    for (double t : scale.ticks()) {
      double y = plot.y(t);
      svg.leaf(
          "line",
          "x1",
          SvgWriter.num(left),
          "x2",
          SvgWriter.num(w - right),
          "y1",
          SvgWriter.num(y),
          "y2",
          SvgWriter.num(y),
          "stroke",
          "#d9d9d9",
          "stroke-width",
          "0.6");
      svg.textElement(
          "text",
          GermanNumbers.format(t, decimalsOf(scale.step())),
          "x",
          SvgWriter.num(left - 4),
          "y",
          SvgWriter.num(y + 3.5),
          "text-anchor",
          "end");
    }
    int every = years.length > 10 ? 2 : 1;
    for (int i = 0; i < years.length; i += every) {
      svg.textElement(
          "text",
          Integer.toString(years[i]),
          "x",
          SvgWriter.num(plot.x(i)),
          "y",
          SvgWriter.num(h - bottom + 14),
          "text-anchor",
          "middle");
    }
    svg.close();
    lines(svg, plot, series, 1.8);
    double ly = h - 22;
    double lx = left;
    svg.open("g", "class", "legende", "font-size", "10", "fill", "#252525");
    for (Series s : series) {
      svg.leaf(
          "line",
          "x1",
          SvgWriter.num(lx),
          "x2",
          SvgWriter.num(lx + 18),
          "y1",
          SvgWriter.num(ly),
          "y2",
          SvgWriter.num(ly),
          "stroke",
          s.colour(),
          "stroke-width",
          "2",
          "stroke-dasharray",
          s.dashed() ? "4 3" : null);
      svg.textElement("text", s.label(), "x", SvgWriter.num(lx + 22), "y", SvgWriter.num(ly + 3.5));
      lx += 30 + 6.2 * s.label().length();
    }
    svg.close();
    svg.textElement("desc", describe(years, series, decimals));
    return svg.finish();
  }

  static String sparkline(String ariaLabel, int[] years, List<Series> series) {
    double w = 96;
    double h = 22;
    SvgWriter svg = new SvgWriter(w, h, "sparkline", ariaLabel);
    lines(svg, new Plot(years, range(series, false), 2, w - 4, 2, h - 2), series, 1.2);
    return svg.finish();
  }

  /** The chart's numbers as text, for screen readers and for the PDF's text layer. */
  private static String describe(int[] years, List<Series> series, int decimals) {
    List<String> parts = new ArrayList<>();
    for (Series s : series) {
      StringBuilder b = new StringBuilder(s.label()).append(": ");
      for (int i = 0; i < years.length; i++) {
        b.append(i == 0 ? "" : ", ")
            .append(years[i])
            .append(' ')
            .append(GermanNumbers.format(s.values()[i], decimals));
      }
      parts.add(b.toString());
    }
    return String.join("; ", parts);
  }

  private static void lines(SvgWriter svg, Plot plot, List<Series> series, double width) {
    svg.open(
        "g",
        "class",
        "linien",
        "fill",
        "none",
        "stroke-linejoin",
        "round",
        "stroke-linecap",
        "round");
    for (Series s : series) {
      StringBuilder d = new StringBuilder();
      boolean pen = false;
      for (int i = 0; i < s.values().length; i++) {
        double v = s.values()[i];
        if (!Double.isFinite(v)) {
          pen = false;
          continue;
        }
        d.append(pen ? "L" : "M")
            .append(SvgWriter.num(plot.x(i)))
            .append(',')
            .append(SvgWriter.num(plot.y(v)));
        pen = true;
      }
      if (d.length() > 0) {
        svg.leaf(
            "path",
            "d",
            d.toString(),
            "stroke",
            s.colour(),
            "stroke-width",
            SvgWriter.num(width),
            "stroke-dasharray",
            s.dashed() ? "4 3" : null,
            "data-series",
            s.label());
      }
    }
    svg.close();
  }

  private static NiceScale range(List<Series> series, boolean fromZero) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (double v : s.values()) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (!Double.isFinite(lo)) {
      return NiceScale.of(0, 1, 5);
    }
    return NiceScale.of(fromZero ? Math.min(0, lo) : lo, hi, 5);
  }

  private static int decimalsOf(double step) {
    return step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
  }

  /** Year index and value to canvas coordinates. */
  private record Plot(int[] years, NiceScale scale, double x0, double x1, double y0, double y1) {
    double x(int i) {
      return years.length == 1 ? (x0 + x1) / 2 : x0 + (x1 - x0) * i / (years.length - 1);
    }

    double y(double v) {
      return y1 - (y1 - y0) * (v - scale.min()) / (scale.max() - scale.min());
    }
  }
}
