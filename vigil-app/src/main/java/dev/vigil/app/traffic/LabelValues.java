package dev.vigil.app.traffic;

import java.util.Objects;

/** The label values a monitored model takes for the positive and the negative class. */
public record LabelValues(String positive, String negative) {

  /** What {@code vigil train} registers for a 0/1 target. */
  public static final LabelValues ONE_ZERO = new LabelValues("1", "0");

  public LabelValues {
    Objects.requireNonNull(positive, "positive");
    Objects.requireNonNull(negative, "negative");
  }

  /** The value of label {@code 1} or {@code 0}. */
  public String of(int label) {
    return label == 1 ? positive : negative;
  }
}
