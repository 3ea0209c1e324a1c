package dev.vigil.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic churn-like CSV of 20 columns (14 numeric, 4 categorical, 2 boolean) for
 * benchmarking {@code vigil drift}. Usage: {@code DriftCsvGenerator OUT.csv ROWS SHIFT SEED}; a
 * non-zero SHIFT moves the numeric means by SHIFT standard deviations and tilts the categories, so
 * the current file drifts.
 */
public final class DriftCsvGenerator {

  private static final String[] GEOGRAPHY = {"France", "Germany", "Spain", "Italy", "Portugal"};
  private static final String[] PLAN = {"basic", "plus", "premium"};
  private static final String[] CHANNEL = {"web", "app", "store", "phone", "partner", "other"};
  private static final String[] SEGMENT = {"A", "B", "C", "D", "E", "F", "G", "H"};

  private DriftCsvGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: DriftCsvGenerator OUT.csv ROWS SHIFT SEED");
      System.exit(2);
    }
    write(
        Path.of(args[0]),
        Integer.parseInt(args[1]),
        Double.parseDouble(args[2]),
        Long.parseLong(args[3]));
  }

  static void write(Path out, int rows, double shift, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      StringBuilder header = new StringBuilder();
      for (int c = 0; c < 14; c++) {
        header.append("num").append(c).append(',');
      }
      header.append("Geography,Plan,Channel,Segment,HasCard,IsActive\n");
      w.write(header.toString());
      StringBuilder line = new StringBuilder(256);
      for (int r = 0; r < rows; r++) {
        line.setLength(0);
        for (int c = 0; c < 14; c++) {
          line.append(numeric(random, c, shift)).append(',');
        }
        line.append(pick(random, GEOGRAPHY, shift)).append(',');
        line.append(pick(random, PLAN, shift)).append(',');
        line.append(pick(random, CHANNEL, shift)).append(',');
        line.append(pick(random, SEGMENT, shift)).append(',');
        line.append(random.nextDouble() < 0.7 - shift * 0.1).append(',');
        line.append(random.nextDouble() < 0.5 + shift * 0.1).append('\n');
        w.write(line.toString());
      }
    }
  }

  private static String numeric(SplittableRandom random, int column, double shift) {
    double gaussian = random.nextGaussian() + shift;
    return switch (column % 4) {
      case 0 -> Long.toString(Math.round(650 + 97 * gaussian)); // a credit score
      case 1 -> Long.toString(Math.max(18, Math.round(39 + 10 * gaussian))); // an age
      case 2 ->
          String.format(
              java.util.Locale.ROOT,
              "%.2f",
              Math.max(0, 76485.89 + 62397.4 * gaussian)); // a balance
      default -> Long.toString(Math.round(Math.max(0, 5 + 2.9 * gaussian))); // a tenure
    };
  }

  private static String pick(SplittableRandom random, String[] values, double shift) {
    // Tilt towards the last values as the shift grows.
    double u = Math.pow(random.nextDouble(), 1.0 / (1.0 + shift));
    return values[Math.min(values.length - 1, (int) (u * values.length))];
  }
}
