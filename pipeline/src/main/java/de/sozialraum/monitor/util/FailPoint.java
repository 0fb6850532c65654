package de.sozialraum.monitor.util;

/**
 * Named points of a run at which a fault-injection test stops the process the hard way. When the
 * environment variable {@code MONITOR_FAILPOINT} names a point, reaching it prints {@code failpoint
 * NAME} to stderr and blocks until the process is killed, so the test can send SIGKILL at exactly
 * that point, which no timer can do for a rename that takes microseconds. Unset, as in every
 * production run, a point is one string comparison.
 */
public final class FailPoint {

  private static final String ARMED = System.getenv("MONITOR_FAILPOINT");

  private FailPoint() {}

  public static void reach(String name) {
    if (!name.equals(ARMED)) {
      return;
    }
    System.err.println("failpoint " + name);
    System.err.flush();
    while (true) {
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        // only a kill ends a failpoint: the point stands for a process that dies here
      }
    }
  }
}
