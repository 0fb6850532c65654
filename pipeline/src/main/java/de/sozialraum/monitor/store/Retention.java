package de.sozialraum.monitor.store;

import de.sozialraum.monitor.util.FileTrees;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Housekeeping of an output directory, done only while holding its {@link RunLock}, so no other run
 * can be writing: {@link #sweepLeftovers} removes what a killed run left behind (a staging
 * directory, a half-made {@code latest} link), {@link #keepNewest} thins {@code runs/} and {@code
 * failed/} to the newest N. Run ids start with their UTC start time, so name order is age order.
 * The run {@code latest} points at is never removed.
 */
public final class Retention {

  private final Path outDir;

  public Retention(Path outDir) {
    this.outDir = outDir;
  }

  /** What a sweep or a thinning removed, relative to the output directory. */
  public record Removed(List<String> paths) {
    public boolean isEmpty() {
      return paths.isEmpty();
    }
  }

  /**
   * Removes every staging directory and every stray {@code .latest-*} link: under the lock, none
   * belongs to a live run. A staging directory that cannot be removed yet (a helper process of the
   * killed run, such as the PDF printer, may still be writing into it) is left for the next sweep:
   * it never collides with a new run's id.
   */
  public Removed sweepLeftovers() throws IOException {
    List<String> removed = new ArrayList<>();
    for (Path staged : children(outDir.resolve(".staging"))) {
      try {
        FileTrees.deleteRecursively(staged);
        removed.add(outDir.relativize(staged).toString());
      } catch (IOException e) {
        System.err.println(
            "warning: cannot remove " + staged + " yet (" + e + "); the next run tries again");
      }
    }
    try (DirectoryStream<Path> links = Files.newDirectoryStream(outDir, ".latest-*")) {
      for (Path link : links) {
        Files.deleteIfExists(link);
        removed.add(outDir.relativize(link).toString());
      }
    }
    return new Removed(removed);
  }

  /**
   * Keeps the newest {@code keep} published runs and the newest {@code keep} failed runs' quality
   * reports. A run published but never made {@code latest} (its process died between the two
   * renames) counts like any other.
   */
  public Removed keepNewest(int keep) throws IOException {
    if (keep < 1) {
      throw new IllegalArgumentException("keep at least one run, not " + keep);
    }
    Optional<Path> latest = latestTarget();
    List<String> removed = new ArrayList<>();
    for (String area : List.of("runs", "failed")) {
      List<Path> dirs = children(outDir.resolve(area));
      for (int i = 0; i < dirs.size() - keep; i++) {
        Path old = dirs.get(i);
        if (latest.isPresent() && latest.get().equals(old.toRealPath())) {
          continue;
        }
        FileTrees.deleteRecursively(old);
        removed.add(outDir.relativize(old).toString());
      }
    }
    return new Removed(removed);
  }

  private Optional<Path> latestTarget() throws IOException {
    Path latest = outDir.resolve("latest");
    return Files.exists(latest) ? Optional.of(latest.toRealPath()) : Optional.empty();
  }

  /**
   * The directories below {@code dir} in name order (oldest first); none where it does not exist.
   */
  private static List<Path> children(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return out;
    }
    try (DirectoryStream<Path> s =
        Files.newDirectoryStream(dir, p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))) {
      s.forEach(out::add);
    }
    out.sort(null);
    return out;
  }
}
