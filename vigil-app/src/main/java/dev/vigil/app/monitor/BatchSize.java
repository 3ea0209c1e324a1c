package dev.vigil.app.monitor;

import java.util.Map;

/**
 * The rows per period of the batch pipeline: {@code --batch-size}, else the {@code BATCH_SIZE}
 * environment variable, else {@value #DEFAULT}.
 */
public final class BatchSize {

  public static final String VARIABLE = "BATCH_SIZE";
  public static final int DEFAULT = 250;

  private BatchSize() {}

  /**
   * @param flag the {@code --batch-size} value, null when not given
   * @throws IllegalArgumentException naming the flag or the variable when not a whole number >= 1
   */
  public static int resolve(Integer flag, Map<String, String> environment) {
    if (flag != null) {
      return require(flag, "--batch-size");
    }
    String text = environment.get(VARIABLE);
    if (text == null || text.isBlank()) {
      return DEFAULT;
    }
    try {
      return require(Integer.parseInt(text.strip()), VARIABLE);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(VARIABLE + ": not a whole number '" + text + "'", e);
    }
  }

  private static int require(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + ": must be at least 1, got " + value);
    }
    return value;
  }
}
