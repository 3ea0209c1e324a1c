package dev.vigil.http.delivery;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One alert as Prometheus Alertmanager's v2 API takes it ({@code postableAlert}): its identity is
 * its label set; a firing alert has no end, a resolved one ends when it resolved.
 *
 * <p>Invariants: at least one label ({@code alertname}); label names match Prometheus's {@code
 * [a-zA-Z_][a-zA-Z0-9_]*}; values are not null; the end, when present, is not before the start.
 */
public record AlertmanagerAlert(
    Map<String, String> labels,
    Map<String, String> annotations,
    Instant startsAt,
    Optional<Instant> endsAt,
    String generatorUrl) {

  private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  public AlertmanagerAlert {
    labels = checked("labels", labels);
    annotations = checked("annotations", annotations);
    if (!labels.containsKey("alertname")) {
      throw new IllegalArgumentException("labels: alertname is required");
    }
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
    Objects.requireNonNull(generatorUrl, "generatorUrl");
    if (endsAt.isPresent() && endsAt.get().isBefore(startsAt)) {
      throw new IllegalArgumentException("endsAt must not be before startsAt");
    }
  }

  private static Map<String, String> checked(String field, Map<String, String> map) {
    Map<String, String> copy = new TreeMap<>();
    Objects.requireNonNull(map, field)
        .forEach(
            (name, value) -> {
              if (name == null || !LABEL.matcher(name).matches()) {
                throw new IllegalArgumentException(field + ": '" + name + "' is not a label name");
              }
              copy.put(name, Objects.requireNonNull(value, field + "." + name));
            });
    return java.util.Collections.unmodifiableMap(copy);
  }
}
