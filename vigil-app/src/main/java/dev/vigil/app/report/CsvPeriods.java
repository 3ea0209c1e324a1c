package dev.vigil.app.report;

import dev.vigil.core.monitor.DegradationDecision;
import dev.vigil.core.monitor.DegradationPolicy;
import dev.vigil.stats.metrics.ClassificationMetrics;
import dev.vigil.stats.metrics.ConfusionCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The current CSV file cut into periods of {@code size} consecutive rows (file order; the last one
 * may be shorter), each with its realized performance and the policy's degradation decision against
 * the previous judged period and the reference's performance.
 */
final class CsvPeriods {

  private CsvPeriods() {}

  /** Labels such as "rows 1–250". */
  static String label(int from, int to) {
    return "rows " + (from + 1) + "–" + to;
  }

  static PerformanceSection of(
      LabelledRows reference,
      LabelledRows current,
      int size,
      double threshold,
      DegradationPolicy policy) {
    Optional<ClassificationMetrics> baseline =
        metrics(reference.labelledBetween(0, reference.size()), threshold);
    List<PeriodRow> periods = new ArrayList<>();
    Optional<ConfusionCounts> previous = Optional.empty();
    for (int from = 0; from < current.size(); from += size) {
      int to = Math.min(current.size(), from + size);
      LabelledRows labelled = current.labelledBetween(from, to);
      Optional<ClassificationMetrics> metrics = metrics(labelled, threshold);
      Optional<DegradationDecision> decision = Optional.empty();
      if (metrics.isPresent()) {
        ConfusionCounts counts = metrics.get().confusion();
        decision =
            Optional.of(
                policy.decide(counts, previous, baseline.map(ClassificationMetrics::confusion)));
        previous = Optional.of(counts);
      }
      periods.add(new PeriodRow(label(from, to), to - from, labelled.size(), metrics, decision));
    }
    return new PerformanceSection(policy, baseline, periods, Optional.empty());
  }

  private static Optional<ClassificationMetrics> metrics(LabelledRows rows, double threshold) {
    return rows.size() == 0
        ? Optional.empty()
        : Optional.of(ClassificationMetrics.of(rows.scores(), rows.labels(), threshold));
  }
}
