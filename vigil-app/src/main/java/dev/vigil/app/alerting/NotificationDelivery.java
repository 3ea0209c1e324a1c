package dev.vigil.app.alerting;

import dev.vigil.core.alert.AlertStore;
import dev.vigil.core.alert.QueuedNotification;
import dev.vigil.http.delivery.AlertJson;
import dev.vigil.http.delivery.AlertmanagerAlert;
import dev.vigil.http.delivery.DeliveryException;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One delivery pass: claims the queued notifications that are due, sends them per target in one
 * request, and marks them delivered, or failed with the next attempt after an exponential backoff
 * (10 s, 20 s, 40 s ... at most 1 h), giving up after {@value #MAX_ATTEMPTS} attempts. A claim
 * hides a notification for {@link #LEASE}, so a crash mid-send retries it rather than losing it.
 * Outcomes are counted in {@code vigil_alert_notifications_total{target,outcome}}.
 */
public final class NotificationDelivery implements Runnable {

  static final int MAX_ATTEMPTS = 12;
  static final Duration LEASE = Duration.ofMinutes(1);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(10);
  private static final Duration LONGEST_RETRY = Duration.ofHours(1);
  private static final int BATCH = 100;
  private static final Logger LOG = LoggerFactory.getLogger(NotificationDelivery.class);

  private final AlertStore alerts;
  private final AlertTargets targets;
  private final Clock clock;
  private final Counter outcomes;

  public NotificationDelivery(
      AlertStore alerts, AlertTargets targets, PrometheusRegistry registry, Clock clock) {
    this.alerts = alerts;
    this.targets = targets;
    this.clock = clock;
    this.outcomes =
        Counter.builder()
            .name("vigil_alert_notifications_total")
            .help("Alert notifications by target and outcome (delivered, failed, gave_up)")
            .labelNames("target", "outcome")
            .register(registry);
  }

  @Override
  public void run() {
    try {
      List<QueuedNotification> due = alerts.claimDue(clock.instant(), BATCH, LEASE);
      Map<String, List<QueuedNotification>> byTarget =
          due.stream().collect(Collectors.groupingBy(QueuedNotification::target));
      byTarget.forEach(this::deliver);
    } catch (RuntimeException e) {
      LOG.warn("alert notifications not delivered this time; they are tried again", e);
    }
  }

  private void deliver(String target, List<QueuedNotification> batch) {
    Optional<Consumer<List<AlertmanagerAlert>>> sender = targets.sender(target);
    if (sender.isEmpty()) {
      batch.forEach(n -> giveUp(n, "the target " + target + " is no longer configured"));
      return;
    }
    try {
      sender.get().accept(batch.stream().map(n -> AlertJson.read(n.payload())).toList());
      Instant now = clock.instant();
      batch.forEach(n -> alerts.markDelivered(n.id(), now));
      outcomes.labelValues(target, "delivered").inc(batch.size());
    } catch (DeliveryException | IllegalArgumentException e) {
      LOG.warn("alert notifications to {} failed: {}", target, e.getMessage());
      batch.forEach(n -> failed(n, e.getMessage()));
    }
  }

  private void failed(QueuedNotification n, String error) {
    if (n.attempts() >= MAX_ATTEMPTS) {
      giveUp(n, error);
      return;
    }
    long factor = 1L << Math.min(n.attempts() - 1, 20);
    Duration wait = FIRST_RETRY.multipliedBy(Math.max(1, factor));
    if (wait.compareTo(LONGEST_RETRY) > 0) {
      wait = LONGEST_RETRY;
    }
    alerts.markFailed(n.id(), error, Optional.of(clock.instant().plus(wait)));
    outcomes.labelValues(n.target(), "failed").inc();
  }

  private void giveUp(QueuedNotification n, String error) {
    alerts.markFailed(n.id(), error, Optional.empty());
    outcomes.labelValues(n.target(), "gave_up").inc();
  }
}
