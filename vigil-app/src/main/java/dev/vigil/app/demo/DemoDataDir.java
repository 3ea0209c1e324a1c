package dev.vigil.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The demo's data directory and what a run may do with it. The demo marks a directory it creates
 * with {@value #MARKER} ({@code setting-up} while it trains, {@code ready} once the model is
 * promoted), and only ever reuses or wipes a directory so marked: a directory holding anything else
 * is refused, so {@code --reset} cannot delete a user's data.
 */
final class DemoDataDir {

  static final String MARKER = ".vigil-demo";
  private static final String READY = "ready";
  private static final String SETTING_UP = "setting-up";

  /** What the user asked for a directory that may already hold a demo. */
  enum Mode {
    /** Reuse a ready demo, create one where there is nothing. */
    DEFAULT,
    /** Reuse a ready demo; refuse when there is none. */
    REUSE,
    /** Wipe a demo directory (or create one) and set the demo up afresh. */
    RESET
  }

  /** What the run does next. */
  enum Start {
    SET_UP,
    REUSE
  }

  private final Path dir;

  DemoDataDir(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  Path path() {
    return dir;
  }

  /**
   * Decides whether to set up or reuse, wiping first for {@link Mode#RESET}.
   *
   * @throws IllegalArgumentException naming the flag or the directory, when the state is not one
   *     the demo can take over as asked; nothing is changed then
   */
  Start prepare(Mode mode) {
    boolean empty = isEmpty();
    String state = empty ? "" : marker();
    if (!empty && state == null) {
      throw new IllegalArgumentException(
          "--data-dir: "
              + dir
              + " holds files the demo did not create (no "
              + MARKER
              + "); choose another --data-dir, or move them away");
    }
    if (mode == Mode.RESET) {
      wipe();
      return Start.SET_UP;
    }
    if (empty) {
      if (mode == Mode.REUSE) {
        throw new IllegalArgumentException(
            "--reuse: " + dir + " holds no demo to reuse; run without --reuse to create one");
      }
      return Start.SET_UP;
    }
    if (!state.equals(READY)) {
      throw new IllegalArgumentException(
          "--data-dir: the demo in "
              + dir
              + " was interrupted while setting up; run again with --reset to start afresh");
    }
    return Start.REUSE;
  }

  /** Marks the directory as the demo's, still being set up. */
  void markSettingUp() {
    writeMarker(SETTING_UP);
  }

  /** Marks the demo ready to be reused: its model is trained, registered and promoted. */
  void markReady() {
    writeMarker(READY);
  }

  private boolean isEmpty() {
    if (!Files.exists(dir)) {
      return true;
    }
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--data-dir: " + dir + " is a file, not a directory");
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** The marker's state, or null without a marker. */
  private String marker() {
    Path marker = dir.resolve(MARKER);
    if (!Files.isRegularFile(marker)) {
      return null;
    }
    try {
      return Files.readString(marker).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + marker, e);
    }
  }

  private void writeMarker(String state) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(MARKER), state + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(MARKER), e);
    }
  }

  /** Deletes the directory's contents (only ever called on a demo directory or an empty one). */
  private void wipe() {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(dir)) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot wipe " + dir, e);
    }
  }
}
