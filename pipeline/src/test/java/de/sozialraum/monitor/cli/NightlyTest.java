package de.sozialraum.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.monitor.RepoPaths;
import de.sozialraum.monitor.run.Step;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code scripts/nightly} as cron runs it: no terminal, no stdin, one status line, a log, retention
 * and the lock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyTest {

  private static final String STATUS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ ";

  private Path dir;
  private Path out;
  private Path monitor;
  private String firstRun;

  @BeforeAll
  void writeTheLauncher() throws Exception {
    dir = TestOutput.create();
    out = dir.resolve("out");
    // the CLI from the test classpath: scripts/monitor would build the project itself
    monitor = dir.resolve("monitor.sh");
    Files.writeString(
        monitor,
        "#!/bin/sh\nexec '"
            + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' -Xmx2g -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=256m "
            + System.getProperty("spark.java17.opens").trim()
            + " -cp '"
            + System.getProperty("java.class.path")
            + "' "
            + MonitorCli.class.getName()
            + " \"$@\"\n");
    Files.setPosixFilePermissions(monitor, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @AfterAll
  void removeOutputs() throws Exception {
    TestOutput.delete(dir);
  }

  private record Result(int exit, String stdout) {
    String statusLine() {
      assertThat(stdout.lines().toList()).as("exactly one status line on stdout").hasSize(1);
      return stdout.strip();
    }
  }

  private Result nightly(Map<String, String> env, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", RepoPaths.of("scripts/nightly").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectError(dir.resolve("nightly.err").toFile());
    pb.environment().put("MONITOR_CMD", monitor.toString());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().putAll(env);
    Process p = pb.start();
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    return new Result(p.exitValue(), stdout);
  }

  private String[] sample(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--config",
                RepoPaths.of("config/sample.yaml").toString(),
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  @Order(1)
  void firstNightPublishesAndReportsOkWithTheRunId() throws Exception {
    Result r = nightly(Map.of(), sample("--keep", "1", "--", "--years", "2020-2021"));
    assertThat(r.exit()).isZero();
    assertThat(r.statusLine())
        .matches(STATUS + "OK exit=0 seconds=\\d+ run=\\d{8}T\\d{6}Z-[0-9a-f]{8}");
    firstRun = r.statusLine().replaceAll(".* run=", "");
    assertThat(out.resolve("latest").toRealPath().getFileName().toString()).isEqualTo(firstRun);
    assertThat(Files.readString(out.resolve("nightly.status")).strip()).isEqualTo(r.statusLine());
    String log = Files.readString(out.resolve("logs/nightly.log"));
    assertThat(log)
        .contains("=== ")
        .contains("run --config")
        .contains("published ")
        .endsWith(r.statusLine() + "\n");
  }

  @Test
  @Order(2)
  void unchangedInputsAreSkippedByHashAndNamedInTheStatus() throws Exception {
    Result r = nightly(Map.of(), sample("--keep", "1", "--", "--years", "2020-2021"));
    assertThat(r.exit()).isZero();
    assertThat(r.statusLine()).matches(STATUS + "UNCHANGED exit=0 seconds=\\d+ run=" + firstRun);
    assertThat(out.resolve("latest").toRealPath().getFileName().toString()).isEqualTo(firstRun);
  }

  @Test
  @Order(3)
  void aSecondRunWhileTheFirstHoldsTheLockExitsFour() throws Exception {
    // held at the gate: the run has its staging directory by then, which the killed run leaves
    // behind
    ChildMonitor first =
        ChildMonitor.start(
            Map.of("MONITOR_FAILPOINT", Step.GATE.key()),
            dir.resolve("first.out"),
            "run",
            "--config",
            RepoPaths.of("config/sample.yaml").toString(),
            "--out",
            out.toString(),
            "--force");
    try {
      assertThat(first.awaitLine("failpoint " + Step.GATE.key(), 5, TimeUnit.MINUTES))
          .as(first.stderr())
          .isTrue();
      Result second = nightly(Map.of(), sample("--force"));
      assertThat(second.exit()).isEqualTo(4);
      assertThat(second.statusLine())
          .matches(STATUS + "LOCKED exit=4 seconds=\\d+ log=.*nightly.log");
      assertThat(Files.readString(out.resolve("logs/nightly.log")))
          .contains("is locked by another run (pid ");
    } finally {
      first.kill();
    }
    assertThat(out.resolve("latest").toRealPath().getFileName().toString()).isEqualTo(firstRun);
  }

  @Test
  @Order(4)
  void forcedRunPublishesAgainAndRetentionKeepsTheNewest() throws Exception {
    Result r = nightly(Map.of(), sample("--keep", "1", "--force", "--", "--years", "2020-2021"));
    assertThat(r.exit()).isZero();
    String second = r.statusLine().replaceAll(".* run=", "");
    assertThat(second).isNotEqualTo(firstRun);
    try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
      assertThat(runs.map(p -> p.getFileName().toString())).containsExactly(second);
    }
    assertThat(Files.readString(out.resolve("logs/nightly.log")))
        .contains("retention: removed runs/" + firstRun)
        .contains("removed what an interrupted run left behind: .staging/");
  }

  @Test
  @Order(5)
  void invalidConfigurationExitsTwoAndTheLogRotatesFiveDeep() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "title: [unclosed\n");
    Path logs = dir.resolve("rotating");
    for (int i = 0; i < 7; i++) {
      Result r =
          nightly(
              Map.of("MONITOR_LOG_MAX_BYTES", "1"),
              "--config",
              broken.toString(),
              "--out",
              out.toString(),
              "--log-dir",
              logs.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.statusLine())
          .matches(STATUS + "INVALID exit=2 seconds=\\d+ log=" + logs.resolve("nightly.log"));
    }
    try (Stream<Path> files = Files.list(logs)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(
              "nightly.log",
              "nightly.log.1",
              "nightly.log.2",
              "nightly.log.3",
              "nightly.log.4",
              "nightly.log.5");
    }
    assertThat(Files.readString(logs.resolve("nightly.log")))
        .contains("broken.yaml")
        .contains("not valid YAML")
        .containsOnlyOnce("=== ");
    assertThat(out.resolve("latest").toRealPath().getFileName().toString())
        .as("latest is untouched")
        .doesNotContain("broken");
  }

  @Test
  @Order(6)
  void badOptionsAreRefusedBeforeAnythingRuns() throws Exception {
    assertThat(nightly(Map.of(), "--out", out.toString()).exit()).isEqualTo(2);
    assertThat(nightly(Map.of(), sample("--keep", "0")).exit()).isEqualTo(2);
    assertThat(nightly(Map.of(), sample("--bogus")).exit()).isEqualTo(2);
    assertThat(Files.readString(dir.resolve("nightly.err"))).contains("unknown option '--bogus'");
  }
}
