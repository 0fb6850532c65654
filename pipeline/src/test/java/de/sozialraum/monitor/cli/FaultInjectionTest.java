package de.sozialraum.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sozialraum.monitor.RepoPaths;
import de.sozialraum.monitor.run.Step;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code kill -9} of a run at every failpoint (each phase, inside the report and between the two
 * renames of publishing), at seeded random moments, and a run that fills the disk: whatever
 * happens, {@code latest} still shows the previous run byte for byte, nothing half-written is
 * visible under {@code runs/}, and the next run succeeds and clears the debris. The output
 * directory is a small tmpfs where the tests run as root (CI does), so the disk can really fill up;
 * elsewhere a temporary directory, and the full-disk case is skipped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionTest {

  /**
   * Two years keep each killed run short (2020 is the COI's reference year); phases and publishing
   * are those of a full run.
   */
  private static final String YEARS = "2020-2021";

  private Path out;
  private boolean tmpfs;
  private Path previous;
  private Map<String, String> previousFiles;
  private long fullRunMillis;

  @BeforeAll
  void publishTheRunThatMustSurvive() throws Exception {
    out = TestOutput.create();
    if ("0".equals(command("id", "-u").strip())) {
      // room for the baseline, the runs published but never made latest and one staging directory
      // (about 14 MB each)
      assertThat(command("mount", "-t", "tmpfs", "-o", "size=128m", "tmpfs", out.toString()))
          .isEmpty();
      tmpfs = true;
    }
    long t0 = System.nanoTime();
    assertThat(MonitorCli.execute(runArgs())).isZero();
    fullRunMillis = (System.nanoTime() - t0) / 1_000_000;
    previous = out.resolve("out/latest").toRealPath();
    previousFiles = TestOutput.hashes(previous);
  }

  /** The sample run over {@link #YEARS} as a child process, forced, into the shared output. */
  private ChildMonitor startRun(Map<String, String> env) throws IOException {
    return startRun(env, out.resolve("child.out"));
  }

  private ChildMonitor startRun(Map<String, String> env, Path stdout, String... more)
      throws IOException {
    List<String> forced = new ArrayList<>(List.of("--force"));
    forced.addAll(List.of(more));
    return ChildMonitor.start(env, stdout, runArgs(forced.toArray(new String[0])));
  }

  /** {@code run} of the sample over {@link #YEARS} into the shared output, then {@code more}. */
  private String[] runArgs(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--config",
                config(),
                "--out",
                out.resolve("out").toString(),
                "--years",
                YEARS));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  @AfterAll
  void removeOutputs() throws Exception {
    if (tmpfs) {
      command("umount", out.toString());
    }
    TestOutput.delete(out);
  }

  /**
   * Until the first write the staging directory is empty, so one point before Spark (geometry) and
   * one after the checks (gate) stand for every computing step; after the first writing step the
   * staging holds files, and the points inside steps (a report file, between the two renames of
   * publishing) are where a kill can catch a write half done. Every other point leaves the same
   * state as one of these: files in staging, nothing outside it.
   */
  static Stream<String> failPoints() {
    List<String> points = new ArrayList<>(List.of(Step.GEOMETRY.key(), Step.GATE.key()));
    points.add(
        java.util.Arrays.stream(Step.values())
            .filter(Step::writes)
            .findFirst()
            .orElseThrow()
            .key());
    for (Step s : Step.values()) {
      points.addAll(s.innerPoints());
    }
    return points.stream();
  }

  @ParameterizedTest(name = "killed at {0}")
  @MethodSource("failPoints")
  @Order(1)
  void killAtEveryFailPointLeavesLatestAndEveryPublishedRunWhole(String point) throws Exception {
    ChildMonitor child = startRun(Map.of("MONITOR_FAILPOINT", point));
    assertThat(child.awaitLine("failpoint " + point, 5, TimeUnit.MINUTES))
        .as("the run reaches %s:%n%s", point, child.stderr())
        .isTrue();
    assertThat(child.kill()).isEqualTo(137);
    assertNothingHalfWrittenIsVisible();
  }

  @Test
  @Order(2)
  void killAtSeededRandomMomentsLeavesLatestAndEveryPublishedRunWhole() throws Exception {
    SplittableRandom random = new SplittableRandom(20_261_123L);
    for (int i = 0; i < 2; i++) {
      long after = 2_000 + random.nextLong(fullRunMillis);
      ChildMonitor child = startRun(Map.of());
      Thread.sleep(after);
      if (child.alive()) {
        child.kill();
        assertNothingHalfWrittenIsVisible();
      } else {
        // the moment fell after the run's end: then its run is latest, complete, and the one to
        // keep intact
        assertThat(child.waitFor(1, TimeUnit.MINUTES)).as(child.stderr()).isZero();
        previous = out.resolve("out/latest").toRealPath();
        previousFiles = TestOutput.hashes(previous);
        assertNothingHalfWrittenIsVisible();
      }
    }
  }

  /**
   * Ctrl-C at a failpoint and SIGTERM in the middle of Spark's work: one line saying nothing was
   * published (after what the run said before it, such as its warnings), none of the traces a
   * stopped Spark throws, the signal's exit code, the staging removed.
   */
  @ParameterizedTest(name = "SIG{0}")
  @ValueSource(strings = {"INT", "TERM"})
  @Order(3)
  void anInterruptedRunSaysSoInOneLineAndLeavesLatestAsItWas(String signal) throws Exception {
    boolean atFailPoint = signal.equals("INT");
    ChildMonitor child = startRun(atFailPoint ? Map.of("MONITOR_FAILPOINT", "geometry") : Map.of());
    if (atFailPoint) {
      assertThat(child.awaitLine("failpoint geometry", 5, TimeUnit.MINUTES))
          .as(child.stderr())
          .isTrue();
    } else {
      Thread.sleep(4_000 + fullRunMillis / 3); // JVM and Spark start, then a third of the work
      assumeTrue(child.alive(), "skipped: the run ended before the signal could interrupt it");
    }
    child.signal(signal);
    assertThat(child.waitFor(2, TimeUnit.MINUTES))
        .as(child.stderr())
        .isEqualTo(signal.equals("INT") ? 130 : 143);
    String said = child.stderr();
    assertThat(
            said.lines()
                .filter(
                    l ->
                        !l.startsWith("failpoint ")
                            && !l.startsWith("warning: ")
                            && !l.startsWith("removed what an interrupted run left behind")))
        .as(said)
        .containsExactly(
            "interrupted: nothing published, " + out.resolve("out/latest") + " unchanged");
    assertThat(said).doesNotContain("at org.").doesNotContain("bug");
    assertThat(out.resolve("out/.staging")).isEmptyDirectory();
    assertNothingHalfWrittenIsVisible();
  }

  @Test
  @Order(4)
  void aFullDiskFailsTheRunWithAClearMessageAndGivesTheSpaceBack() throws Exception {
    assumeTrue(tmpfs, "skipped: filling a disk needs a small tmpfs, and mounting one needs root");
    Path filler = out.resolve("filler");
    fill(
        filler,
        Files.getFileStore(out).getUsableSpace()
            - 2 * 1024 * 1024); // 2 MB left; a run writes about 14 MB
    try {
      ChildMonitor full = startRun(Map.of());
      assertThat(full.waitFor(10, TimeUnit.MINUTES))
          .as(full.stderr())
          .isEqualTo(MonitorCli.CANNOT_WRITE);
      assertThat(full.stderr())
          .contains("cannot write the run, nothing published")
          .contains("No space left on device")
          .contains(out.resolve("out/latest") + " is unchanged")
          .doesNotContain("internal error");
      assertNothingHalfWrittenIsVisible();
      assertThat(Files.getFileStore(out).getUsableSpace())
          .as("the failed run's staging space is given back")
          .isGreaterThan(1024 * 1024);
    } finally {
      Files.delete(filler);
    }
  }

  @Test
  @Order(5)
  void aReadOnlyOutputDirectoryExitsFiveNamingItAndWhatToDo() throws Exception {
    assumeTrue(
        tmpfs,
        "skipped: a read-only file system is mounted as a tmpfs, and mounting one needs root");
    Path readOnly = Files.createDirectories(out.resolve("read-only"));
    assertThat(command("mount", "-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", readOnly.toString()))
        .isEmpty();
    PrintStream stderr = System.err;
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(said, true, StandardCharsets.UTF_8)) {
      System.setErr(capture);
      assertThat(
              MonitorCli.execute(
                  "run",
                  "--config",
                  config(),
                  "--out",
                  readOnly.resolve("out").toString(),
                  "--years",
                  YEARS))
          .isEqualTo(MonitorCli.CANNOT_WRITE);
    } finally {
      System.setErr(stderr);
      command("umount", readOnly.toString());
    }
    assertThat(said.toString(StandardCharsets.UTF_8))
        .contains("cannot write the run, nothing published")
        .contains("Read-only file system")
        .contains(readOnly.resolve("out").toString())
        .contains("writable")
        .doesNotContain("internal error");
  }

  @Test
  @Order(6)
  void theNextRunSucceedsAndSweepsWhatTheKilledRunsLeft() throws Exception {
    Path stdout = out.resolve("next.out");
    ChildMonitor next = startRun(Map.of(), stdout, "--keep-runs", "2");
    assertThat(next.waitFor(10, TimeUnit.MINUTES)).as(next.stderr()).isZero();
    Path latest = out.resolve("out/latest").toRealPath();
    assertThat(latest).isNotEqualTo(previous);
    assertThat(Files.readString(stdout)).contains("published " + latest);
    assertThat(out.resolve("out/.staging")).isEmptyDirectory();
    try (Stream<Path> top = Files.list(out.resolve("out"))) {
      assertThat(top.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".latest-"));
    }
    try (Stream<Path> runs = Files.list(out.resolve("out/runs"))) {
      assertThat(runs).as("--keep-runs 2").hasSize(2);
    }
    assertComplete(latest);
  }

  private void assertNothingHalfWrittenIsVisible() throws IOException {
    assertThat(out.resolve("out/latest").toRealPath()).isEqualTo(previous);
    assertThat(TestOutput.hashes(previous))
        .as("the previous run is unchanged, byte for byte")
        .isEqualTo(previousFiles);
    try (Stream<Path> runs = Files.list(out.resolve("out/runs"))) {
      for (Path run : runs.toList()) {
        assertComplete(run);
      }
    }
  }

  /**
   * Every output the manifest lists is there: a run under runs/ is complete or absent, never
   * partial.
   */
  private static void assertComplete(Path run) throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
    assertThat(manifest.path("outputs").size()).isGreaterThan(10);
    manifest
        .path("outputs")
        .fieldNames()
        .forEachRemaining(f -> assertThat(run.resolve(f)).as("%s of %s", f, run).exists());
    assertThat(run.resolve("report/index.html")).isNotEmptyFile();
  }

  private static void fill(Path file, long bytes) throws IOException {
    byte[] block = new byte[1 << 20];
    try (OutputStream o = Files.newOutputStream(file)) {
      for (long left = bytes; left > 0; left -= block.length) {
        o.write(block, 0, (int) Math.min(block.length, left));
      }
    }
  }

  private static String command(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String text =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    p.waitFor();
    return text;
  }

  private static String config() {
    return RepoPaths.of("config/sample.yaml").toString();
  }
}
