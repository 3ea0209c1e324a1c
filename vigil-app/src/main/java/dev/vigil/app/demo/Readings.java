package dev.vigil.app.demo;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What the monitoring API says about the demo model's recent windows, for the status line.
 *
 * @param driftShare the share of drifted features; empty before there is traffic
 * @param drifted the drifted features, in schema order
 * @param realizedAccuracy accuracy of the labelled predictions; empty without labels
 * @param estimatedAccuracy accuracy estimated without labels; empty when the server cannot (no
 *     route, or {@code available: false})
 * @param firing the ids of the rules whose alert is firing
 */
record Readings(
    OptionalDouble driftShare,
    List<String> drifted,
    OptionalDouble realizedAccuracy,
    OptionalDouble estimatedAccuracy,
    List<String> firing) {

  static final Readings NONE =
      new Readings(
          OptionalDouble.empty(),
          List.of(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          List.of());

  Readings {
    drifted = List.copyOf(drifted);
    firing = List.copyOf(firing);
  }
}
