package dev.vigil.app.simulate;

import dev.vigil.app.traffic.TrafficOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * The checked options of one {@code vigil simulate} run.
 *
 * @param data the CSV to replay, or null for the synthetic generator
 * @param target the label column of {@code data}, or null for the default
 * @param notSent columns of {@code data} never sent ({@code --id}, {@code --exclude})
 * @param limit rows to send at most, or null
 */
record SimulationSettings(
    String model,
    Path data,
    String target,
    String positiveLabel,
    List<String> notSent,
    TrafficOptions options,
    DriftKind drift,
    double driftStrength,
    DriftStart driftStart,
    Long limit,
    boolean noProgress) {

  SimulationSettings {
    notSent = List.copyOf(notSent);
  }

  long limitOrMax() {
    return limit == null ? Long.MAX_VALUE : limit;
  }
}
