package dev.vigil.app.alerting;

import dev.vigil.core.alert.AlertRule;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code vigil serve} alerts: where notifications go (Alertmanager, a webhook and its payload
 * format), the URL of Vigil that notifications link to, how often the rules are evaluated, and the
 * rules of the config file's {@code alert_rules} block ({@link ConfigAlertRules}).
 *
 * <p>Invariants: the URLs are http(s); the format is {@code generic} or {@code slack}; the interval
 * is positive; the config rules are an unmodifiable list.
 */
public record AlertingSettings(
    Optional<URI> alertmanager,
    Optional<URI> webhook,
    String webhookFormat,
    String externalUrl,
    Duration interval,
    List<AlertRule> configRules) {

  /** Settings without config rules. */
  public AlertingSettings(
      Optional<URI> alertmanager,
      Optional<URI> webhook,
      String webhookFormat,
      String externalUrl,
      Duration interval) {
    this(alertmanager, webhook, webhookFormat, externalUrl, interval, List.of());
  }

  public AlertingSettings {
    Objects.requireNonNull(alertmanager, "alertmanager");
    Objects.requireNonNull(webhook, "webhook");
    alertmanager.ifPresent(u -> requireHttp("alertmanager_url", u));
    webhook.ifPresent(u -> requireHttp("alert_webhook_url", u));
    if (!webhookFormat.equals("generic") && !webhookFormat.equals("slack")) {
      throw new IllegalArgumentException(
          "alert_webhook_format must be generic or slack, was '" + webhookFormat + "'");
    }
    externalUrl = Objects.requireNonNull(externalUrl, "externalUrl").replaceAll("/+$", "");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("alert_interval must be positive, was " + interval);
    }
    configRules = List.copyOf(configRules);
  }

  /** These settings with the config file's alert rules. */
  public AlertingSettings withConfigRules(List<AlertRule> rules) {
    return new AlertingSettings(alertmanager, webhook, webhookFormat, externalUrl, interval, rules);
  }

  private static void requireHttp(String field, URI url) {
    if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
      throw new IllegalArgumentException(field + " must be an http(s) URL, was '" + url + "'");
    }
  }
}
