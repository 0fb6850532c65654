package de.sozialraum.monitor.output;

import static de.sozialraum.monitor.schema.Columns.DISTRICT_ID;
import static de.sozialraum.monitor.schema.Columns.YEAR;
import static de.sozialraum.monitor.schema.Columns.flagOf;

import de.sozialraum.monitor.config.ReportTexts;
import de.sozialraum.monitor.schema.ColumnText;
import de.sozialraum.monitor.schema.OutputColumn;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@code excel/monitoring.xlsx}: what planners open in Excel or LibreOffice. One sheet per
 * published table (the districts by year, the municipalities and the county, the targets) and the
 * data dictionary, every header in German from the declared columns, so the sheets say what the
 * dictionary says. Ids and names are text (a spreadsheet reading the CSV drops the leading zero of
 * 05978004001), numbers are numbers with display formats that the reader's locale renders (1.234,56
 * in German), counts whole, and a cell that disclosure control withheld says so and why instead of
 * standing empty. Written from the published tables, so the workbook holds nothing the other
 * outputs withhold.
 */
public final class SpreadsheetWorkbook implements RunOutput {

  static final String FILE = "excel/monitoring.xlsx";

  /**
   * Beyond this, a workbook takes minutes to open (if at all) and nobody reads it as a table; the
   * same rows are in Parquet and the CSVs.
   */
  static final long MAX_CELLS = 10_000_000;

  /** A sheet's rows less the two header rows. */
  static final long MAX_SHEET_ROWS = SpreadsheetCsv.MAX_ROWS - 2;

  private static final String TEXT_WIDTH_COLUMNS = "_name";

  @Override
  public String name() {
    return "excel";
  }

  @Override
  public List<String> omitted(RunTables a) {
    if (!a.config().outputs().excel()) {
      return List.of(FILE + " not written: outputs.excel is false");
    }
    String tooLarge = tooLarge(a.indices().count(), a.indices().columns().length);
    return tooLarge == null ? List.of() : List.of(tooLarge);
  }

  /** Why a districts' table of this size gets no workbook; null when it fits. */
  static String tooLarge(long rows, int columns) {
    long cells = rows * columns;
    if (rows <= MAX_SHEET_ROWS && cells <= MAX_CELLS) {
      return null;
    }
    return FILE
        + " not written: the districts' table has "
        + rows
        + " rows and "
        + cells
        + " cells, more than a workbook opens in reasonable time (at most "
        + MAX_SHEET_ROWS
        + " rows and "
        + MAX_CELLS
        + " cells); the same tables are in indices/ and aggregates/ (Parquet) and csv/";
  }

  @Override
  public Map<String, Long> write(RunTables a, Path runDir) throws IOException {
    if (!omitted(a).isEmpty()) {
      return Map.of();
    }
    Path file = runDir.resolve(FILE);
    Files.createDirectories(file.getParent());
    Map<String, String> texts = ReportTexts.with(a.config().report().labels());
    List<Sheet> sheets = sheets(a, texts);
    long rows;
    try (OutputStream out = Files.newOutputStream(file);
        Workbook wb = new Workbook(out, "Sozialraum-Monitor", null)) {
      wb.properties()
          .setTitle(a.config().title())
          .setSubject(a.config().synthetic() ? "synthetische Beispieldaten" : "Sozialmonitoring");
      rows = write(wb, sheets.get(0));
      for (Sheet further : sheets.subList(1, sheets.size())) {
        write(wb, further);
      }
      dictionary(wb, sheets, texts.get("sheet_dictionary"));
      wb.finish();
    }
    Map<String, Long> written = new LinkedHashMap<>();
    written.put(FILE, rows);
    return written;
  }

  /** How a column of a sheet's table is declared. */
  private interface Declared {
    OutputColumn of(String column);
  }

  /** A published table as a sheet: its name, its rows in order, how its columns are declared. */
  private record Sheet(String name, Dataset<Row> rows, Declared declared) {}

  /** The districts first (their rows are the workbook's count), then the further tables. */
  private static List<Sheet> sheets(RunTables a, Map<String, String> texts) {
    Map<String, DataDictionary.Table> further = DataDictionary.furtherTables(a);
    List<Sheet> out = new ArrayList<>();
    out.add(
        new Sheet(
            texts.get("sheet_districts"),
            a.indices().orderBy(YEAR, DISTRICT_ID),
            name -> a.indexColumns().all().get(name)));
    out.add(
        new Sheet(
            texts.get("sheet_aggregates"),
            a.aggregates().orderBy("level", "unit_id", YEAR),
            name ->
                DataDictionary.column(
                    a.indexColumns(), "aggregates", further.get("aggregates"), name)));
    if (!a.targets().isEmpty()) {
      out.add(
          new Sheet(
              texts.get("sheet_targets"),
              a.targets().orderBy("target_id", YEAR),
              name ->
                  DataDictionary.column(
                      a.indexColumns(), "targets", further.get("targets"), name)));
    }
    return out;
  }

