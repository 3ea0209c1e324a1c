package dev.vigil.stats.detect;

/**
 * A sample summarised as River's HDDM_W does: an exponentially weighted mean (the first value is
 * taken as is) and the "independent bound condition" sum of squared weights that McDiarmid's bound
 * needs. Mutable so that HDDM_W copies samples in place instead of allocating per update.
 */
final class EwmaSample {

  private final double lambda;
  private final double lambdaSquared;
  private final double keepSquared;
  double ewma;
  boolean initialized;
  double boundCondition;

  EwmaSample(double lambda) {
    this.lambda = lambda;
    this.lambdaSquared = lambda * lambda;
    this.keepSquared = (1 - lambda) * (1 - lambda);
    clear();
  }

  void clear() {
    ewma = 0.0;
    initialized = false;
    boundCondition = 1.0;
  }

  void update(double x) {
    ewma = initialized ? lambda * x + (1 - lambda) * ewma : x;
    initialized = true;
    boundCondition = lambdaSquared + keepSquared * boundCondition;
  }

  void copyFrom(EwmaSample other) {
    ewma = other.ewma;
    initialized = other.initialized;
    boundCondition = other.boundCondition;
  }

  void set(HddmWState.Sample state) {
    ewma = state.ewma();
    initialized = state.initialized();
    boundCondition = state.boundCondition();
  }

  HddmWState.Sample state() {
    return new HddmWState.Sample(ewma, initialized, boundCondition);
  }
}
