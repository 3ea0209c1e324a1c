package dev.vigil.http;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The ingestion counters: {@code vigil_ingested_records_total} {model, kind} counts records stored
 * (not duplicates), {@code vigil_rejected_requests_total} {route, reason} counts refused requests.
 * Labels stay bounded: models are the registered ones (an unknown model is refused before
 * counting), routes are templates, reasons a fixed set ({@link Reason}).
 */
final class IngestMetrics {

  /** Why a request was refused, from its status and the field at fault. */
  enum Reason {
    UNKNOWN_MODEL,
    TOO_LARGE,
    UNSUPPORTED_MEDIA_TYPE,
    MALFORMED,
    INVALID_RECORD,
    OTHER;

    static Reason of(ApiException e) {
      return switch (e.status()) {
        case 404 -> UNKNOWN_MODEL;
        case 413 -> TOO_LARGE;
        case 415 -> UNSUPPORTED_MEDIA_TYPE;
        case 400 -> "body".equals(e.field()) ? MALFORMED : INVALID_RECORD;
        default -> OTHER;
      };
    }

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Counter ingested;
  private final Counter rejected;

  IngestMetrics(PrometheusRegistry registry) {
    ingested =
        Counter.builder()
            .name("vigil_ingested_records_total")
            .help("Records stored by the ingestion routes (duplicates not counted), by kind.")
            .labelNames("model", "kind")
            .register(registry);
    rejected =
        Counter.builder()
            .name("vigil_rejected_requests_total")
            .help("Ingestion requests refused with a 4xx, by route template and reason.")
            .labelNames("route", "reason")
            .register(registry);
  }

  void ingested(String model, String kind, int count) {
    ingested.labelValues(model, kind).inc(count);
  }

  void rejected(String route, Reason reason) {
    rejected.labelValues(route, reason.label()).inc();
  }
}
