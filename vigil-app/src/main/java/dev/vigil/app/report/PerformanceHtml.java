package dev.vigil.app.report;

import dev.vigil.core.monitor.DegradationDecision;
import dev.vigil.core.monitor.DegradationPolicy;
import dev.vigil.core.monitor.DegradationStatus;
import dev.vigil.core.monitor.PerformanceMetric;
import dev.vigil.stats.metrics.ClassificationMetrics;
import dev.vigil.stats.metrics.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The performance, estimated performance and degradation sections of an {@link HtmlReport}. */
final class PerformanceHtml {

  private PerformanceHtml() {}

  static void performance(Html h, PerformanceSection perf, EstimatedSeries estimated) {
    h.element("h2", "Performance", "id", "performance");
    if (perf.unavailable().isPresent()) {
      h.element("p", "No realized performance: " + perf.unavailable().get() + ".");
      return;
    }
    PerformanceMetric metric = perf.policy().metric();
    List<PeriodRow> periods = perf.periods();
    List<LineChart.Series> series = new ArrayList<>();
    series.add(
        new LineChart.Series(
            "realized " + metric.id(),
            "realized",
            values(periods, p -> value(p, metric).value()),
            values(
                periods, p -> value(p, metric).interval().map(i -> i.lower()).orElse(Double.NaN)),
            values(
                periods, p -> value(p, metric).interval().map(i -> i.upper()).orElse(Double.NaN)),
            flagged(periods.size(), i -> degraded(periods.get(i)))));
    if (sameLabels(periods, estimated) && metric == PerformanceMetric.ACCURACY) {
      series.add(estimatedSeries(estimated, false));
    }
    List<LineChart.Rule> rules = new ArrayList<>();
    rules.add(
        new LineChart.Rule(
            thresholdName(perf.policy()), "threshold", perf.policy().absoluteThreshold()));
    perf.baseline()
        .ifPresent(
            b ->
                rules.add(
                    new LineChart.Rule(
                        "reference " + metric.id(), "limit", metricOf(b, metric).value())));
    h.element(
        "p",
        "Realized "
            + metric.id()
            + " per period with its 95 % Wilson interval;"
            + " red points are periods the degradation decision flags.",
        "class",
        "muted");
    h.raw(
        LineChart.svg("realized " + metric.id() + " over periods", labels(periods), series, rules));
    table(h, periods);
  }

  private static void table(Html h, List<PeriodRow> periods) {
    h.open("table", "class", "periods").open("tr");
    List.of(
            "#",
            "period",
            "rows",
            "labelled",
            "accuracy [95 % CI]",
            "precision",
            "recall",
            "f1",
            "roc_auc",
            "decision")
        .forEach(c -> h.element("th", c));
    h.close("tr").newline();
    for (int i = 0; i < periods.size(); i++) {
      PeriodRow p = periods.get(i);
      h.open("tr").element("td", Integer.toString(i + 1), "class", "num").element("td", p.label());
      h.element("td", Long.toString(p.rows()), "class", "num");
      h.element("td", Long.toString(p.labelled()), "class", "num");
      if (p.metrics().isPresent()) {
        ClassificationMetrics m = p.metrics().get();
        h.element("td", withInterval(m.accuracy()), "class", "num");
        for (Metric other : List.of(m.precision(), m.recall(), m.f1(), m.rocAuc())) {
          h.element("td", Format.metric(other.value()), "class", "num");
        }
      } else {
        IntStream.range(0, 5).forEach(k -> h.element("td", "–", "class", "num muted"));
      }
      String status = p.decision().map(d -> statusText(d.status())).orElse("no labels");
      h.element("td", status, "class", degraded(p) ? "bad" : "");
      h.close("tr").newline();
    }
    h.close("table");
  }

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
    List<LineChart.Series> series = new ArrayList<>(List.of(estimatedSeries(estimated, true)));
    if (sameLabels(perf.periods(), estimated)) {
      series.add(
          new LineChart.Series(
              "realized accuracy",
              "realized",
              values(perf.periods(), p -> value(p, PerformanceMetric.ACCURACY).value()),
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

  static void degradation(Html h, PerformanceSection perf) {
    h.element("h2", "Degradation decision", "id", "degradation");
    DegradationPolicy p = perf.policy();
    h.element(
        "p",
        "Metric "
            + p.metric().id()
            + "; "
            + thresholdName(p)
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
      h.open("li", "class", degraded(row) ? "bad" : "");
      h.text(
          row.label()
              + ": "
              + row.decision().map(d -> statusText(d.status())).orElse("no labels, no decision"));
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

  private static void legend(Html h, boolean estimated) {
    h.open("p", "class", "legend muted");
    h.open("span", "class", "realized").close("span").text("realized (band: 95 % CI)");
    if (estimated) {
      h.open("span", "class", "estimated").close("span").text("estimated (band: ±3 SE)");
    }
    h.open("span", "class", "threshold").close("span").text("threshold; dotted: limits");
    h.close("p");
  }

  private static LineChart.Series estimatedSeries(EstimatedSeries e, boolean banded) {
    List<EstimatedValue> acc =
        e.periods().stream()
            .map(
                p ->
                    p.metric("accuracy")
                        .orElse(
                            new EstimatedValue(
                                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN)))
            .toList();
    return new LineChart.Series(
        "estimated accuracy",
        "estimated",
        acc.stream().map(EstimatedValue::value).toList(),
        banded ? acc.stream().map(EstimatedValue::lower).toList() : List.of(),
        banded ? acc.stream().map(EstimatedValue::upper).toList() : List.of(),
        banded ? flagged(acc.size(), i -> acc.get(i).alerts()) : Set.of());
  }

  private static boolean sameLabels(List<PeriodRow> periods, EstimatedSeries e) {
    return !periods.isEmpty()
        && labels(periods).equals(e.periods().stream().map(EstimatedPeriod::label).toList());
  }

  private static List<String> labels(List<PeriodRow> periods) {
    return periods.stream().map(PeriodRow::label).toList();
  }

  private static List<Double> values(
      List<PeriodRow> periods, java.util.function.ToDoubleFunction<PeriodRow> f) {
    return periods.stream().map(p -> f.applyAsDouble(p)).toList();
  }

  private static Set<Integer> flagged(int n, java.util.function.IntPredicate flag) {
    return IntStream.range(0, n).filter(flag).boxed().collect(Collectors.toSet());
  }

  private static Metric value(PeriodRow p, PerformanceMetric metric) {
    return p.metrics().map(m -> metricOf(m, metric)).orElse(Metric.of(Double.NaN));
  }

  private static Metric metricOf(ClassificationMetrics m, PerformanceMetric metric) {
    return switch (metric) {
      case ACCURACY -> m.accuracy();
      case PRECISION -> m.precision();
      case RECALL -> m.recall();
      case SPECIFICITY -> m.specificity();
    };
  }

  private static boolean degraded(PeriodRow p) {
    return p.decision().map(d -> d.status() == DegradationStatus.DEGRADED).orElse(false);
  }

  private static String statusText(DegradationStatus s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String thresholdName(DegradationPolicy p) {
    return p.metric() == PerformanceMetric.ACCURACY
        ? DegradationPolicy.ACCURACY_THRESHOLD
        : p.metric().id() + " threshold";
  }

  private static String withInterval(Metric m) {
    return Format.metric(m.value())
        + m.interval()
            .map(i -> " [" + Format.metric(i.lower()) + ", " + Format.metric(i.upper()) + "]")
            .orElse("");
  }
}
