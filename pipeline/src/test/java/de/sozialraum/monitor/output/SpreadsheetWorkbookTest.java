package de.sozialraum.monitor.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a run gets no workbook, and the note that says why. */
class SpreadsheetWorkbookTest {

  @Test
  void aSheetHolds1048574DataRowsBelowItsTwoHeaderRows() {
    // 2^20 = 1,048,576 rows a sheet, two of them the headers
    assertThat(SpreadsheetWorkbook.tooLarge(1_048_574, 1)).isNull();
    assertThat(SpreadsheetWorkbook.tooLarge(1_048_575, 1))
        .startsWith("excel/monitoring.xlsx not written: the districts' table has 1048575 rows");
  }

  @Test
  void tenMillionCellsAreTheMostAWorkbookTakes() {
    // a state's 100,000 cells over 5 years with 20 columns: exactly 10 million
    assertThat(SpreadsheetWorkbook.tooLarge(500_000, 20)).isNull();
    assertThat(SpreadsheetWorkbook.tooLarge(500_000, 21)).contains("10500000 cells");
  }
}
