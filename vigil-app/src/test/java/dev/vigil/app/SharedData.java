package dev.vigil.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The shared real data sets, found through the system property {@code vigil.shared.data}. */
public final class SharedData {

  private SharedData() {}

  public static Path path(String file) {
    String dir = System.getProperty("vigil.shared.data");
    if (dir == null) {
      throw new IllegalStateException(
          "system property vigil.shared.data is not set (surefire sets it to ../shared/data)");
    }
    Path path = Path.of(dir, file);
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("shared data file not found: " + path);
    }
    return path;
  }

  /** The header and the data lines of a shared CSV file without quoted fields. */
  static List<String> lines(String file) {
    try {
      return Files.readAllLines(path(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the header and the data lines whose fields match, with another delimiter if asked (the
   * shared files have no quoted fields, so commas can simply be replaced).
   */
  static Path subset(List<String> lines, Predicate<String[]> keep, char delimiter, Path target) {
    List<String> out = new ArrayList<>();
    out.add(lines.get(0).replace(',', delimiter));
    for (String line : lines.subList(1, lines.size())) {
      if (keep.test(line.split(",", -1))) {
        out.add(line.replace(',', delimiter));
      }
    }
    try {
      return Files.write(target, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int column(List<String> lines, String name) {
    int index = List.of(lines.get(0).split(",")).indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no column " + name);
    }
    return index;
  }
}
