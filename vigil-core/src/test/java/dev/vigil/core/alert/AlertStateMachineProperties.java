package dev.vigil.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The state machine's invariants over any sequence of readings, clock steps and acknowledgements.
 */
class AlertStateMachineProperties {

  /** One evaluation: minutes after the previous one, the reading (null: absent), an ack first. */
  record Tick(int minutes, Double value, boolean acknowledge) {}

  @Provide
  Arbitrary<List<Tick>> ticks() {
    Arbitrary<Double> value =
        Arbitraries.oneOf(
            Arbitraries.doubles().between(0.0, 1.0).ofScale(2), Arbitraries.just((Double) null));
    return Combinators.combine(
            Arbitraries.integers().between(0, 40),
            value.injectNull(0.2),
            Arbitraries.of(true, false, false, false, false))
        .as(Tick::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(80);
  }

  @Property(tries = 300)
  void everySequenceObeysTheStateMachine(
      @ForAll("ticks") List<Tick> ticks,
      @ForAll("minutes") int forMinutes,
      @ForAll("minutes") int renotifyMinutes) {
    AlertRule rule =
        Rules.accuracyBelow(Duration.ofMinutes(forMinutes), Duration.ofMinutes(renotifyMinutes));
    Instant now = Instant.parse("2026-11-23T00:00:00Z");
    AlertState state = AlertState.initial(rule, now);
    Optional<Instant> pendingSince = Optional.empty();
    Optional<Instant> lastSent = Optional.empty();
    for (Tick tick : ticks) {
      now = now.plus(Duration.ofMinutes(tick.minutes()));
      if (tick.acknowledge() && state.status() == AlertStatus.FIRING) {
        state = state.acknowledge(now);
      }
      SignalReading reading =
          tick.value() == null
              ? SignalReading.absent("none", now)
              : SignalReading.of(tick.value(), now);
      Evaluation e =
          new AlertEvaluator(Clock.fixed(now, ZoneOffset.UTC))
              .evaluate(List.of(rule), Map.of(rule.id(), state), Map.of(rule.id(), reading));
      AlertState next = e.states().get(0);
      assertTrue(e.events().size() <= 1);
      for (AlertEvent event : e.events()) {
        assertEquals(state.status(), event.from());
        assertEquals(next.status(), event.to());
        assertTrue(event.from().next().contains(event.to()));
        assertTrue(tick.value() != null, "an absent reading changed the status");
        if (event.to() == AlertStatus.PENDING) {
          pendingSince = Optional.of(now);
        }
        if (event.to() == AlertStatus.FIRING) {
          assertTrue(rule.holds(tick.value()));
          Instant since = event.from() == AlertStatus.PENDING ? pendingSince.orElseThrow() : now;
          assertFalse(now.isBefore(since.plus(rule.forDuration())), "fired before for elapsed");
          assertEquals(since, next.activeSince().orElseThrow());
        }
      }
      if (e.events().isEmpty()) {
        assertEquals(state.status(), next.status());
      }
      checkNotifications(rule, state, next, e, now, lastSent);
      if (!e.notifications().isEmpty()) {
        lastSent = Optional.of(now);
      }
      state = next;
    }
  }

  private static void checkNotifications(
      AlertRule rule,
      AlertState before,
      AlertState after,
      Evaluation e,
      Instant now,
      Optional<Instant> lastSent) {
    assertTrue(e.notifications().size() <= 1, "more than one notification per rule");
    boolean fired = e.events().stream().anyMatch(ev -> ev.to() == AlertStatus.FIRING);
    boolean resolved = e.events().stream().anyMatch(ev -> ev.to() == AlertStatus.RESOLVED);
    Optional<Notification.Reason> reason =
        e.notifications().stream().map(Notification::reason).findFirst();
    if (fired) {
      assertEquals(Optional.of(Notification.Reason.FIRING), reason);
    } else if (resolved) {
      assertEquals(Optional.of(Notification.Reason.RESOLVED), reason);
    } else {
      Duration interval = rule.renotifyInterval();
      boolean due =
          before.status() == AlertStatus.FIRING
              && !before.acknowledged()
              && !interval.isZero()
              && !now.isBefore(lastSent.orElseThrow().plus(interval));
      assertEquals(due ? Optional.of(Notification.Reason.REPEAT) : Optional.empty(), reason);
    }
    if (after.status() == AlertStatus.FIRING) {
      assertEquals(lastSent.isPresent() || reason.isPresent(), after.lastNotifiedAt().isPresent());
    }
  }

  @Provide
  Arbitrary<Integer> minutes() {
    return Arbitraries.of(0, 1, 5, 30, 60);
  }
}
