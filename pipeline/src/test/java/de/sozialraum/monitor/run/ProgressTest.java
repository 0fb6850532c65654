package de.sozialraum.monitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

  @Test
  void timingsListEveryStepWithItsOwnSecondsAsTheDifferenceToTheStepBefore(@TempDir Path dir)
      throws Exception {
    Progress p = new Progress(new PrintStream(new ByteArrayOutputStream()), false);
    p.done(Step.CONFIG, "a");
    p.done(Step.GEOMETRY, "b");
    p.done(Step.SPARK, "c");
    Path f = dir.resolve("t.tsv");
    p.writeTimings(f);
    List<String> lines = Files.readAllLines(f);
    assertThat(lines.get(0))
        .isEqualTo("step\tat_seconds\tseconds\tjobs\tstages\ttasks\tsingle_task_stages");
    assertThat(lines).hasSize(4);
    assertThat(lines.subList(1, 4))
        .extracting(l -> l.split("\t")[0])
        .containsExactly("config", "geometry", "spark");
    List<Progress.Mark> marks = p.marks();
    for (int i = 1; i < 4; i++) {
      String[] f3 = lines.get(i).split("\t");
      double before = i == 1 ? 0 : marks.get(i - 2).seconds();
      assertThat(Double.parseDouble(f3[1]))
          .isEqualTo(marks.get(i - 1).seconds(), org.assertj.core.data.Offset.offset(0.0005));
      assertThat(Double.parseDouble(f3[2]))
          .isEqualTo(
              marks.get(i - 1).seconds() - before, org.assertj.core.data.Offset.offset(0.001));
    }
  }

  @Test
  void aStepOutOfTheListsOrderIsRefused() {
    Progress p = new Progress(new PrintStream(new ByteArrayOutputStream()), false);
    p.done(Step.TABLES, "a");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.done(Step.GEOMETRY, "b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("geometry after tables");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.done(Step.TABLES, "c"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void stepsArePrintedOnlyWhenEnabled() {
    ByteArrayOutputStream quiet = new ByteArrayOutputStream();
    new Progress(new PrintStream(quiet), false).done(Step.TABLES, "Tabellen gelesen");
    ByteArrayOutputStream loud = new ByteArrayOutputStream();
    new Progress(new PrintStream(loud), true).done(Step.TABLES, "Tabellen gelesen");
    assertThat(quiet.toString()).isEmpty();
    assertThat(loud.toString()).matches("\\[ *\\d+\\.\\d s\\] Tabellen gelesen\\R");
  }
}
