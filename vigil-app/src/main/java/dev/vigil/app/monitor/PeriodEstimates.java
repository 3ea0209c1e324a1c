package dev.vigil.app.monitor;

/**
 * Where a monitoring job's estimated metrics come from: CBPE fitted on the log's baseline periods
 * ({@link BaselineEstimate}), or a running Vigil's estimates fitted on the model's reference
 * ({@link ServerEstimates}).
 */
interface PeriodEstimates {

  /** Whether the job has estimates at all. */
  boolean available();

  /** Why there is no estimate; empty when there is one. */
  String reason();

  /** Whether the estimates have alert limits. */
  boolean hasLimits();

  /** What the estimator was fitted on, for the summary: {@code baseline} or {@code reference}. */
  String fittedOn();

  /** The estimate of one period, or why it has none. */
  PeriodEstimate estimate(MonitoredPeriod period);
}
