package dev.vigil.app.report;

import dev.vigil.core.monitor.DegradationDecision;
import dev.vigil.core.monitor.DegradationPolicy;
import dev.vigil.core.monitor.DegradationStatus;

/** The degradation section of an {@link HtmlReport}: the policy, then every period's checks. */
final class DegradationHtml {

  private DegradationHtml() {}

  static void degradation(Html h, PerformanceSection perf) {
    h.element("h2", "Degradation decision", "id", "degradation");
    DegradationPolicy p = perf.policy();
    h.element(
        "p",
        "Metric "
            + p.metric().id()
            + "; "
            + PerformanceHtml.thresholdName(p)
            + " "
            + Format.number(p.absoluteThreshold())
            + "; "
            + DegradationPolicy.DEGRADATION_THRESHOLD
            + " "
            + Format.number(p.degradationThreshold())
            + "; significance level "
            + Format.number(p.significanceLevel())
            + " per period, shared among its tests; at least "
            + p.minimumSampleSize()
            + " labelled rows per period. A period is degraded when a check"
            + " exceeds its limit and its test is significant.",
        "class",
        "muted");
    if (perf.unavailable().isPresent()) {
      h.element("p", "No decision: " + perf.unavailable().get() + ".");
      return;
    }
    h.open("ol", "class", "decisions");
    for (PeriodRow row : perf.periods()) {
      h.open("li", "class", PerformanceHtml.degraded(row) ? "bad" : "");
      h.text(
          row.label()
              + ": "
              + row.decision()
                  .map(d -> PerformanceHtml.statusText(d.status()))
                  .orElse("no labels, no decision"));
      row.decision().ifPresent(d -> reasons(h, d, p));
      h.close("li").newline();
    }
    h.close("ol");
  }

  private static void reasons(Html h, DegradationDecision d, DegradationPolicy p) {
    if (d.status() == DegradationStatus.INSUFFICIENT_DATA) {
      h.text(" (" + d.trials() + " trials, fewer than " + p.minimumSampleSize() + ")");
      return;
    }
    h.open("ul");
    d.reasons()
        .forEach(
            r ->
                h.element(
                    "li", Reasons.sentence(r, d.metric().id()), "class", r.flags() ? "bad" : ""));
    h.close("ul");
  }
}
