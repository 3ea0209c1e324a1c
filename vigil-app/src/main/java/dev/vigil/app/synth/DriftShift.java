package dev.vigil.app.synth;

/**
 * How far the synthetic population has moved from the one a model was trained on: {@code covariate}
 * shifts who the customers are (older, higher balances), {@code concept} changes why they leave
 * (the churn mechanism). Both are strengths in [0, 1]; 0 is the training population.
 */
public record DriftShift(double covariate, double concept) {

  /** No drift: the population and mechanism a model is trained on. */
  public static final DriftShift NONE = new DriftShift(0, 0);

  public DriftShift {
    requireStrength("covariate", covariate);
    requireStrength("concept", concept);
  }

  private static void requireStrength(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " strength must be in [0, 1], was " + value);
    }
  }
}
