package dev.vigil.core.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Advances alerts by one evaluation: pure, no I/O, the time from the injected clock. A rule goes
 * pending when its condition first holds, fires once it has held for the rule's {@code for} (at
 * once when {@code for} is zero), goes back to inactive if it stops holding before that, and
 * resolves when it stops holding while firing. An absent reading changes no status.
 *
 * <p>Notifications are deduplicated: one when an alert fires, one when it resolves, and while it
 * fires, one more each time the rule's re-notify interval has passed since the last one, unless the
 * alert is acknowledged (or the interval is zero).
 */
public final class AlertEvaluator {

  private final Clock clock;

  public AlertEvaluator(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Evaluates every rule on the reading {@code source} gives now. */
  public Evaluation evaluate(
      List<AlertRule> rules, Map<String, AlertState> states, SignalSource source) {
    Instant now = clock.instant();
    List<Step> steps = new ArrayList<>(rules.size());
    for (AlertRule rule : rules) {
      steps.add(step(rule, state(rule, states, now), source.read(rule, now), now));
    }
    return collect(steps);
  }

  /**
   * Evaluates every rule on its reading in {@code readings} (keyed by rule id; a missing one counts
   * as absent). {@code states} are keyed by rule id; a rule without one starts inactive.
   */
  public Evaluation evaluate(
      List<AlertRule> rules, Map<String, AlertState> states, Map<String, SignalReading> readings) {
    Instant now = clock.instant();
    return evaluate(
        rules,
        states,
        (rule, at) ->
            Optional.ofNullable(readings.get(rule.id()))
                .orElseGet(() -> SignalReading.absent("no reading given", now)));
  }

  private static AlertState state(AlertRule rule, Map<String, AlertState> states, Instant now) {
    AlertState state = states.get(rule.id());
    if (state == null) {
      return AlertState.initial(rule, now);
    }
    if (!state.model().equals(rule.model()) || !state.ruleId().equals(rule.id())) {
      throw new IllegalArgumentException(
          "states: the state of '" + rule.id() + "' belongs to another rule");
    }
    return state;
  }

  private record Step(AlertState state, Optional<AlertEvent> event, Optional<Notification> sent) {}

  private static Evaluation collect(List<Step> steps) {
    List<AlertState> states = new ArrayList<>();
    List<AlertEvent> events = new ArrayList<>();
    List<Notification> notifications = new ArrayList<>();
    for (Step step : steps) {
      states.add(step.state());
      step.event().ifPresent(events::add);
      step.sent().ifPresent(notifications::add);
    }
    return new Evaluation(states, events, notifications);
  }

  private static Step step(AlertRule rule, AlertState before, SignalReading reading, Instant now) {
    AlertState state = reading.value().isPresent() ? before.withValue(reading.value()) : before;
    if (reading.value().isEmpty()) {
      return repeatIfDue(rule, state, now);
    }
    boolean holds = rule.holds(reading.value().getAsDouble());
    return switch (state.status()) {
      case INACTIVE, RESOLVED -> holds ? start(rule, state, now) : unchanged(state);
      case PENDING -> {
        if (!holds) {
          yield moved(rule, state, AlertStatus.INACTIVE, now, Optional.empty());
        }
        Duration held = Duration.between(state.activeSince().orElseThrow(), now);
        yield held.compareTo(rule.forDuration()) >= 0 ? fire(rule, state, now) : unchanged(state);
      }
      case FIRING -> holds ? repeatIfDue(rule, state, now) : resolve(rule, state, now);
    };
  }

  private static Step start(AlertRule rule, AlertState state, Instant now) {
    return rule.forDuration().isZero()
        ? fire(rule, state, now)
        : moved(rule, state, AlertStatus.PENDING, now, Optional.of(now));
  }

  private static Step fire(AlertRule rule, AlertState state, Instant now) {
    Instant activeSince = state.activeSince().orElse(now);
    Step fired = moved(rule, state, AlertStatus.FIRING, now, Optional.of(activeSince));
    return notify(rule, fired, Notification.Reason.FIRING, activeSince, now);
  }

  private static Step resolve(AlertRule rule, AlertState state, Instant now) {
    Instant activeSince = state.activeSince().orElseThrow();
    Step resolved = moved(rule, state, AlertStatus.RESOLVED, now, Optional.empty());
    return notify(rule, resolved, Notification.Reason.RESOLVED, activeSince, now);
  }

  private static Step repeatIfDue(AlertRule rule, AlertState state, Instant now) {
    Duration interval = rule.renotifyInterval();
    if (state.status() != AlertStatus.FIRING || state.acknowledged() || interval.isZero()) {
      return unchanged(state);
    }
    Instant last = state.lastNotifiedAt().orElse(state.since());
    if (now.isBefore(last.plus(interval))) {
      return unchanged(state);
    }
    Instant activeSince = state.activeSince().orElseThrow();
    return notify(rule, unchanged(state), Notification.Reason.REPEAT, activeSince, now);
  }

  private static Step moved(
      AlertRule rule, AlertState state, AlertStatus to, Instant now, Optional<Instant> active) {
    AlertEvent event =
        new AlertEvent(
            rule.model(), rule.id(), rule.severity(), state.status(), to, state.lastValue(), now);
    return new Step(state.moved(to, now, active), Optional.of(event), Optional.empty());
  }

  private static Step notify(
      AlertRule rule, Step step, Notification.Reason reason, Instant activeSince, Instant now) {
    OptionalDouble value = step.state().lastValue();
    Notification notification = new Notification(rule, reason, value, activeSince, now);
    return new Step(step.state().notifiedAt(now), step.event(), Optional.of(notification));
  }

  private static Step unchanged(AlertState state) {
    return new Step(state, Optional.empty(), Optional.empty());
  }
}
