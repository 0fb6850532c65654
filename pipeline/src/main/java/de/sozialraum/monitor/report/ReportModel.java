package de.sozialraum.monitor.report;

import java.util.List;

/**
 * The report's content as the templates see it: chapters made of points, figures (maps and charts
 * with their legends) and tables, and one profile per social space. Everything is already formatted
 * for German readers; the templates only lay it out.
 */
public final class ReportModel {

  private ReportModel() {}

  /**
   * Cover and running information.
   *
   * @param period the period the report year stands for ({@code year_labels}), or null
   */
  public record Meta(
      String title,
      String publisher,
      String logo,
      List<String> foreword,
      int year,
      String period,
      String previousYear,
      String runId,
      String published,
      String codeVersion,
      boolean synthetic,
      String county) {}

  /** One line of a legend, with how many districts of the map fall into it. */
  public record LegendRow(String colour, String label, long count, boolean hatched) {}

  /** A map or chart: inline SVG, a caption and (for maps) its legend. */
  public record Figure(
      String id, String kind, String title, String caption, String svg, List<LegendRow> legend) {}

  /**
   * A table cell: its text, optionally a class colour shown as a swatch, right-aligned when
   * numeric; an identifier of the data (a column, a rule, an input's key) is set as code, so that
   * it reads as a name to look up rather than as a word of the text.
   */
  public record Cell(String text, String colour, boolean numeric, boolean code) {

    static Cell text(String t) {
      return new Cell(t == null ? GermanNumbers.MISSING : t, null, false, false);
    }

    static Cell number(String t) {
      return new Cell(t, null, true, false);
    }

    static Cell swatch(String t, String colour) {
      return new Cell(t == null ? GermanNumbers.MISSING : t, colour, false, false);
    }

    static Cell code(String t) {
      return t == null || t.isEmpty() ? text(null) : new Cell(t, null, false, true);
    }
  }

  public record Table(
      String id, String caption, List<String> header, List<List<Cell>> rows, String note) {}

  /** A chapter of the report; annexes are chapters too. */
  public record Chapter(
      String id,
      String title,
      String intro,
      List<String> points,
      List<Figure> figures,
      List<Table> tables) {

    /** The same chapter under another heading (a chapter moved into the annex). */
    public Chapter titled(String heading) {
      return new Chapter(id, heading, intro, points, figures, tables);
    }
  }

  /** One row of a profile's indicator table. */
  public record ProfileIndicator(
      String label,
      String unit,
      String value,
      String town,
      String county,
      String change,
      String classLabel,
      String colour,
      String trend) {}

  /** One phase of the prevention chain in a profile. */
  public record ChainLink(String phase, String label, String colour, String index) {}

  /** The one-page profile (Steckbrief) of a social space. */
  public record Profile(
      String id,
      String name,
      String town,
      String population,
      String validity,
      String headline,
      String headlineColour,
      String rank,
      String headlineChange,
      String locator,
      List<ProfileIndicator> indicators,
      List<ChainLink> chain,
      List<String> notes) {}
}
