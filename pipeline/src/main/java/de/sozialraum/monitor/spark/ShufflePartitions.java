package de.sozialraum.monitor.spark;

/**
 * The number of shuffle partitions for a run's inputs when none is given: Spark's default of 200 makes hundreds
 * of near-empty tasks for a county's few megabytes, and a fixed small number leaves a state's gigabytes in too
 * few, too large tasks. One partition per 32 MB of input, never fewer than twice the cores (every core busy,
 * with room for skew) and never more than 2,000.
 */
public final class ShufflePartitions {

  static final long BYTES_PER_PARTITION = 32L << 20;

  private ShufflePartitions() {}

  public static int forInput(long inputBytes, int cores) {
    long bySize = (inputBytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
    return (int) Math.min(2_000, Math.max(2L * Math.max(1, cores), bySize));
  }
}
