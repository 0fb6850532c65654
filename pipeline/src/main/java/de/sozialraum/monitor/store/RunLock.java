package de.sozialraum.monitor.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS file lock on {@code <out>/.lock}: a second run on the same output directory stops
 * at once (exit 4) instead of racing the first. The OS releases the lock when the process dies,
 * even by {@code kill -9}, so a crashed run never blocks the next night.
 */
public final class RunLock implements AutoCloseable {

  private final Path outDir;
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(Path outDir, FileChannel channel, FileLock lock) {
    this.outDir = outDir;
    this.channel = channel;
    this.lock = lock;
  }

  /** The output directory this lock holds. */
  public Path outDir() {
    return outDir;
  }

  public static RunLock acquire(Path outDir) throws IOException, LockedException {
    Files.createDirectories(outDir);
    Path file = outDir.resolve(".lock");
    FileChannel ch =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
    FileLock l;
    try {
      l = ch.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      l = null; // held by this very process (a second run started in the same JVM)
    }
    if (l == null) {
      String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
      ch.close();
      throw new LockedException(
          outDir + " is locked by another run" + (holder.isEmpty() ? "" : " (" + holder + ")"));
    }
    ch.truncate(0);
    ch.write(
        java.nio.ByteBuffer.wrap(
            ("pid " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
    return new RunLock(outDir, ch, l);
  }

  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
  }

  /** Another run holds the lock. */
  public static final class LockedException extends Exception {
    public LockedException(String message) {
      super(message);
    }
  }
}
