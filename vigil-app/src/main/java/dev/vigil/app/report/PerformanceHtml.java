package dev.vigil.app.report;

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

/**
 * The performance section of an {@link HtmlReport}, and the helpers its estimated-performance and
 * degradation sections share.
 */
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
    legend(h, series.size() > 1);
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

  static void legend(Html h, boolean estimated) {
    h.open("p", "class", "legend muted");
    h.open("span", "class", "realized").close("span").text("realized");
    if (estimated) {
      h.open("span", "class", "estimated").close("span").text("estimated");
    }
    h.open("span", "class", "threshold")
        .close("span")
        .text("threshold (dashed), limits and reference (dotted)");
    h.close("p");
  }

  static LineChart.Series estimatedSeries(EstimatedSeries e, boolean banded) {
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

  static boolean sameLabels(List<PeriodRow> periods, EstimatedSeries e) {
    return !periods.isEmpty()
        && labels(periods).equals(e.periods().stream().map(EstimatedPeriod::label).toList());
  }

  static List<String> labels(List<PeriodRow> periods) {
    return periods.stream().map(PeriodRow::label).toList();
  }

  static List<Double> values(
      List<PeriodRow> periods, java.util.function.ToDoubleFunction<PeriodRow> f) {
    return periods.stream().map(p -> f.applyAsDouble(p)).toList();
  }

  static Set<Integer> flagged(int n, java.util.function.IntPredicate flag) {
    return IntStream.range(0, n).filter(flag).boxed().collect(Collectors.toSet());
  }

  static Metric value(PeriodRow p, PerformanceMetric metric) {
    return p.metrics().map(m -> metricOf(m, metric)).orElse(Metric.of(Double.NaN));
  }

  static Metric metricOf(ClassificationMetrics m, PerformanceMetric metric) {
    return switch (metric) {
      case ACCURACY -> m.accuracy();
      case PRECISION -> m.precision();
      case RECALL -> m.recall();
      case SPECIFICITY -> m.specificity();
    };
  }

  static boolean degraded(PeriodRow p) {
    return p.decision().map(d -> d.status() == DegradationStatus.DEGRADED).orElse(false);
  }

  static String statusText(DegradationStatus s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String thresholdName(DegradationPolicy p) {
    return p.metric() == PerformanceMetric.ACCURACY
        ? DegradationPolicy.ACCURACY_THRESHOLD
        : p.metric().id() + " threshold";
  }

  static String withInterval(Metric m) {
    return Format.metric(m.value())
        + m.interval()
            .map(i -> " [" + Format.metric(i.lower()) + ", " + Format.metric(i.upper()) + "]")
            .orElse("");
  }
}
