package dev.vigil.app.alerting;

import dev.vigil.http.delivery.AlertmanagerAlert;
import dev.vigil.http.delivery.AlertmanagerSender;
import dev.vigil.http.delivery.WebhookSender;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where notifications go, as configured: {@code alertmanager} (Alertmanager's v2 API) and {@code
 * webhook} (generic or Slack-compatible JSON). A notification is queued once per target, so a
 * target that is down is retried without sending the others again.
 */
public final class AlertTargets {

  static final String ALERTMANAGER = "alertmanager";
  static final String WEBHOOK = "webhook";

  private final Map<String, Consumer<List<AlertmanagerAlert>>> senders;

  private AlertTargets(Map<String, Consumer<List<AlertmanagerAlert>>> senders) {
    this.senders = senders;
  }

  /**
   * @param webhookFormat {@code generic} or {@code slack}
   */
  public static AlertTargets of(
      Optional<URI> alertmanager, Optional<URI> webhook, String webhookFormat, Clock clock) {
    Map<String, Consumer<List<AlertmanagerAlert>>> senders = new LinkedHashMap<>();
    alertmanager.ifPresent(url -> senders.put(ALERTMANAGER, new AlertmanagerSender(url)::send));
    if (webhook.isPresent()) {
      WebhookSender sender =
          new WebhookSender(webhook.get(), WebhookSender.Format.of(webhookFormat));
      senders.put(WEBHOOK, alerts -> sender.send(alerts, clock.instant()));
    }
    return new AlertTargets(senders);
  }

  List<String> names() {
    return List.copyOf(senders.keySet());
  }

  /** The sender of a target; empty for one no longer configured (its queue is given up). */
  Optional<Consumer<List<AlertmanagerAlert>>> sender(String target) {
    return Optional.ofNullable(senders.get(target));
  }
}
