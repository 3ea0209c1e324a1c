package dev.vigil.app;

import java.util.Set;
import java.util.TreeSet;

/** Reads the Prometheus text format that /metrics serves: sample names and values. */
final class Exposition {

  private Exposition() {}

  /** The names of the samples (so {@code _bucket}, {@code _count}, {@code _sum} included). */
  static Set<String> sampleNames(String text) {
    Set<String> names = new TreeSet<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        names.add(name(line));
      }
    }
    return names;
  }

  /** The sum of the values of every sample of this name, 0 when there is none. */
  static double sum(String text, String name) {
    double sum = 0;
    for (String line : text.split("\n")) {
      if (!line.startsWith("#") && !line.isBlank() && name(line).equals(name)) {
        sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return sum;
  }

  private static String name(String line) {
    int end = 0;
    while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
      end++;
    }
    return line.substring(0, end);
  }
}
