package de.sozialraum.monitor.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetCsvTest {

  @Test
  void formulaLikeTextIsDefusedButNegativeNumbersStayNumbers() {
    assertThat(SpreadsheetCsv.cell("=HYPERLINK(\"http://x\",\"klick\")"))
        .isEqualTo("'=HYPERLINK(\"http://x\",\"klick\")");
    assertThat(SpreadsheetCsv.cell("+49 2303")).isEqualTo("'+49 2303");
    assertThat(SpreadsheetCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(SpreadsheetCsv.cell(-1.25)).isEqualTo("-1,25");
    assertThat(SpreadsheetCsv.cell(0.1 + 0.2)).isEqualTo("0,3");
    assertThat(SpreadsheetCsv.cell(Double.NaN)).isEmpty();
  }

  @Test
  void smallNumbersKeepSixSignificantDigitsInPlainNotation() {
    // a p-value of 3.2e−9 keeps its digits instead of rounding to 0, and never becomes "3.2E-9"
    assertThat(SpreadsheetCsv.cell(3.2e-9)).isEqualTo("0,0000000032");
    assertThat(SpreadsheetCsv.cell(0.000123456789)).isEqualTo("0,000123457");
    assertThat(SpreadsheetCsv.cell(0.0123456789)).isEqualTo("0,012346");
  }

  @Test
  void roundsTheExactBinaryValueHalfUpToSixDecimals() {
    // the double 1.0000005 is 1.00000050000000006988…, just above half-way: up; the double
    // 0.1234565 is 0.12345649999999999679…, just below: down (exact values from Python's Decimal)
    assertThat(SpreadsheetCsv.cell(1.0000005)).isEqualTo("1,000001");
    assertThat(SpreadsheetCsv.cell(0.1234565)).isEqualTo("0,123456");
    assertThat(SpreadsheetCsv.cell(-7243.0)).isEqualTo("-7243");
    assertThat(SpreadsheetCsv.cell(-0.0)).isEqualTo("0");
    assertThat(SpreadsheetCsv.cell(100.0)).isEqualTo("100");
  }

  @Test
  void formatsEveryNumberAsItsExactDecimalRoundedHalfUp() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261201L);
    for (int i = 0; i < 300_000; i++) {
      double v = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(-4, 11));
      // and the doubles around a half-way decimal of six digits
      double tie = (2 * Math.floor(Math.abs(v) * 1e6) + 1) / 2e6;
      for (double d : new double[] {v, tie, Math.nextUp(tie), Math.nextDown(tie), Math.rint(v)}) {
        java.math.BigDecimal b = new java.math.BigDecimal(d);
        java.math.BigDecimal r =
            d != 0 && Math.abs(d) < 1e-3
                ? b.round(new java.math.MathContext(6, java.math.RoundingMode.HALF_UP))
                : b.setScale(6, java.math.RoundingMode.HALF_UP);
        assertThat(SpreadsheetCsv.cell(d))
            .as("%s", d)
            .isEqualTo(r.stripTrailingZeros().toPlainString().replace('.', ','));
      }
    }
  }

  @Test
  void fileStartsWithBomAndUsesSemicolonsAndCrLf(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("x.csv");
    try (SpreadsheetCsv csv = new SpreadsheetCsv(f, List.of("name", "wert"))) {
      csv.row(Arrays.asList("Mühlenviertel; Süd", 12.5));
    }
    byte[] bytes = Files.readAllBytes(f);
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo("\uFEFFname;wert\r\n\"Mühlenviertel; Süd\";12,5\r\n");
  }
}
