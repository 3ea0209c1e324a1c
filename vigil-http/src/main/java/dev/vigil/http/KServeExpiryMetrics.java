package dev.vigil.http;

import dev.vigil.core.kserve.EventKind;
import dev.vigil.core.kserve.ExpiredHalves;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Locale;

/**
 * The counter {@code vigil_kserve_unmatched_expired_total} {kind}: KServe halves deleted by the
 * expiry because their partner did not come in time; {@code kind} is {@code request} or {@code
 * response}, both present from the start at 0.
 */
public final class KServeExpiryMetrics {

  private final Counter expired;

  public KServeExpiryMetrics(PrometheusRegistry registry) {
    expired =
        Counter.builder()
            .name("vigil_kserve_unmatched_expired_total")
            .help("KServe payload-logger halves deleted after waiting too long for their partner.")
            .labelNames("kind")
            .register(registry);
    for (EventKind kind : EventKind.values()) {
      expired.labelValues(label(kind));
    }
  }

  public void expired(ExpiredHalves halves) {
    for (EventKind kind : EventKind.values()) {
      expired.labelValues(label(kind)).inc(halves.of(kind));
    }
  }

  private static String label(EventKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
