package dev.vigil.app.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChurnGeneratorTest {

  private static final int DRAWS = 50_000;

  @Test
  void marginalsMatchTheBankChurnData() {
    List<SyntheticCustomer> customers = draw(7, DriftShift.NONE, DRAWS);
    assertNear(650, mean(customers, "CreditScore"), 2.0, "CreditScore mean");
    assertNear(97, sd(customers, "CreditScore"), 2.0, "CreditScore sd");
    assertInRange(customers, "CreditScore", 350, 850);
    Map<Object, Double> geography = shares(customers, "Geography");
    assertNear(0.50, geography.get("France"), 0.01, "France share");
    assertNear(0.25, geography.get("Germany"), 0.01, "Germany share");
    assertNear(0.25, geography.get("Spain"), 0.01, "Spain share");
    assertNear(0.545, shares(customers, "Gender").get("Male"), 0.01, "Male share");
    assertNear(37, median(customers, "Age"), 1.0, "Age median");
    assertNear(39, mean(customers, "Age"), 1.0, "Age mean");
    assertInRange(customers, "Age", 18, 92);
    assertInRange(customers, "Tenure", 0, 10);
    assertNear(5.0, mean(customers, "Tenure"), 0.1, "Tenure mean");
    assertNear(0.36, shares(customers, "Balance").getOrDefault(0.0, 0.0), 0.01, "zero balances");
    assertNear(76_500, mean(customers, "Balance"), 1_500, "Balance mean");
    Map<Object, Double> products = shares(customers, "NumOfProducts");
    assertNear(0.508, products.get(1), 0.01, "1 product");
    assertNear(0.459, products.get(2), 0.01, "2 products");
    assertNear(0.027, products.get(3), 0.005, "3 products");
    assertNear(0.006, products.get(4), 0.002, "4 products");
    assertNear(0.7055, mean(customers, "HasCrCard"), 0.01, "HasCrCard share");
    assertNear(0.515, mean(customers, "IsActiveMember"), 0.01, "IsActiveMember share");
    assertNear(100_000, mean(customers, "EstimatedSalary"), 1_500, "EstimatedSalary mean");
    assertInRange(customers, "EstimatedSalary", 11.58, 199_992.48);
  }

  @Test
  void germanCustomersAlwaysHoldABalance() {
    for (SyntheticCustomer c : draw(3, DriftShift.NONE, 5_000)) {
      if (c.features().get("Geography").equals("Germany")) {
        assertTrue((double) c.features().get("Balance") > 0, c.features().toString());
      }
    }
  }

  @Test
  void aboutOneCustomerInFiveChurns() {
    double rate = churnRate(draw(11, DriftShift.NONE, DRAWS));
    assertTrue(rate >= 0.18 && rate <= 0.22, "churn rate " + rate);
  }

  @Test
  void theSameSeedGivesTheSameCustomers() {
    DriftShift shift = new DriftShift(0.3, 0.6);
    assertEquals(draw(5, shift, 1_000), draw(5, shift, 1_000));
    assertTrue(!draw(5, shift, 100).equals(draw(6, shift, 100)), "another seed, other customers");
  }

  @Test
  void covariateShiftMakesCustomersOlderAndRicher() {
    List<SyntheticCustomer> before = draw(13, DriftShift.NONE, DRAWS);
    List<SyntheticCustomer> half = draw(13, new DriftShift(0.5, 0), DRAWS);
    List<SyntheticCustomer> full = draw(13, new DriftShift(1, 0), DRAWS);
    assertTrue(mean(half, "Age") > mean(before, "Age") + 2, "age rises at strength 0.5");
    assertTrue(mean(full, "Age") > mean(half, "Age") + 2, "and further at strength 1");
    assertTrue(mean(half, "Balance") > mean(before, "Balance") + 10_000, "balance rises");
    assertTrue(mean(full, "Balance") > mean(half, "Balance") + 10_000, "and further");
    assertNear(0.5, shares(full, "Geography").get("France"), 0.01, "geography does not move");
  }

  @Test
  void conceptShiftAloneLeavesTheCustomersAsTheyAre() {
    List<SyntheticCustomer> before = draw(17, DriftShift.NONE, DRAWS);
    List<SyntheticCustomer> after = draw(17, new DriftShift(0, 1), DRAWS);
    for (int i = 0; i < 100; i++) {
      assertEquals(before.get(i).features(), after.get(i).features());
    }
  }

  @Test
  void strengthsOutsideTheUnitIntervalAreRefused() {
    var e = assertThrows(IllegalArgumentException.class, () -> new DriftShift(1.5, 0));
    assertTrue(e.getMessage().contains("covariate"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new DriftShift(0, -0.1));
    assertTrue(e.getMessage().contains("concept"), e.getMessage());
  }

  @Test
  void featuresComeInTheOrderOfTheBankChurnData() {
    SyntheticCustomer customer = new ChurnGenerator(1).next(DriftShift.NONE);
    assertEquals(ChurnGenerator.featureNames(), new ArrayList<>(customer.features().keySet()));
    assertEquals("Exited", ChurnGenerator.targetName());
  }

  static List<SyntheticCustomer> draw(long seed, DriftShift shift, int n) {
    ChurnGenerator generator = new ChurnGenerator(seed);
    List<SyntheticCustomer> customers = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      customers.add(generator.next(shift));
    }
    return customers;
  }

  static double churnRate(List<SyntheticCustomer> customers) {
    return customers.stream().mapToInt(SyntheticCustomer::churned).average().orElseThrow();
  }

  private static double[] values(List<SyntheticCustomer> customers, String feature) {
    return customers.stream()
        .mapToDouble(c -> ((Number) c.features().get(feature)).doubleValue())
        .toArray();
  }

  private static double mean(List<SyntheticCustomer> customers, String feature) {
    return java.util.Arrays.stream(values(customers, feature)).average().orElseThrow();
  }

  private static double sd(List<SyntheticCustomer> customers, String feature) {
    double mean = mean(customers, feature);
    double[] v = values(customers, feature);
    double sum = 0;
    for (double x : v) {
      sum += (x - mean) * (x - mean);
    }
    return Math.sqrt(sum / (v.length - 1));
  }

  private static double median(List<SyntheticCustomer> customers, String feature) {
    double[] v = values(customers, feature);
    java.util.Arrays.sort(v);
    return v[v.length / 2];
  }

  private static Map<Object, Double> shares(List<SyntheticCustomer> customers, String feature) {
    Map<Object, Double> shares = new HashMap<>();
    for (SyntheticCustomer c : customers) {
      shares.merge(c.features().get(feature), 1.0 / customers.size(), Double::sum);
    }
    return shares;
  }

  private static void assertInRange(
      List<SyntheticCustomer> customers, String feature, double low, double high) {
    for (double v : values(customers, feature)) {
      assertTrue(v >= low && v <= high, feature + " " + v + " outside [" + low + ", " + high + "]");
    }
  }

  private static void assertNear(double expected, double actual, double tolerance, String what) {
    assertEquals(expected, actual, tolerance, what);
  }
}
