package dev.vigil.core.alert;

import static dev.vigil.core.alert.AlertStatus.FIRING;
import static dev.vigil.core.alert.AlertStatus.INACTIVE;
import static dev.vigil.core.alert.AlertStatus.PENDING;
import static dev.vigil.core.alert.AlertStatus.RESOLVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class AlertEvaluatorTest {

  private static final Instant T0 = Instant.parse("2026-11-23T12:00:00Z");

  /** Steps one rule through readings at given minutes after T0, keeping the state. */
  private static final class Run {
    final AlertRule rule;
    final Map<String, AlertState> states = new HashMap<>();
    Evaluation last;

    Run(AlertRule rule) {
      this.rule = rule;
    }

    Evaluation at(int minute, Double value) {
      Instant now = T0.plus(Duration.ofMinutes(minute));
      SignalReading reading =
          value == null ? SignalReading.absent("no labels", now) : SignalReading.of(value, now);
      last =
          new AlertEvaluator(Clock.fixed(now, ZoneOffset.UTC))
              .evaluate(List.of(rule), states, Map.of(rule.id(), reading));
      states.put(rule.id(), last.states().get(0));
      return last;
    }

    AlertState state() {
      return states.get(rule.id());
    }
  }

  private static List<Notification.Reason> reasons(Evaluation e) {
    return e.notifications().stream().map(Notification::reason).toList();
  }

  @Test
  void goesPendingThenFiresOnceForHasElapsedThenResolves() {
    Run run = new Run(Rules.accuracyBelow(Duration.ofMinutes(10), Duration.ZERO));
    assertTrue(run.at(0, 0.9).events().isEmpty());
    assertEquals(INACTIVE, run.state().status());

    Evaluation pending = run.at(1, 0.7);
    assertEquals(PENDING, run.state().status());
    AlertEvent event = pending.events().get(0);
    assertEquals(List.of(INACTIVE, PENDING), List.of(event.from(), event.to()));
    assertEquals(OptionalDouble.of(0.7), event.value());
    assertEquals(T0.plusSeconds(60), event.at());
    assertTrue(pending.notifications().isEmpty());

    assertTrue(run.at(10, 0.6).events().isEmpty()); // 9 minutes held: not yet
    assertEquals(PENDING, run.state().status());

    Evaluation firing = run.at(11, 0.6);
    assertEquals(FIRING, run.state().status());
    assertEquals(List.of(Notification.Reason.FIRING), reasons(firing));
    Notification sent = firing.notifications().get(0);
    assertEquals(T0.plusSeconds(60), sent.activeSince());
    assertEquals(OptionalDouble.of(0.6), sent.value());

    assertTrue(run.at(30, 0.5).notifications().isEmpty()); // no re-notify interval
    Evaluation resolved = run.at(31, 0.85);
    assertEquals(RESOLVED, run.state().status());
    assertEquals(List.of(Notification.Reason.RESOLVED), reasons(resolved));
    assertEquals(FIRING, resolved.events().get(0).from());
    assertTrue(run.state().activeSince().isEmpty());
  }

  @Test
  void aPendingAlertThatRecoversNeverFires() {
    Run run = new Run(Rules.accuracyBelow(Duration.ofMinutes(10), Duration.ZERO));
    run.at(0, 0.5);
    Evaluation back = run.at(5, 0.9);
    assertEquals(INACTIVE, run.state().status());
    assertEquals(PENDING, back.events().get(0).from());
    assertTrue(back.notifications().isEmpty());
    run.at(6, 0.5);
    assertEquals(T0.plus(Duration.ofMinutes(6)), run.state().activeSince().orElseThrow());
    run.at(15, 0.5);
    assertEquals(PENDING, run.state().status()); // the clock restarted at minute 6
  }

  @Test
  void withoutForAnAlertFiresAtOnce() {
    Run run = new Run(Rules.accuracyBelow(Duration.ZERO, Duration.ZERO));
    Evaluation e = run.at(0, 0.1);
    assertEquals(FIRING, run.state().status());
    assertEquals(INACTIVE, e.events().get(0).from());
    assertEquals(List.of(Notification.Reason.FIRING), reasons(e));
  }

  @Test
  void absentReadingsChangeNoStatus() {
    Run run = new Run(Rules.accuracyBelow(Duration.ofMinutes(10), Duration.ZERO));
    run.at(0, 0.5);
    assertTrue(run.at(20, null).events().isEmpty());
    assertEquals(PENDING, run.state().status());
    assertEquals(OptionalDouble.of(0.5), run.state().lastValue());
    assertEquals(FIRING, run.at(21, 0.5).events().get(0).to());
  }

  @Test
  void aFiringAlertIsRenotifiedEachIntervalUntilAcknowledged() {
    Run run = new Run(Rules.accuracyBelow(Duration.ZERO, Duration.ofMinutes(30)));
    run.at(0, 0.5);
    assertTrue(run.at(29, 0.5).notifications().isEmpty());
    assertEquals(List.of(Notification.Reason.REPEAT), reasons(run.at(30, 0.5)));
    assertTrue(run.at(45, null).notifications().isEmpty());
    assertEquals(List.of(Notification.Reason.REPEAT), reasons(run.at(60, null)));
    run.states.put(run.rule.id(), run.state().acknowledge(T0.plus(Duration.ofMinutes(61))));
    assertTrue(run.at(200, 0.5).notifications().isEmpty());
    assertEquals(List.of(Notification.Reason.RESOLVED), reasons(run.at(201, 0.9)));
    assertTrue(run.state().acknowledgedAt().isEmpty());
    run.at(202, 0.5);
    assertEquals(List.of(Notification.Reason.REPEAT), reasons(run.at(232, 0.5)));
  }

  @Test
  void onlyAFiringAlertCanBeAcknowledged() {
    Run run = new Run(Rules.accuracyBelow(Duration.ofMinutes(10), Duration.ZERO));
    run.at(0, 0.5);
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> run.state().acknowledge(T0));
    assertEquals(
        "alert 'accuracy-low' of model 'churn' is pending, not firing", refused.getMessage());
  }

  @Test
  void aStateOfAnotherRuleIsRefused() {
    AlertRule rule = Rules.accuracyBelow(Duration.ZERO, Duration.ZERO);
    AlertState other =
        AlertState.initial(
            new AlertRule(
                "other",
                "churn",
                "n",
                rule.signal(),
                rule.comparison(),
                1,
                Duration.ZERO,
                Severity.INFO,
                Map.of(),
                Duration.ZERO),
            T0);
    AlertEvaluator evaluator = new AlertEvaluator(Clock.fixed(T0, ZoneOffset.UTC));
    assertThrows(
        IllegalArgumentException.class,
        () -> evaluator.evaluate(List.of(rule), Map.of(rule.id(), other), Map.of()));
  }

  @Test
  void eventsRefuseIllegalTransitions() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new AlertEvent(
                    "churn", "r", Severity.INFO, INACTIVE, RESOLVED, OptionalDouble.empty(), T0));
    assertEquals("to: inactive cannot change to resolved", refused.getMessage());
  }
}
