package de.sozialraum.monitor.store;

import de.sozialraum.monitor.util.FailPoint;
import de.sozialraum.monitor.util.FileTrees;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * All-or-nothing publication. A run is written below {@code <out>/.staging/<run-id>}; only when it
 * is complete is it renamed to {@code <out>/runs/<run-id>} (one rename on the same filesystem), and
 * then {@code latest} is switched by renaming a fresh symlink over it, so a reader sees the old run
 * or the new one, never a mixture. Earlier runs are never touched.
 */
public final class Publisher {

  private final Path outDir;

  public Publisher(Path outDir) {
    this.outDir = outDir;
  }

  public Path staging(String runId) throws IOException {
    Path dir = outDir.resolve(".staging").resolve(runId);
    FileTrees.deleteRecursively(dir);
    Files.createDirectories(dir);
    return dir;
  }

  /**
   * Moves the finished staging directory into place and points {@code latest} at it; returns the
   * run's directory.
   */
  public Path publish(String runId) throws IOException {
    Path staged = outDir.resolve(".staging").resolve(runId);
    Path runs = Files.createDirectories(outDir.resolve("runs"));
    Path target = runs.resolve(runId);
    if (Files.exists(target)) {
      throw new IOException("run " + runId + " is already published at " + target);
    }
    Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    FailPoint.reach("publish.moved");
    Path tmpLink = outDir.resolve(".latest-" + runId);
    Files.deleteIfExists(tmpLink);
    Files.createSymbolicLink(tmpLink, outDir.relativize(target));
    FailPoint.reach("publish.linked");
    try {
      Files.move(
          tmpLink,
          outDir.resolve("latest"),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.deleteIfExists(tmpLink);
      throw new IOException(
          "the filesystem of " + outDir + " cannot switch 'latest' atomically", e);
    }
    return target;
  }

  /**
   * Removes what a failed run left in staging; published runs and {@code latest} stay as they are.
   */
  public void discard(String runId) {
    try {
      FileTrees.deleteRecursively(outDir.resolve(".staging").resolve(runId));
    } catch (IOException e) {
      // a leftover staging directory is harmless: it is never read and is replaced by the next run
      // of that id
    }
  }
}
