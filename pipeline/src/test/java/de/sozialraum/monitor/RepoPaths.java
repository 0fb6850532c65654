package de.sozialraum.monitor;

import java.nio.file.Path;

/** The checkout's root (set by Surefire), so tests use the real config/ and samples/. */
public final class RepoPaths {

  private RepoPaths() {}

  public static Path root() {
    return Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
  }

  public static Path of(String relative) {
    return root().resolve(relative);
  }
}
