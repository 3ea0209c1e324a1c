package dev.vigil.app.report;

import dev.vigil.core.monitor.DegradationDecision;
import dev.vigil.core.monitor.DegradationPolicy;
import dev.vigil.core.query.Period;
import dev.vigil.core.query.PeriodCursor;
import dev.vigil.core.query.PeriodParameters;
import dev.vigil.core.query.PeriodQueries;
import dev.vigil.core.query.PeriodsView;
import dev.vigil.core.query.QueryScope;
import dev.vigil.stats.metrics.ClassificationMetrics;
import dev.vigil.stats.metrics.ConfusionCounts;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A model's count-based periods read from the store, every page of them, and their degradation
 * decisions against the absolute threshold, the previous judged period and the baseline when there
 * is one. The store keeps no joint score/label counts of its reference, so only a reference file
 * with scores and labels gives a baseline.
 */
final class StorePeriods {

  /** The periods of the range, in order, and the scope the query checked. */
  record Read(QueryScope scope, List<Period> periods) {}

  private StorePeriods() {}

  static Read read(PeriodQueries queries, StoreReportRequest request) {
    List<Period> periods = new ArrayList<>();
    Optional<String> after = Optional.empty();
    QueryScope scope;
    do {
      PeriodsView view =
          queries.periods(
              new PeriodParameters(
                  request.model(),
                  request.from(),
                  request.to(),
                  Optional.empty(),
                  Optional.of(Integer.toString(request.batchSize())),
                  after));
      scope = view.scope();
      periods.addAll(view.periods());
      after = view.next().map(PeriodCursor::text);
    } while (after.isPresent());
    return new Read(scope, periods);
  }

  static PerformanceSection performance(
      Read read, DegradationPolicy policy, Optional<ClassificationMetrics> baseline) {
    if (read.periods().isEmpty()) {
      return PerformanceSection.unavailable(
          policy,
          "no stored prediction in the range (raw predictions older than the server's retention"
              + " are deleted; the windows keep their statistics)");
    }
    List<PeriodRow> rows = new ArrayList<>();
    Optional<ConfusionCounts> previous = Optional.empty();
    for (Period period : read.periods()) {
      Optional<ClassificationMetrics> metrics = period.performance().metrics();
      Optional<DegradationDecision> decision = Optional.empty();
      if (metrics.isPresent()) {
        ConfusionCounts counts = metrics.get().confusion();
        decision =
            Optional.of(
                policy.decide(counts, previous, baseline.map(ClassificationMetrics::confusion)));
        previous = Optional.of(counts);
      }
      rows.add(
          new PeriodRow(
              label(period),
              period.stats().predictions(),
              period.performance().labelled(),
              metrics,
              decision));
    }
    return new PerformanceSection(policy, baseline, rows, Optional.empty());
  }

  private static String label(Period period) {
    return period.stats().start().truncatedTo(ChronoUnit.SECONDS)
        + " – "
        + period.stats().end().truncatedTo(ChronoUnit.SECONDS)
        + (period.stats().partial() ? " (partial)" : "");
  }
}
