package dev.vigil.app.simulate;

import java.util.Arrays;
import java.util.Locale;

/** The drift {@code vigil simulate} injects into the replayed traffic (docs/SIMULATE.md). */
enum DriftKind {
  NONE("none"),
  COVARIATE("covariate"),
  CONCEPT("concept"),
  LABEL_NOISE("label-noise");

  private final String id;

  DriftKind(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }

  /**
   * @throws IllegalArgumentException listing the kinds, when the text names none
   */
  static DriftKind of(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(k -> k.id.equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "--drift must be covariate, concept, label-noise or none, not '" + text + "'"));
  }
}
