package dev.vigil.app.synth;

/**
 * The known churn mechanism of the synthetic population (docs/GENERATOR.md): the log-odds of
 * leaving are a linear function of the customer, and concept drift of strength c multiplies the age
 * and activity effects by (1 - 2c), so at c = 1 young, active customers leave and older, inactive
 * ones stay.
 */
final class ChurnMechanism {

  static final double INTERCEPT = -1.45;
  static final double AGE_PER_YEAR = 0.08;
  static final double AGE_CENTRE = 38;
  static final double ACTIVE_MEMBER = -1.0;
  static final double GERMANY = 0.75;
  static final double FEMALE = 0.5;
  static final double BALANCE_PER_100K = 0.3;
  static final double CREDIT_SCORE_PER_POINT = -0.0007;
  static final double CREDIT_SCORE_CENTRE = 650;

  /** Log-odds added by 1, 2, 3, 4 products. */
  private static final double[] PRODUCTS = {0, -1.5, 2.0, 3.5};

  private ChurnMechanism() {}

  /** The probability that this customer churns under a concept drift of this strength. */
  static double churnProbability(Customer c, double concept) {
    double reversal = 1 - 2 * concept;
    double logOdds =
        INTERCEPT
            + reversal * AGE_PER_YEAR * (c.age() - AGE_CENTRE)
            + reversal * ACTIVE_MEMBER * c.isActiveMember()
            + (c.geography().equals("Germany") ? GERMANY : 0)
            + (c.gender().equals("Female") ? FEMALE : 0)
            + PRODUCTS[c.numOfProducts() - 1]
            + BALANCE_PER_100K * c.balance() / 100_000
            + CREDIT_SCORE_PER_POINT * (c.creditScore() - CREDIT_SCORE_CENTRE);
    return 1 / (1 + Math.exp(-logOdds));
  }

  /** The features the mechanism reads. */
  record Customer(
      int creditScore,
      String geography,
      String gender,
      int age,
      double balance,
      int numOfProducts,
      int isActiveMember) {}
}
