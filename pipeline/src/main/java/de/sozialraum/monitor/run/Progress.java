package de.sozialraum.monitor.run;

import de.sozialraum.monitor.spark.SparkWork;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@link Step}s of a run as they finish. Spark evaluates lazily, so each step's time ends where
 * the step materialises its result, and a step's time is that since the one before. Each is printed
 * for a person at a terminal (silent under cron or CI, where only errors and the final status line
 * belong in the log) and kept with its time, so {@code run --timings} can say where the time went.
 */
public final class Progress {

  /** A finished step, the seconds since the run started and Spark's work so far. */
  public record Mark(Step step, double seconds, SparkWork.Counts work) {}

  private final PrintStream out;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private final List<Mark> marks = new ArrayList<>();
  private SparkWork work;

  public Progress(PrintStream out, boolean enabled) {
    this.out = out;
    this.enabled = enabled;
  }

  public static Progress forTerminal(PrintStream out) {
    return new Progress(
        out, System.console() != null && !"true".equalsIgnoreCase(System.getenv("CI")));
  }

  /**
   * @throws IllegalStateException when the step does not come after the last one done: the run
   *     keeps the list's order
   */
  public synchronized void done(Step step, String message) {
    if (!marks.isEmpty() && step.compareTo(marks.get(marks.size() - 1).step()) <= 0) {
      throw new IllegalStateException(
          "step "
              + step.key()
              + " after "
              + marks.get(marks.size() - 1).step().key()
              + ": the run must follow "
              + "the order of Step");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    marks.add(new Mark(step, seconds, work == null ? SparkWork.Counts.NONE : work.counts()));
    if (enabled) {
      out.printf("[%5.1f s] %s%n", seconds, message);
    }
  }

  /** From now on each step also records Spark's jobs, stages and tasks. */
  public synchronized void counting(SparkWork work) {
    this.work = work;
  }

  public synchronized List<Mark> marks() {
    return List.copyOf(marks);
  }

  /**
   * Writes {@code step, seconds since start, seconds of the step} and the step's Spark jobs,
   * stages, tasks and single-task stages as tab-separated lines with a header.
   */
  public void writeTimings(Path file) throws IOException {
    StringBuilder tsv =
        new StringBuilder("step\tat_seconds\tseconds\tjobs\tstages\ttasks\tsingle_task_stages\n");
    double before = 0;
    SparkWork.Counts counted = SparkWork.Counts.NONE;
    for (Mark m : marks()) {
      SparkWork.Counts w = m.work().minus(counted);
      tsv.append(m.step().key())
          .append('\t')
          .append(String.format(Locale.ROOT, "%.3f\t%.3f", m.seconds(), m.seconds() - before))
          .append(
              String.format(
                  Locale.ROOT,
                  "\t%d\t%d\t%d\t%d",
                  w.jobs(),
                  w.stages(),
                  w.tasks(),
                  w.singleTaskStages()))
          .append('\n');
      before = m.seconds();
      counted = m.work();
    }
    Files.writeString(file, tsv, StandardCharsets.UTF_8);
  }
}
