package de.sozialraum.geodata.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFWriter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A DBF of our own, written by javadbf in a known encoding, read back by {@link DbfTable}. */
class DbfTableTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static Path write(Path dbf, Charset charset) throws Exception {
    DBFField name = new DBFField("NAME", DBFDataType.CHARACTER, 20);
    DBFField share = new DBFField("ANTEIL", DBFDataType.NUMERIC, 8, 2);
    try (OutputStream out = Files.newOutputStream(dbf);
        DBFWriter w = new DBFWriter(out, charset)) {
      w.setFields(new DBFField[] {name, share});
      w.addRecord(new Object[] {"Lünen-Süd", 12.5});
      w.addRecord(new Object[] {"Bönen", null});
    }
    return dbf;
  }

  @Test
  void withoutACpgTheTextIsReadAsWindows1252(@TempDir Path dir) throws Exception {
    Path dbf = write(dir.resolve("t.dbf"), WINDOWS_1252);
    DbfTable t = DbfTable.read(dbf, null);
    assertThat(DbfTable.namesItsEncoding(dbf)).isFalse();
    assertThat(t.fields()).containsExactly("NAME", "ANTEIL");
    assertThat(t.records()).extracting(r -> r.get("NAME")).containsExactly("Lünen-Süd", "Bönen");
  }

  @Test
  void aCpgNamingUtf8DecidesTheEncoding(@TempDir Path dir) throws Exception {
    Path dbf = write(dir.resolve("t.dbf"), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("t.cpg"), "UTF-8\n");
    assertThat(DbfTable.namesItsEncoding(dbf)).isTrue();
    assertThat(DbfTable.read(dbf, null).records().get(0).get("NAME")).isEqualTo("Lünen-Süd");
  }

  @Test
  void anEsriCodePageNumberInTheCpgIsAWindowsCodePage(@TempDir Path dir) throws Exception {
    Path dbf = write(dir.resolve("t.dbf"), WINDOWS_1252);
    Files.writeString(dir.resolve("t.cpg"), "1252");
    assertThat(DbfTable.read(dbf, null).records().get(1).get("NAME")).isEqualTo("Bönen");
  }

  @Test
  void numericFieldsArriveAsDecimalsAndBlankOnesAsNull(@TempDir Path dir) throws Exception {
    DbfTable t = DbfTable.read(write(dir.resolve("t.dbf"), WINDOWS_1252), null);
    assertThat((BigDecimal) t.records().get(0).get("ANTEIL")).isEqualByComparingTo("12.5");
    assertThat(t.records().get(1).get("ANTEIL")).isNull();
  }
}
