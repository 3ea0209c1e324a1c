package dev.vigil.app.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.monitor.DegradationDecision;
import dev.vigil.core.monitor.DegradationReason;
import dev.vigil.stats.metrics.ConfusionCounts;
import java.util.Locale;

/** One period's entry of {@code monitoring_results.json} (docs/MONITOR.md has the shape). */
final class OutcomeJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private OutcomeJson() {}

  static ObjectNode of(PeriodOutcome o, boolean alertLimits) {
    MonitoredPeriod p = o.period();
    ObjectNode node = JSON.createObjectNode().put("period", p.index());
    p.start().ifPresent(s -> node.put("start", s.toString()));
    p.end().ifPresent(e -> node.put("end", e.toString()));
    node.put("rows", p.metrics().rows()).put("labelled", p.metrics().labelled());
    node.set("metrics", metrics(p.metrics()));
    ObjectNode estimated = node.putObject("estimated");
    o.estimated()
        .ifPresentOrElse(
            m ->
                m.forEach(
                    (metric, e) -> {
                      ObjectNode v = estimated.putObject(metric.key());
                      Json.put(v, "value", e.value());
                      Json.put(v, "lower", e.lowerBound());
                      Json.put(v, "upper", e.upperBound());
                      if (alertLimits) {
                        v.put("alert_lower", e.threshold().lower());
                        v.put("alert_upper", e.threshold().upper());
                        v.put("alert", e.alert());
                      } else {
                        v.putNull("alert_lower").putNull("alert_upper").putNull("alert");
                      }
                    }),
            () -> node.putNull("estimated"));
    o.estimate().reason().ifPresent(r -> node.put("estimated_reason", r));
    o.estimate()
        .span()
        .ifPresent(
            span -> {
              ObjectNode v = node.putObject("estimated_span");
              v.put("from", span.from().toString()).put("to", span.to().toString());
              if (o.estimated().isPresent()) {
                v.put("predictions", span.predictions()).put("exact", span.exact());
              }
            });
    o.previous()
        .ifPresentOrElse(
            prev -> {
              ObjectNode v = node.putObject("vs_previous").put("period", prev.index());
              Json.put(v, "accuracy", prev.metrics().accuracy());
              Json.put(v, "change", p.metrics().accuracy() - prev.metrics().accuracy());
            },
            () -> node.putNull("vs_previous"));
    o.baseline()
        .ifPresentOrElse(
            b -> {
              double accuracy = accuracy(b);
              ObjectNode v = node.putObject("vs_baseline");
              Json.put(v, "accuracy", accuracy);
              Json.put(v, "change", p.metrics().accuracy() - accuracy);
            },
            () -> node.putNull("vs_baseline"));
    node.set("decision", decision(o.decision()));
    return node;
  }

  static ObjectNode metrics(PeriodMetrics m) {
    ObjectNode node = JSON.createObjectNode();
    Json.put(node, "accuracy", m.accuracy());
    Json.put(node, "precision", m.precision());
    Json.put(node, "recall", m.recall());
    Json.put(node, "f1", m.f1());
    Json.put(node, "roc_auc", m.rocAuc());
    ConfusionCounts c = m.confusion();
    node.putObject("confusion")
        .put("true_positives", c.truePositives())
        .put("false_positives", c.falsePositives())
        .put("true_negatives", c.trueNegatives())
        .put("false_negatives", c.falseNegatives());
    return node;
  }

  static double accuracy(ConfusionCounts c) {
    return c.count() == 0
        ? Double.NaN
        : (double) (c.truePositives() + c.trueNegatives()) / c.count();
  }

  static ObjectNode decision(DegradationDecision d) {
    ObjectNode node =
        JSON.createObjectNode()
            .put("status", d.status().name().toLowerCase(Locale.ROOT))
            .put("metric", d.metric().id());
    Json.put(node, "value", d.value());
    node.put("trials", d.trials());
    ObjectNode interval = node.putObject("interval");
    Json.put(interval, "lower", d.interval().lower());
    Json.put(interval, "upper", d.interval().upper());
    for (DegradationReason r : d.reasons()) {
      ObjectNode reason = node.withArray("reasons").addObject();
      reason.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
      Json.put(reason, "observed", r.observed());
      Json.put(reason, "compared_to", r.comparedTo());
      Json.put(reason, "shortfall", r.shortfall());
      Json.put(reason, "limit", r.limit());
      reason.put("exceeded", r.exceeded());
      r.test()
          .ifPresent(
              t -> {
                reason.put("test", t.method().name().toLowerCase(Locale.ROOT));
                Json.put(reason, "statistic", t.statistic());
                Json.put(reason, "p_value", t.pValue());
              });
      Json.put(reason, "level", r.level());
      reason.put("significant", r.significant()).put("flags", r.flags());
    }
    if (d.reasons().isEmpty()) {
      node.putArray("reasons");
    }
    return node;
  }
}
