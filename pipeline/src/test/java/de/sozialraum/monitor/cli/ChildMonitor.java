package de.sozialraum.monitor.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The CLI in a JVM of its own, started from the test classpath with the flags Spark needs, so that
 * a test can kill it the hard way (SIGKILL), race two of them, or let it run out of disk, as cron
 * would see it.
 */
final class ChildMonitor {

  private final Process process;
  private final BlockingQueue<String> stderr = new LinkedBlockingQueue<>();
  private final StringBuffer log = new StringBuffer();

  private ChildMonitor(Process process) {
    this.process = process;
    Thread pump =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                  log.append(line).append('\n');
                  stderr.add(line);
                }
              } catch (IOException e) {
                // the process died; what it wrote is in the log
              }
            },
            "child-monitor-stderr");
    pump.setDaemon(true);
    pump.start();
  }

  /**
   * Starts {@code monitor ARGS} with these extra environment variables; stdout goes to {@code
   * stdout}.
   */
  static ChildMonitor start(Map<String, String> env, Path stdout, String... args)
      throws IOException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g",
                "-XX:TieredStopAtLevel=1",
                "-XX:ReservedCodeCacheSize=256m")); // the launcher's JIT flags for a county-sized
    // input (scripts/lib/heap)
    cmd.addAll(Arrays.asList(System.getProperty("spark.java17.opens").trim().split("\\s+")));
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), MonitorCli.class.getName()));
    cmd.addAll(Arrays.asList(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(stdout.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().putAll(env);
    return new ChildMonitor(pb.start());
  }

  /**
   * Waits until stderr shows a line starting with {@code prefix}; false when the process ended or
   * time ran out first.
   */
  boolean awaitLine(String prefix, long timeout, TimeUnit unit) throws InterruptedException {
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    while (System.nanoTime() < deadline) {
      String line = stderr.poll(1, TimeUnit.SECONDS);
      if (line != null && line.startsWith(prefix)) {
        return true;
      }
      if (line == null && !process.isAlive()) {
        return false;
      }
    }
    return false;
  }

  boolean alive() {
    return process.isAlive();
  }

  /**
   * SIGKILL, as {@code kill -9}: no shutdown hook, no finally block runs. Returns the exit status
   * (137).
   */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    return process.waitFor();
  }

  /** Sends a signal by name ("INT" as Ctrl-C does, "TERM" as systemd and kill do). */
  void signal(String name) throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
        .inheritIO()
        .start()
        .waitFor();
  }

  int waitFor(long timeout, TimeUnit unit) throws InterruptedException {
    if (!process.waitFor(timeout, unit)) {
      kill();
      throw new IllegalStateException(
          "the child run did not end within " + timeout + " " + unit + ":\n" + log);
    }
    Thread.sleep(200); // let the pump take the last lines
    return process.exitValue();
  }

  String stderr() {
    return log.toString();
  }
}
