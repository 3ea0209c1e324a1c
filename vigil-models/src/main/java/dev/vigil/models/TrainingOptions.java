package dev.vigil.models;

import java.util.Objects;

/**
 * What to train: the algorithm, the number of boosting rounds and the seed.
 *
 * <p>Invariants: rounds in [1, 10000].
 */
public record TrainingOptions(Algorithm algorithm, int rounds, long seed) {

  /** Rounds of gradient-boosted trees by default (eta 0.1, depth 4). */
  public static final int XGBOOST_ROUNDS = 200;

  /** Rounds of coordinate descent of the linear booster by default (converged well before). */
  public static final int LOGISTIC_ROUNDS = 100;

  public TrainingOptions {
    Objects.requireNonNull(algorithm, "algorithm");
    if (rounds < 1 || rounds > 10_000) {
      throw new IllegalArgumentException("rounds must be in [1, 10000], was " + rounds);
    }
  }

  /** The default rounds of the algorithm with this seed. */
  public static TrainingOptions defaults(Algorithm algorithm, long seed) {
    int rounds = algorithm == Algorithm.XGBOOST ? XGBOOST_ROUNDS : LOGISTIC_ROUNDS;
    return new TrainingOptions(algorithm, rounds, seed);
  }
}
