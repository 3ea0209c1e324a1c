package dev.vigil.stats.estimate;

/**
 * Expected true/false positive/negative counts: sums of calibrated probabilities, finite and
 * non-negative. Zero-denominator metrics are 0, as NannyML returns.
 */
public record ExpectedCounts(
    double truePositive, double falsePositive, double trueNegative, double falseNegative) {

  public static final ExpectedCounts ZERO = new ExpectedCounts(0, 0, 0, 0);

  public ExpectedCounts {
    require(truePositive, "truePositive");
    require(falsePositive, "falsePositive");
    require(trueNegative, "trueNegative");
    require(falseNegative, "falseNegative");
  }

  private static void require(double value, String field) {
    if (!(value >= 0.0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(field + ": must be finite and >= 0, got " + value);
    }
  }

  ExpectedCounts plus(ExpectedCounts o) {
    return new ExpectedCounts(
        truePositive + o.truePositive,
        falsePositive + o.falsePositive,
        trueNegative + o.trueNegative,
        falseNegative + o.falseNegative);
  }

  double total() {
    return truePositive + falsePositive + trueNegative + falseNegative;
  }

  double correct() {
    return truePositive + trueNegative;
  }

  static double ratio(double numerator, double denominator) {
    return denominator != 0 ? numerator / denominator : 0.0;
  }

  double precision() {
    return ratio(truePositive, truePositive + falsePositive);
  }

  double recall() {
    return ratio(truePositive, truePositive + falseNegative);
  }

  double specificity() {
    return ratio(trueNegative, trueNegative + falsePositive);
  }

  double f1() {
    return ratio(truePositive, truePositive + 0.5 * (falsePositive + falseNegative));
  }
}
