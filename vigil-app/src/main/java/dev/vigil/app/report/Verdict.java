package dev.vigil.app.report;

import dev.vigil.core.monitor.DegradationDecision;
import dev.vigil.core.monitor.DegradationStatus;
import dev.vigil.stats.drift.DriftReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The report's summary: one status and the reasons for it, most serious first. Invariant: a status
 * other than {@link Status#HEALTHY} has at least one reason.
 */
public record Verdict(Status status, List<String> reasons) {

  /** The status, from the least to the most serious. */
  public enum Status {
    HEALTHY,
    DRIFTING,
    DEGRADED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Verdict {
    Objects.requireNonNull(status, "status");
    reasons = List.copyOf(reasons);
    if (status != Status.HEALTHY && reasons.isEmpty()) {
      throw new IllegalArgumentException("reasons: a " + status.label() + " verdict needs some");
    }
  }

  /**
   * The verdict of a report: {@link Status#DEGRADED} when a period's degradation decision flags;
   * else {@link Status#DRIFTING} when the dataset drifted or the estimated accuracy of a period
   * left its alert limits; else {@link Status#HEALTHY}. Reasons for a lesser status are kept as
   * information, and so is what could not be judged (no reference, no labels).
   */
  static Verdict of(
      Optional<DriftSection> drift, PerformanceSection performance, EstimatedSeries estimated) {
    List<String> degraded = new ArrayList<>();
    performance
        .firstDegraded()
        .ifPresent(
            p -> {
              DegradationDecision d = p.decision().orElseThrow();
              degraded.add(
                  p.label()
                      + " is the first degraded period ("
                      + degradedCount(performance)
                      + " of "
                      + performance.periods().size()
                      + " periods degraded)");
              d.flaggedReasons().forEach(r -> degraded.add(Reasons.sentence(r, d.metric().id())));
            });
    List<String> drifting = new ArrayList<>();
    List<String> information = new ArrayList<>();
    drift.ifPresent(d -> (d.report().datasetDrift() ? drifting : information).add(driftLine(d)));
    List<EstimatedPeriod> alerts = estimated.accuracyAlerts();
    if (!alerts.isEmpty()) {
      drifting.add(
          "estimated accuracy left its alert limits in "
              + alerts.size()
              + " period(s), first "
              + alerts.get(0).label());
    }
    List<String> reasons = new ArrayList<>(degraded);
    reasons.addAll(drifting);
    reasons.addAll(information);
    Status status =
        !degraded.isEmpty()
            ? Status.DEGRADED
            : !drifting.isEmpty() ? Status.DRIFTING : Status.HEALTHY;
    if (status == Status.HEALTHY && performance.unavailable().isEmpty()) {
      reasons.add("no period degraded");
    }
    // What could not be judged, so that "healthy" is never read as more than the data allows.
    if (drift.isEmpty()) {
      reasons.add("drift not tested: no reference");
    }
    performance.unavailable().ifPresent(why -> reasons.add("performance not judged: " + why));
    return new Verdict(status, reasons);
  }

  private static long degradedCount(PerformanceSection performance) {
    return performance.periods().stream()
        .filter(p -> p.decision().map(d -> d.status() == DegradationStatus.DEGRADED).orElse(false))
        .count();
  }

  private static String driftLine(DriftSection d) {
    DriftReport r = d.report();
    String names = d.drifted().isEmpty() ? "" : " (" + String.join(", ", d.drifted()) + ")";
    return r.driftedColumns()
        + " of "
        + r.columns().size()
        + " features drifted"
        + names
        + ": "
        + Format.percent(r.driftShare())
        + (r.datasetDrift() ? ", at or above" : ", below")
        + " the drift share threshold "
        + Format.percent(r.shareThreshold());
  }
}
