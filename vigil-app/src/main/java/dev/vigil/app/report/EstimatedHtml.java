package dev.vigil.app.report;

import dev.vigil.core.monitor.PerformanceMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The estimated-performance section of an {@link HtmlReport}: CBPE's estimates per period. */
final class EstimatedHtml {

  private EstimatedHtml() {}

  static void estimated(Html h, EstimatedSeries estimated, PerformanceSection perf) {
    h.element("h2", "Estimated performance", "id", "estimated");
    h.element(
        "p",
        "Estimated without labels by confidence-based performance estimation (CBPE)"
            + " from the model's scores, calibrated on the labelled reference. The band is ±3"
            + " standard errors; the alert limits are the reference chunks' mean ± 3 standard"
            + " deviations.",
        "class",
        "muted");
    if (estimated.unavailable().isPresent()) {
      h.element("p", "Not available: " + estimated.unavailable().get() + ".");
      return;
    }
    List<EstimatedPeriod> periods = estimated.periods();
    List<LineChart.Series> series =
        new ArrayList<>(List.of(PerformanceHtml.estimatedSeries(estimated, true)));
    if (PerformanceHtml.sameLabels(perf.periods(), estimated)) {
      series.add(
          new LineChart.Series(
              "realized accuracy",
              "realized",
              PerformanceHtml.values(
                  perf.periods(),
                  p -> PerformanceHtml.value(p, PerformanceMetric.ACCURACY).value()),
              List.of(),
              List.of(),
              Set.of()));
    }
    List<LineChart.Rule> rules = new ArrayList<>();
    periods.stream()
        .findFirst()
        .flatMap(p -> p.metric("accuracy"))
        .ifPresent(
            a -> {
              rules.add(new LineChart.Rule("alert lower", "limit", a.alertLower()));
              rules.add(new LineChart.Rule("alert upper", "limit", a.alertUpper()));
            });
    h.raw(
        LineChart.svg(
            "estimated accuracy over periods",
            periods.stream().map(EstimatedPeriod::label).toList(),
            series,
            rules));
    PerformanceHtml.legend(h, true);
    h.open("table", "class", "estimated").open("tr");
    h.element("th", "#").element("th", "period").element("th", "rows");
    EstimatedSeries.METRICS.forEach(m -> h.element("th", m + " [band]"));
    h.close("tr").newline();
    for (int i = 0; i < periods.size(); i++) {
      EstimatedPeriod p = periods.get(i);
      h.open("tr").element("td", Integer.toString(i + 1), "class", "num").element("td", p.label());
      h.element("td", Long.toString(p.rows()), "class", "num");
      for (String name : EstimatedSeries.METRICS) {
        String text =
            p.metric(name)
                .map(
                    v ->
                        Format.metric(v.value())
                            + " ["
                            + Format.metric(v.lower())
                            + ", "
                            + Format.metric(v.upper())
                            + "]")
                .orElse("–");
        boolean alert = p.metric(name).map(EstimatedValue::alerts).orElse(false);
        h.element("td", text + (alert ? " alert" : ""), "class", alert ? "num bad" : "num");
      }
      h.close("tr").newline();
    }
    h.close("table");
  }
}
