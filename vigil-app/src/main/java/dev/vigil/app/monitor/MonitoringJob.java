package dev.vigil.app.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.monitor.DegradationPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The batch pipeline's loop: for each period of the range, writes its predictions and ground truth,
 * judges it, logs the lines and tells the listener (tracking); stops after the first degraded
 * period unless asked to continue.
 */
final class MonitoringJob {

  /** The job's verdict, as {@code monitoring_results.json} spells it. */
  enum Status {
    HEALTHY,
    DEGRADED,
    ERROR
  }

  /**
   * The periods to run, {@code start} to {@code end} inclusive (empty: the last period).
   *
   * @param keepGoing {@code --continue}: judge every period of the range even after a degraded one
   */
  record Range(int start, Optional<Integer> end, boolean keepGoing) {

    /** The last period run; checks the range against the input's periods. */
    int last(int periods) {
      if (start < 0 || start >= periods) {
        throw new IllegalArgumentException(
            "--start-period: must be in [0, " + (periods - 1) + "], got " + start);
      }
      int last = end.orElse(periods - 1);
      if (last < start || last >= periods) {
        throw new IllegalArgumentException(
            "--end-period: must be in [" + start + ", " + (periods - 1) + "], got " + last);
      }
      return last;
    }
  }

  /** What the job did: the periods judged, in order, and the first degraded one. */
  record Result(Status status, Optional<Integer> degradedPeriod, List<PeriodOutcome> outcomes) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final DegradationPolicy policy;
  private final MonitorLog log;
  private final Path out;
  private final Consumer<PeriodOutcome> listener;

  MonitoringJob(
      DegradationPolicy policy, MonitorLog log, Path out, Consumer<PeriodOutcome> listener) {
    this.policy = policy;
    this.log = log;
    this.out = out;
    this.listener = listener;
  }

  Result run(MonitoringInput input, Range range) {
    int last = range.last(input.periods().size());
    List<PeriodOutcome> outcomes = new ArrayList<>();
    Optional<Integer> degraded = Optional.empty();
    for (int index = range.start(); index <= last; index++) {
      MonitoredPeriod period = input.periods().get(index);
      write("predictions_period_" + index + ".json", period.predictions());
      write("period_" + index + "_ground_truth.json", period.groundTruth());
      PeriodOutcome outcome = PeriodOutcome.judge(input, index, policy);
      outcomes.add(outcome);
      OutcomeLines.of(outcome).forEach(log::line);
      listener.accept(outcome);
      if (outcome.degraded() && degraded.isEmpty()) {
        degraded = Optional.of(index);
        if (!range.keepGoing() && index < last) {
          log.line("Stopping at period " + index + ": degraded (--continue to go on).");
          break;
        }
      }
    }
    return new Result(degraded.isPresent() ? Status.DEGRADED : Status.HEALTHY, degraded, outcomes);
  }

  private void write(String name, ObjectNode content) {
    try {
      JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve(name).toFile(), content);
    } catch (IOException e) {
      throw new UncheckedIOException("--out: cannot write " + out.resolve(name), e);
    }
  }
}
