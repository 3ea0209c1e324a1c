package dev.vigil.core.monitor;

/** The verdict on one period. */
public enum DegradationStatus {
  /** Enough data, and no reason flags. */
  OK,
  /** Enough data, and at least one reason flags. */
  DEGRADED,
  /** Fewer trials for the metric than the policy's minimum sample size: neither pass nor fail. */
  INSUFFICIENT_DATA
}
