package dev.vigil.app.traffic;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The story time between a prediction and the arrival of its label, as a distribution.
 *
 * <p>Written as (durations in the {@link DurationText} grammar):
 *
 * <ul>
 *   <li>{@code 2h} or {@code fixed:2h}: always that delay ({@code 0s}: at once);
 *   <li>{@code exp:6h}: exponential with mean 6 h;
 *   <li>{@code uniform:1h..3d}: uniform between 1 h and 3 d;
 *   <li>{@code lognormal:1d,0.5}: log-normal with median 1 d and log-space standard deviation 0.5
 *       (mean = median × exp(σ²/2)).
 * </ul>
 *
 * @param shape which distribution
 * @param first the fixed delay, the exponential's mean, the uniform's lower bound or the
 *     log-normal's median
 * @param second the uniform's upper bound (at least {@code first}); null for the other shapes
 * @param sigma the log-normal's σ (above 0, at most 10); 0 for the other shapes
 */
public record FeedbackDelay(Shape shape, Duration first, Duration second, double sigma) {

  /** The distributions a delay can have. */
  public enum Shape {
    FIXED,
    EXPONENTIAL,
    UNIFORM,
    LOGNORMAL
  }

  /** Labels that arrive together with their prediction. */
  public static final FeedbackDelay NONE = new FeedbackDelay(Shape.FIXED, Duration.ZERO, null, 0);

  public FeedbackDelay {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(first, "first");
    if (first.isNegative()) {
      throw new IllegalArgumentException("feedback delay must not be negative, was " + first);
    }
    if ((shape == Shape.UNIFORM) != (second != null)) {
      throw new IllegalArgumentException("feedback delay: only a uniform delay has an upper bound");
    }
    if (second != null && second.compareTo(first) < 0) {
      throw new IllegalArgumentException(
          "feedback delay: the upper bound " + second + " is below the lower bound " + first);
    }
    if (shape == Shape.LOGNORMAL ? !(sigma > 0 && sigma <= 10) : sigma != 0) {
      throw new IllegalArgumentException(
          "feedback delay: sigma must be in (0, 10] for a log-normal delay, 0 otherwise; was "
              + sigma);
    }
    if (shape == Shape.EXPONENTIAL && first.isZero()) {
      throw new IllegalArgumentException("feedback delay: an exponential mean must be above 0");
    }
  }

  /**
   * @throws IllegalArgumentException naming the grammar, when the text is not a delay
   */
  public static FeedbackDelay parse(String text) {
    String t = Objects.requireNonNull(text, "text").strip();
    int colon = t.indexOf(':');
    String kind =
        colon < 0 ? "fixed" : t.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
    String args = colon < 0 ? t : t.substring(colon + 1).strip();
    try {
      return switch (kind) {
        case "fixed" -> new FeedbackDelay(Shape.FIXED, DurationText.parse(args), null, 0);
        case "exp" -> new FeedbackDelay(Shape.EXPONENTIAL, DurationText.parse(args), null, 0);
        case "uniform" -> uniform(args);
        case "lognormal" -> lognormal(args);
        default -> throw new IllegalArgumentException("unknown distribution '" + kind + "'");
      };
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "feedback delay '"
              + text
              + "': "
              + e.getMessage()
              + " (expected e.g. 0s, 2h, exp:6h, uniform:1h..3d, lognormal:1d,0.5)",
          e);
    }
  }

  private static FeedbackDelay uniform(String args) {
    int dots = args.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException("a uniform delay is written LOW..HIGH");
    }
    return new FeedbackDelay(
        Shape.UNIFORM,
        DurationText.parse(args.substring(0, dots)),
        DurationText.parse(args.substring(dots + 2)),
        0);
  }

  private static FeedbackDelay lognormal(String args) {
    int comma = args.indexOf(',');
    if (comma < 0) {
      throw new IllegalArgumentException("a log-normal delay is written MEDIAN,SIGMA");
    }
    double sigma;
    try {
      sigma = Double.parseDouble(args.substring(comma + 1).strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("sigma is not a number");
    }
    return new FeedbackDelay(
        Shape.LOGNORMAL, DurationText.parse(args.substring(0, comma)), null, sigma);
  }

  /** One delay drawn from the distribution. */
  public Duration sample(RandomGenerator random) {
    double nanos = first.toNanos();
    double drawn =
        switch (shape) {
          case FIXED -> nanos;
          case EXPONENTIAL -> -nanos * Math.log(1 - random.nextDouble());
          case UNIFORM -> nanos + random.nextDouble() * (second.toNanos() - nanos);
          case LOGNORMAL -> nanos * Math.exp(sigma * random.nextGaussian());
        };
    return Duration.ofNanos((long) Math.min(drawn, MAX_NANOS));
  }

  /** The distribution's mean. */
  public Duration mean() {
    double nanos = first.toNanos();
    double mean =
        switch (shape) {
          case FIXED, EXPONENTIAL -> nanos;
          case UNIFORM -> (nanos + second.toNanos()) / 2;
          case LOGNORMAL -> nanos * Math.exp(sigma * sigma / 2);
        };
    return Duration.ofNanos((long) Math.min(mean, MAX_NANOS));
  }

  /**
   * The delay as {@link #parse} reads it, each duration in its largest whole unit with at most
   * three decimals ({@code 90m} as {@code 1.5h}).
   */
  @Override
  public String toString() {
    return switch (shape) {
      case FIXED -> DurationText.format(first);
      case EXPONENTIAL -> "exp:" + DurationText.format(first);
      case UNIFORM -> "uniform:" + DurationText.format(first) + ".." + DurationText.format(second);
      case LOGNORMAL -> "lognormal:" + DurationText.format(first) + "," + sigma;
    };
  }

  /** Ten years: longer delays are cut there (a label that never comes is a coverage matter). */
  private static final double MAX_NANOS = 10 * 365.25 * 86_400e9;
}
