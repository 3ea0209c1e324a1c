package dev.vigil.app.demo;

import dev.vigil.app.synth.DriftShift;
import java.time.Duration;
import java.util.List;

/**
 * The demo's schedule in story time: a stable start, then covariate drift (older customers, higher
 * balances), then concept drift on top of it (the churn mechanism changes, so accuracy falls). The
 * last phase lasts until the demo stops.
 *
 * <p>Invariants: at least one phase; the first starts at zero; starts strictly increase.
 */
record DemoStory(List<Phase> phases) {

  /** Covariate strength from the second phase on: Age and Balance clearly drift. */
  static final double COVARIATE = 0.6;

  /** The default story: two story days per phase, six days in all (docs/DEMO.md). */
  static final DemoStory DEFAULT =
      new DemoStory(
          List.of(
              new Phase(
                  "stable",
                  Duration.ZERO,
                  DriftShift.NONE,
                  "customers like those the model was trained on"),
              new Phase(
                  "covariate drift",
                  Duration.ofDays(2),
                  new DriftShift(COVARIATE, 0),
                  "older customers with higher balances (Age and Balance drift; why customers"
                      + " leave is unchanged)"),
              new Phase(
                  "concept drift",
                  Duration.ofDays(4),
                  new DriftShift(COVARIATE, 1),
                  "why customers leave changes: now the young and active leave (accuracy falls"
                      + " once the labels arrive)")));

  /** One stretch of the story: its name, when it starts, how the population is shifted, and why. */
  record Phase(String name, Duration start, DriftShift shift, String description) {}

  DemoStory {
    phases = List.copyOf(phases);
    if (phases.isEmpty() || !phases.get(0).start().isZero()) {
      throw new IllegalArgumentException("phases: the first phase must start at zero");
    }
    for (int i = 1; i < phases.size(); i++) {
      if (phases.get(i).start().compareTo(phases.get(i - 1).start()) <= 0) {
        throw new IllegalArgumentException("phases: starts must increase, at phase " + i);
      }
    }
  }

  /** The phase that holds this story time. */
  Phase phaseAt(Duration storyTime) {
    Phase current = phases.get(0);
    for (Phase phase : phases) {
      if (storyTime.compareTo(phase.start()) >= 0) {
        current = phase;
      }
    }
    return current;
  }

  /** When the last phase starts: the story has been told once the traffic passes it by a phase. */
  Duration length() {
    Phase last = phases.get(phases.size() - 1);
    Duration previous = phases.size() == 1 ? last.start() : phases.get(phases.size() - 2).start();
    return last.start().plus(last.start().minus(previous));
  }
}
