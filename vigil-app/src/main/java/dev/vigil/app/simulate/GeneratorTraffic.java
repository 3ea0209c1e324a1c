package dev.vigil.app.simulate;

import dev.vigil.app.synth.ChurnGenerator;
import dev.vigil.app.synth.DriftShift;
import dev.vigil.app.synth.SyntheticCustomer;
import dev.vigil.app.traffic.TrafficRow;
import dev.vigil.app.traffic.TrafficSource;
import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Customers of Vigil's synthetic generator as traffic, at most {@code limit} of them (unbounded
 * when the limit is {@link Long#MAX_VALUE}). Drift: covariate and concept are the generator's own
 * {@link DriftShift} at the plan's strength; label-noise flips each label with that probability.
 */
final class GeneratorTraffic implements TrafficSource {

  private final ChurnGenerator generator;
  private final DriftPlan plan;
  private final long limit;
  private final SplittableRandom noise;
  private long next;

  GeneratorTraffic(DriftPlan plan, long limit, long seed) {
    this.generator = new ChurnGenerator(seed);
    this.plan = plan;
    this.limit = limit;
    this.noise = new SplittableRandom(seed ^ 0x5DEECE66DL);
  }

  @Override
  public Optional<TrafficRow> next(Duration storyTime) {
    if (next >= limit) {
      return Optional.empty();
    }
    boolean drifted = plan.active(next++, storyTime);
    double k = plan.strength();
    DriftShift shift =
        !drifted
            ? DriftShift.NONE
            : switch (plan.kind()) {
              case COVARIATE -> new DriftShift(k, 0);
              case CONCEPT -> new DriftShift(0, k);
              case LABEL_NOISE, NONE -> DriftShift.NONE;
            };
    SyntheticCustomer customer = generator.next(shift);
    int label = customer.churned();
    if (drifted && plan.kind() == DriftKind.LABEL_NOISE && noise.nextDouble() < k) {
      label = 1 - label;
    }
    return Optional.of(new TrafficRow(customer.features(), label));
  }
}
