package dev.vigil.app.synth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Vigil's synthetic bank-churn population (docs/GENERATOR.md): customers with the columns of the
 * public bank churn data, realistic marginals, and a known churn mechanism ({@link ChurnMechanism})
 * giving about 20% churn. A {@link DriftShift} moves the population (older customers, higher
 * balances) and changes the mechanism.
 *
 * <p>Deterministic: two generators with the same seed asked for the same shifts produce the same
 * customers. Not thread-safe.
 */
public final class ChurnGenerator {

  private static final List<String> FEATURES =
      List.of(
          "CreditScore",
          "Geography",
          "Gender",
          "Age",
          "Tenure",
          "Balance",
          "NumOfProducts",
          "HasCrCard",
          "IsActiveMember",
          "EstimatedSalary");

  static final double MALE_SHARE = 0.545;
  static final double HAS_CARD_SHARE = 0.7055;
  static final double ACTIVE_SHARE = 0.515;
  static final double ZERO_BALANCE_OUTSIDE_GERMANY = 0.48;
  static final double SALARY_MIN = 11.58;
  static final double SALARY_MAX = 199_992.48;

  private static final double[] PRODUCT_WEIGHTS = {0.508, 0.459, 0.027, 0.006};
  private static final double[] TENURE_WEIGHTS = {
    0.05, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.05
  };

  private final SplittableRandom random;

  public ChurnGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The feature columns, in the order of the bank churn data. */
  public static List<String> featureNames() {
    return FEATURES;
  }

  /** The label column: 1 when the customer left. */
  public static String targetName() {
    return "Exited";
  }

  /** The next customer of the population shifted by {@code shift}. */
  public SyntheticCustomer next(DriftShift shift) {
    double covariate = shift.covariate();
    int creditScore = (int) clip(Math.round(650 + 100 * random.nextGaussian()), 350, 850);
    double geographyDraw = random.nextDouble();
    String geography = geographyDraw < 0.5 ? "France" : geographyDraw < 0.75 ? "Germany" : "Spain";
    String gender = random.nextDouble() < MALE_SHARE ? "Male" : "Female";
    int age = age(covariate);
    int tenure = pick(TENURE_WEIGHTS);
    double balance = balance(geography, covariate);
    int products = pick(PRODUCT_WEIGHTS) + 1;
    int hasCard = random.nextDouble() < HAS_CARD_SHARE ? 1 : 0;
    int active = random.nextDouble() < ACTIVE_SHARE ? 1 : 0;
    double salary = cents(SALARY_MIN + (SALARY_MAX - SALARY_MIN) * random.nextDouble());
    double churn =
        ChurnMechanism.churnProbability(
            new ChurnMechanism.Customer(
                creditScore, geography, gender, age, balance, products, active),
            shift.concept());
    int churned = random.nextDouble() < churn ? 1 : 0;
    Map<String, Object> features = new LinkedHashMap<>();
    features.put("CreditScore", creditScore);
    features.put("Geography", geography);
    features.put("Gender", gender);
    features.put("Age", age);
    features.put("Tenure", tenure);
    features.put("Balance", balance);
    features.put("NumOfProducts", products);
    features.put("HasCrCard", hasCard);
    features.put("IsActiveMember", active);
    features.put("EstimatedSalary", salary);
    return new SyntheticCustomer(features, churned);
  }

  /** Right-skewed: 12 + a log-normal with median 25 years; covariate drift makes it older. */
  private int age(double covariate) {
    double logYears = Math.log(25) + 0.2 * covariate + 0.4 * random.nextGaussian();
    return (int) clip(Math.round(12 + Math.exp(logYears)), 18, 92);
  }

  /**
   * German customers always hold a balance (as in the bank churn data); elsewhere about half hold
   * none. Covariate drift makes zero balances rarer and the others higher.
   */
  private double balance(String geography, double covariate) {
    double zeroShare =
        geography.equals("Germany") ? 0 : ZERO_BALANCE_OUTSIDE_GERMANY * (1 - 0.6 * covariate);
    boolean zero = random.nextDouble() < zeroShare;
    double amount = 120_000 * (1 + 0.25 * covariate) + 30_000 * random.nextGaussian();
    return zero ? 0.0 : cents(clip(amount, 3_000, 300_000));
  }

  private int pick(double[] weights) {
    double draw = random.nextDouble();
    double cumulative = 0;
    for (int i = 0; i < weights.length - 1; i++) {
      cumulative += weights[i];
      if (draw < cumulative) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static double clip(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }

  private static double cents(double amount) {
    return Math.round(amount * 100) / 100.0;
  }
}
