package dev.vigil.app.report;

import dev.vigil.core.monitor.DegradationPolicy;
import dev.vigil.core.monitor.DegradationReason;

/** The degradation checks as sentences for the reader. */
final class Reasons {

  private Reasons() {}

  /** E.g. "accuracy 0.712 is below ACCURACY_THRESHOLD 0.85 (p = 1.2e-05 < 0.0167): flags". */
  static String sentence(DegradationReason r, String metric) {
    String claim =
        switch (r.kind()) {
          case BELOW_THRESHOLD ->
              metric
                  + " "
                  + Format.metric(r.observed())
                  + (r.exceeded() ? " is below " : " is not below ")
                  + DegradationPolicy.ACCURACY_THRESHOLD
                  + " "
                  + Format.number(r.comparedTo());
          case DROP_VS_PREVIOUS -> drop(r, metric, "the previous period's");
          case DROP_VS_BASELINE -> drop(r, metric, "the reference's");
          case OUTSIDE_REFERENCE_BAND ->
              metric
                  + " "
                  + Format.metric(r.observed())
                  + (r.exceeded() ? " is below" : " is within")
                  + " the reference band (lower bound "
                  + Format.metric(r.comparedTo())
                  + ")";
        };
    String test =
        r.test()
            .map(
                t ->
                    " (p = "
                        + Format.statistic(t.pValue())
                        + (r.significant() ? " < " : " ≥ ")
                        + Format.number(r.level())
                        + ")")
            .orElse("");
    return claim + test + (r.flags() ? ": flags" : ": does not flag");
  }

  private static String drop(DegradationReason r, String metric, String earlier) {
    return metric
        + " "
        + Format.metric(r.observed())
        + " against "
        + earlier
        + " "
        + Format.metric(r.comparedTo())
        + (r.shortfall() < 0 ? ": a rise of " : ": a drop of ")
        + Format.metric(Math.abs(r.shortfall()))
        + (r.exceeded() ? " ≥ " : " < ")
        + DegradationPolicy.DEGRADATION_THRESHOLD
        + " "
        + Format.number(r.limit());
  }
}