  /**
   * A table as a sheet: row 1 the column names (for formulas and joins), row 2 their German
   * descriptions with units, filterable, both frozen with the district's id and name.
   *
   * @return the data rows
   */
  private static long write(Workbook wb, Sheet sheet) {
    Worksheet ws = wb.newWorksheet(sheet.name());
    Dataset<Row> table = sheet.rows();
    Declared declared = sheet.declared();
    StructField[] fields = table.schema().fields();
    List<OutputColumn> columns = new ArrayList<>();
    for (int c = 0; c < fields.length; c++) {
      OutputColumn oc = declared.of(fields[c].name());
      columns.add(oc);
      ws.value(0, c, fields[c].name());
      ws.style(0, c).fontColor("666666").set();
      ws.value(1, c, header(oc, fields[c].name()));
      ws.style(1, c).bold().wrapText(true).verticalAlignment("top").set();
      ws.width(c, width(fields[c].name(), oc));
    }
    Map<String, Integer> position = new LinkedHashMap<>();
    for (int c = 0; c < fields.length; c++) {
      position.put(fields[c].name(), c);
    }
    int r = 2;
    Iterator<Row> rows = table.toLocalIterator();
    while (rows.hasNext()) {
      Row row = rows.next();
      for (int c = 0; c < fields.length; c++) {
        cell(ws, r, c, row, c, columns.get(c), position);
      }
      r++;
    }
    ws.freezePane(Math.min(2, fields.length), 2);
    ws.setAutoFilter(1, 0, fields.length - 1);
    return r - 2L;
  }

  private static String header(OutputColumn c, String name) {
    if (c == null || c.description() == null) {
      return name;
    }
    return c.unit() == null ? c.description() : c.description() + " (" + c.unit() + ")";
  }

  private static double width(String name, OutputColumn c) {
    if (c != null && c.kind() == OutputColumn.Kind.STRING) {
      return name.endsWith(TEXT_WIDTH_COLUMNS) ? 28 : 16;
    }
    return 14;
  }

  private static void cell(
      Worksheet ws,
      int r,
      int c,
      Row row,
      int index,
      OutputColumn column,
      Map<String, Integer> position) {
    Object v = row.get(index);
    OutputColumn.Kind kind = column == null ? null : column.kind();
    if (v == null) {
      String withheld = withheld(row, column, position);
      if (withheld != null) {
        ws.value(r, c, withheld);
        ws.style(r, c).italic().fontColor("7F7F7F").set();
      }
      return;
    }
    if (v instanceof Number n) {
      ws.value(r, c, n);
      ws.style(r, c).format(format(kind, n)).set();
    } else if (v instanceof Boolean b) {
      ws.value(r, c, b ? "ja" : "nein");
    } else {
      ws.value(r, c, v.toString());
    }
  }

  /**
   * The number format: whole counts grouped (1.234), codes and years bare (2024), the rest with two
   * decimals shown; the cell keeps the full value.
   */
  private static String format(OutputColumn.Kind kind, Number n) {
    if (kind == OutputColumn.Kind.COUNT) {
      return "#,##0";
    }
    if (kind == OutputColumn.Kind.INT || n instanceof Integer || n instanceof Long) {
      return "0";
    }
    return "#,##0.00";
  }

  /**
   * Why an empty cell is empty when disclosure control withheld it: the flag of the indicator the
   * column is derived from, in words; null for a cell that is simply missing.
   */
  private static String withheld(Row row, OutputColumn column, Map<String, Integer> position) {
    if (column == null || column.derivation() == null || column.derivation().indicator() == null) {
      return null;
    }
    Integer flag = position.get(flagOf(column.derivation().indicator()));
    return flag == null || row.isNullAt(flag) ? null : ColumnText.withheld(row.getString(flag));
  }

  /**
   * The data dictionary as a sheet (named by the texts): sheet, column, type, unit, description.
   */
  private static void dictionary(Workbook wb, List<Sheet> sheets, String name) {
    Worksheet ws = wb.newWorksheet(name);
    String[] head = {"Tabellenblatt", "Spalte", "Typ", "Einheit", "Beschreibung"};
    double[] widths = {20, 32, 10, 14, 100};
    for (int c = 0; c < head.length; c++) {
      ws.value(0, c, head[c]);
      ws.style(0, c).bold().set();
      ws.width(c, widths[c]);
    }
    int[] r = {1};
    for (Sheet sheet : sheets) {
      for (StructField f : sheet.rows().schema().fields()) {
        entry(ws, r, sheet.name(), f, sheet.declared().of(f.name()));
      }
    }
    ws.freezePane(0, 1);
    ws.setAutoFilter(0, 0, head.length - 1);
  }

  private static void entry(Worksheet ws, int[] r, String sheet, StructField f, OutputColumn c) {
    ws.value(r[0], 0, sheet);
    ws.value(r[0], 1, f.name());
    ws.value(r[0], 2, f.dataType().simpleString());
    if (c != null && c.unit() != null) {
      ws.value(r[0], 3, c.unit());
    }
    if (c != null && c.description() != null) {
      ws.value(r[0], 4, c.description());
    }
    r[0]++;
  }
}
