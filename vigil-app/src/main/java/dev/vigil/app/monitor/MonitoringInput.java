package dev.vigil.app.monitor;

import dev.vigil.stats.metrics.ConfusionCounts;
import java.util.List;
import java.util.Optional;

/**
 * Everything a monitoring job judges: the periods in order (index = place), how many of the first
 * ones form the baseline, and where their estimates come from.
 *
 * @param source the log file or the server's URL and model, for the summary
 * @param split how the periods were cut, e.g. {@code "batch of 250 rows"}
 */
record MonitoringInput(
    String source,
    String split,
    List<MonitoredPeriod> periods,
    int baselinePeriods,
    PeriodEstimates estimate) {

  MonitoringInput {
    periods = List.copyOf(periods);
    if (periods.isEmpty()) {
      throw new IllegalArgumentException(source + ": no period to monitor");
    }
    if (baselinePeriods < 1) {
      throw new IllegalArgumentException(
          "--baseline-periods: must be at least 1, got " + baselinePeriods);
    }
  }

  /** The merged confusion counts of the baseline periods. */
  ConfusionCounts baseline() {
    ConfusionCounts sum = ConfusionCounts.EMPTY;
    for (MonitoredPeriod p : periods.subList(0, Math.min(baselinePeriods, periods.size()))) {
      sum = sum.plus(p.metrics().confusion());
    }
    return sum;
  }

  /** The period before {@code index}, if the input has it. */
  Optional<MonitoredPeriod> before(int index) {
    return index == 0 ? Optional.empty() : Optional.of(periods.get(index - 1));
  }
}
