package dev.vigil.app.monitor;

import dev.vigil.core.monitor.DegradationDecision;
import dev.vigil.core.monitor.DegradationReason;
import dev.vigil.core.monitor.DegradationStatus;
import dev.vigil.stats.estimate.EstimatedMetric;
import dev.vigil.stats.estimate.MetricEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The console (and {@code monitoring_log.txt}) lines of one judged period. */
final class OutcomeLines {

  private OutcomeLines() {}

  static List<String> of(PeriodOutcome o) {
    PeriodMetrics m = o.period().metrics();
    List<String> lines = new ArrayList<>();
    lines.add(
        format(
            "Period %d: %d predictions, %d labelled; accuracy %s, precision %s, recall %s, F1 %s,"
                + " ROC AUC %s",
            o.index(),
            m.rows(),
            m.labelled(),
            number(m.accuracy()),
            number(m.precision()),
            number(m.recall()),
            number(m.f1()),
            number(m.rocAuc())));
    o.estimated()
        .ifPresent(
            e -> {
              MetricEstimate a = e.get(EstimatedMetric.ACCURACY);
              lines.add(
                  format(
                      "  estimated accuracy %s [%s, %s], ROC AUC %s%s",
                      number(a.value()),
                      number(a.lowerBound()),
                      number(a.upperBound()),
                      number(e.get(EstimatedMetric.ROC_AUC).value()),
                      o.estimate().span().map(OutcomeLines::span).orElse("")));
            });
    o.previous()
        .ifPresent(
            p ->
                lines.add(
                    format(
                        "  vs previous period %d: accuracy %s (%s)",
                        p.index(),
                        number(p.metrics().accuracy()),
                        signed(m.accuracy() - p.metrics().accuracy()))));
    o.baseline()
        .ifPresent(
            b ->
                lines.add(
                    format(
                        "  vs baseline: accuracy %s (%s)",
                        number(OutcomeJson.accuracy(b)),
                        signed(m.accuracy() - OutcomeJson.accuracy(b)))));
    lines.add("  decision: " + decision(o.decision()));
    return lines;
  }

  private static String span(PeriodEstimate.Span s) {
    return format(
        " (by the server over [%s, %s): %d predictions)", s.from(), s.to(), s.predictions());
  }

  static String decision(DegradationDecision d) {
    if (d.status() == DegradationStatus.INSUFFICIENT_DATA) {
      return format("INSUFFICIENT DATA (%d labelled rows)", d.trials());
    }
    if (d.status() == DegradationStatus.OK) {
      return "OK";
    }
    List<String> why = new ArrayList<>();
    for (DegradationReason r : d.flaggedReasons()) {
      why.add(reason(r));
    }
    return "DEGRADED: " + String.join("; ", why);
  }

  private static String reason(DegradationReason r) {
    String p = r.test().map(t -> format(", p = %.3g < %.4g", t.pValue(), r.level())).orElse("");
    return switch (r.kind()) {
      case BELOW_THRESHOLD ->
          format(
              "accuracy %s below the threshold %s%s",
              number(r.observed()), number(r.comparedTo()), p);
      case DROP_VS_PREVIOUS ->
          format(
              "dropped %s vs the previous period's %s (limit %s%s)",
              number(r.shortfall()), number(r.comparedTo()), number(r.limit()), p);
      case DROP_VS_BASELINE ->
          format(
              "dropped %s vs the baseline's %s (limit %s%s)",
              number(r.shortfall()), number(r.comparedTo()), number(r.limit()), p);
      case OUTSIDE_REFERENCE_BAND ->
          format("below the reference band's lower bound %s", number(r.comparedTo()));
    };
  }

  static String number(double v) {
    return Double.isFinite(v) ? format("%.4f", v) : "n/a";
  }

  private static String signed(double v) {
    return Double.isFinite(v) ? format("%+.4f", v) : "n/a";
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
