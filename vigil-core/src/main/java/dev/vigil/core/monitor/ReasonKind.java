package dev.vigil.core.monitor;

/** What a {@link DegradationReason} compares the period's metric with. */
public enum ReasonKind {
  /** The absolute threshold ({@code ACCURACY_THRESHOLD}). */
  BELOW_THRESHOLD,
  /** The previous period's value; the drop is measured against {@code DEGRADATION_THRESHOLD}. */
  DROP_VS_PREVIOUS,
  /** The baseline's value; the drop is measured against {@code DEGRADATION_THRESHOLD}. */
  DROP_VS_BASELINE,
  /** The lower bound of the reference band (mean − 3 sd over reference chunks). */
  OUTSIDE_REFERENCE_BAND
}
