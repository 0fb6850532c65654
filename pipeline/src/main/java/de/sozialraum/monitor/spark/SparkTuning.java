package de.sozialraum.monitor.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * How a session is tuned to the size of a run's inputs.
 *
 * <p>Shuffle partitions: Spark's default of 200 makes hundreds of near-empty tasks for a county's
 * few megabytes, and a fixed small number leaves a state's gigabytes in too few, too large tasks.
 * One partition per 32 MB of input, never fewer than twice the cores (every core busy, with room
 * for skew) and never more than 2,000.
 *
 * <p>Generated code: Spark compiles Java for every query it plans (whole-stage code and each
 * projection, ordering and predicate), which pays for itself over millions of rows. A county's run
 * plans a few hundred small queries over a few thousand rows each, and there the compiling is the
 * work: the sample run compiled 517 classes, and evaluated interpreted it needs a fifth less CPU
 * with byte-identical outputs. Below 8 MB of input the session interprets.
 *
 * <p>Memory (embedded, where one JVM is driver and executor): Spark keeps its caches and shuffle
 * buffers in {@code spark.memory.fraction} of the heap (default 0.6) and evicts within it; the rest
 * holds what the pipeline builds outside Spark's accounting, the layer and neighbours on the driver
 * and, in each running task, a year of every district column by column. Both grow with the input.
 * At a million grid cells (620 MB of input, 11.7 GB of heap) Spark's cached checkpoints filled
 * their 60% and two year tasks ran out of the 40% left; at 300,000 cells (195 MB, 5.9 GB) the 40%
 * sufficed. The pipeline's share is taken as (3 + 5 × cores) × the input, which covers both, and
 * Spark keeps the rest, between a quarter of the heap and its default.
 */
public record SparkTuning(int shufflePartitions, boolean generatedCode, double memoryFraction) {

  static final long BYTES_PER_PARTITION = 32L << 20;
  static final long GENERATED_CODE_FROM_BYTES = 8L << 20;
  static final double SPARK_MEMORY_DEFAULT = 0.6;
  static final double SPARK_MEMORY_FLOOR = 0.25;

  public static SparkTuning forInput(long inputBytes, int cores, long heapBytes) {
    int c = Math.max(1, cores);
    long bySize = (inputBytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
    int partitions = (int) Math.min(2_000, Math.max(2L * c, bySize));
    double pipelineShare = (3.0 + 5.0 * c) * inputBytes / heapBytes;
    double fraction =
        Math.max(SPARK_MEMORY_FLOOR, Math.min(SPARK_MEMORY_DEFAULT, 1 - pipelineShare));
    return new SparkTuning(partitions, inputBytes >= GENERATED_CODE_FROM_BYTES, fraction);
  }

  /** {@link #forInput} of the files' total size, for this JVM's cores and heap. */
  public static SparkTuning forInputs(Collection<Path> files) throws IOException {
    long bytes = 0;
    for (Path p : files) {
      bytes += Files.size(p);
    }
    return forInput(
        bytes, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());
  }

  /**
   * Spark's own defaults (generated code, its memory fraction) with a fixed number of shuffle
   * partitions.
   */
  public static SparkTuning withDefaults(int shufflePartitions) {
    return new SparkTuning(shufflePartitions, true, SPARK_MEMORY_DEFAULT);
  }

  public SparkTuning withShufflePartitions(int partitions) {
    return new SparkTuning(partitions, generatedCode, memoryFraction);
  }
}
