package dev.vigil.core.alert;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an alert rule measures. Each kind has an id ({@link #kind()}) and at most one argument
 * ({@link #argument()}: a metric, a feature, a detector or a number of minutes), which is how rules
 * are written in config, JSON and the database ({@link #of(String, Optional)}).
 */
public sealed interface Signal {

  /** The kind's id, e.g. {@code "performance"}. */
  String kind();

  /** The kind's argument, if it takes one. */
  Optional<String> argument();

  /** The feature name that stands for "every feature": the reading is the worst of them. */
  String ANY_FEATURE = "*";

  /** Realized performance: a metric of the labelled predictions, e.g. {@code roc_auc}. */
  record Performance(String metric) implements Signal {
    /** The metrics a rule may name. */
    public static final List<String> METRICS =
        List.of(
            "accuracy",
            "precision",
            "recall",
            "f1",
            "specificity",
            "roc_auc",
            "pr_auc",
            "log_loss",
            "brier",
            "ece");

    public Performance {
      if (!METRICS.contains(metric)) {
        throw new IllegalArgumentException(
            "signal: unknown performance metric '" + metric + "' (one of " + METRICS + ")");
      }
    }

    @Override
    public String kind() {
      return "performance";
    }

    @Override
    public Optional<String> argument() {
      return Optional.of(metric);
    }
  }

  /**
   * Performance estimated without labels (CBPE, docs/ESTIMATION.md): a metric of the predictions,
   * estimated from their scores and the reference's (score, label) pairs.
   */
  record EstimatedPerformance(String metric) implements Signal {
    /** The metrics a rule may name. */
    public static final List<String> METRICS =
        List.of("accuracy", "precision", "recall", "f1", "roc_auc");

    public EstimatedPerformance {
      requireEstimated(metric);
    }

    @Override
    public String kind() {
      return "estimated_performance";
    }

    @Override
    public Optional<String> argument() {
      return Optional.of(metric);
    }
  }

  /**
   * 1 when a metric estimated without labels lies below its lower alert limit (the reference's
   * chunk mean less 3 standard deviations), 0 otherwise.
   */
  record EstimatedDrop(String metric) implements Signal {
    public EstimatedDrop {
      requireEstimated(metric);
    }

    @Override
    public String kind() {
      return "estimated_drop";
    }

    @Override
    public Optional<String> argument() {
      return Optional.of(metric);
    }
  }

  /** The share of features whose drift test says drifted, in [0, 1]. */
  record DriftShare() implements Signal {
    @Override
    public String kind() {
      return "drift_share";
    }

    @Override
    public Optional<String> argument() {
      return Optional.empty();
    }
  }

  /** The statistic of one feature's drift test (its method's: PSI, Wasserstein, ...). */
  record FeatureDrift(String feature) implements Signal {
    public FeatureDrift {
      requireFeature(feature, false);
    }

    @Override
    public String kind() {
      return "feature_drift";
    }

    @Override
    public Optional<String> argument() {
      return Optional.of(feature);
    }
  }

  /** Share of a feature's values that are missing; {@code *}: the highest share of any feature. */
  record MissingShare(String feature) implements Signal {
    public MissingShare {
      requireFeature(feature, true);
    }

    @Override
    public String kind() {
      return "missing_share";
    }

    @Override
    public Optional<String> argument() {
      return Optional.of(feature);
    }
  }

  /** Share of a feature's values of the wrong type; {@code *}: the highest of any feature. */
  record TypeErrorShare(String feature) implements Signal {
    public TypeErrorShare {
      requireFeature(feature, true);
    }

    @Override
    public String kind() {
      return "type_error_share";
    }

    @Override
    public Optional<String> argument() {
      return Optional.of(feature);
    }
  }

  /** Share of serving requests that failed. */
  record ErrorRate() implements Signal {
    @Override
    public String kind() {
      return "error_rate";
    }

    @Override
    public Optional<String> argument() {
      return Optional.empty();
    }
  }

  /** The 99th percentile of serving latency, in seconds. */
  record LatencyP99() implements Signal {
    @Override
    public String kind() {
      return "latency_p99";
    }

    @Override
    public Optional<String> argument() {
      return Optional.empty();
    }
  }

  /** Predictions received in the last {@code window}: a rule {@code below 1} means "no data". */
  record NoData(Duration window) implements Signal {
    public NoData {
      Objects.requireNonNull(window, "signal");
      if (window.toMinutes() < 1
          || window.toMinutes() > 7 * 24 * 60
          || !window.equals(Duration.ofMinutes(window.toMinutes()))) {
        throw new IllegalArgumentException(
            "signal: the no_data window must be whole minutes in [1, 10080], was " + window);
      }
    }

    @Override
    public String kind() {
      return "no_data";
    }

    @Override
    public Optional<String> argument() {
      return Optional.of(Long.toString(window.toMinutes()));
    }
  }

  /** The degradation decision: 1 when the model is judged degraded, 0 otherwise. */
  record Degradation() implements Signal {
    @Override
    public String kind() {
      return "degradation";
    }

    @Override
    public Optional<String> argument() {
      return Optional.empty();
    }
  }

  /** A streaming detector's state on a live stream: 1 when it signals drift, 0 otherwise. */
  record StreamingDrift(String detector) implements Signal {
    public StreamingDrift {
      requireFeature(detector, false);
    }

    @Override
    public String kind() {
      return "streaming_drift";
    }

    @Override
    public Optional<String> argument() {
      return Optional.of(detector);
    }
  }

  /**
   * The signal of this kind and argument.
   *
   * @throws IllegalArgumentException naming {@code signal} when the kind is unknown or the argument
   *     is missing, superfluous or invalid
   */
  static Signal of(String kind, Optional<String> argument) {
    Objects.requireNonNull(kind, "signal");
    Objects.requireNonNull(argument, "signal");
    Signal signal =
        switch (kind) {
          case "performance" -> new Performance(required(kind, argument));
          case "estimated_performance" -> new EstimatedPerformance(required(kind, argument));
          case "estimated_drop" -> new EstimatedDrop(required(kind, argument));
          case "drift_share" -> new DriftShare();
          case "feature_drift" -> new FeatureDrift(required(kind, argument));
          case "missing_share" -> new MissingShare(required(kind, argument));
          case "type_error_share" -> new TypeErrorShare(required(kind, argument));
          case "error_rate" -> new ErrorRate();
          case "latency_p99" -> new LatencyP99();
          case "no_data" -> new NoData(Duration.ofMinutes(minutes(required(kind, argument))));
          case "degradation" -> new Degradation();
          case "streaming_drift" -> new StreamingDrift(required(kind, argument));
          default ->
              throw new IllegalArgumentException(
                  "signal: unknown kind '"
                      + kind
                      + "' (performance, estimated_performance, estimated_drop, drift_share,"
                      + " feature_drift, missing_share, type_error_share, error_rate, latency_p99,"
                      + " no_data, degradation or streaming_drift)");
        };
    if (signal.argument().isEmpty() && argument.isPresent()) {
      throw new IllegalArgumentException("signal: " + kind + " takes no argument");
    }
    return signal;
  }

  private static String required(String kind, Optional<String> argument) {
    return argument.orElseThrow(
        () -> new IllegalArgumentException("signal: " + kind + " needs an argument"));
  }

  private static long minutes(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("signal: no_data needs whole minutes, was '" + text + "'");
    }
  }

  private static void requireEstimated(String metric) {
    if (!EstimatedPerformance.METRICS.contains(metric)) {
      throw new IllegalArgumentException(
          "signal: unknown estimated metric '"
              + metric
              + "' (one of "
              + EstimatedPerformance.METRICS
              + ")");
    }
  }

  private static void requireFeature(String name, boolean anyAllowed) {
    if (name == null || name.isBlank() || name.length() > 256) {
      throw new IllegalArgumentException("signal: a name of 1-256 characters is needed");
    }
    if (!anyAllowed && name.equals(ANY_FEATURE)) {
      throw new IllegalArgumentException("signal: '*' (any feature) is not allowed here");
    }
  }
}
