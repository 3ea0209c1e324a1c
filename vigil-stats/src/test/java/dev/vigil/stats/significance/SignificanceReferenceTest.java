package dev.vigil.stats.significance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Against scipy and statsmodels (significance_cases.json,
 * tools/reference/significance_reference.py).
 */
class SignificanceReferenceTest {

  private static final double RELATIVE = 1e-9;
  private static final double ABSOLUTE_NEAR_ZERO = 1e-12;
  private static final JsonNode ROOT = readFixture();

  @Test
  void fixtureCoversHugeTablesZerosAndTinyPValues() {
    assertTrue(cases("fisher").anyMatch(c -> table(c).total() > 1_000_000));
    assertTrue(cases("fisher").anyMatch(c -> table(c).hasEmptyMargin()));
    assertTrue(cases("fisher").anyMatch(c -> c.get("pValue").asDouble() < 1e-150));
    assertTrue(cases("zTest").anyMatch(c -> c.get("n1").asLong() >= 1_000_000_000L));
  }

  @TestFactory
  Stream<DynamicTest> fisherMatchesScipy() {
    return cases("fisher")
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.get("table") + " " + c.get("alternative").asText(),
                    () -> {
                      SignificanceResult r = FisherExactTest.test(table(c), alternative(c));
                      assertClose(number(c.get("oddsRatio")), r.statistic(), "odds ratio");
                      assertRelative(c.get("pValue").asDouble(), r.pValue(), "p-value");
                    }));
  }

  @TestFactory
  Stream<DynamicTest> zTestMatchesStatsmodels() {
    return cases("zTest")
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.get("x1")
                        + "/"
                        + c.get("n1")
                        + " vs "
                        + c.get("x2")
                        + "/"
                        + c.get("n2")
                        + " "
                        + c.get("alternative").asText(),
                    () -> {
                      SignificanceResult r =
                          TwoProportionZTest.test(
                              c.get("x1").asLong(),
                              c.get("n1").asLong(),
                              c.get("x2").asLong(),
                              c.get("n2").asLong(),
                              alternative(c));
                      assertClose(c.get("z").asDouble(), r.statistic(), "z");
                      assertRelative(c.get("pValue").asDouble(), r.pValue(), "p-value");
                    }));
  }

  @TestFactory
  Stream<DynamicTest> binomialMatchesScipy() {
    return cases("binomialLess")
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.get("successes") + "/" + c.get("trials") + " < " + c.get("p"),
                    () -> {
                      SignificanceResult r =
                          ExactBinomialTest.less(
                              c.get("successes").asLong(),
                              c.get("trials").asLong(),
                              c.get("p").asDouble());
                      assertRelative(c.get("pValue").asDouble(), r.pValue(), "p-value");
                    }));
  }

  private static TwoByTwoTable table(JsonNode c) {
    JsonNode t = c.get("table");
    return new TwoByTwoTable(
        t.get(0).get(0).asLong(),
        t.get(0).get(1).asLong(),
        t.get(1).get(0).asLong(),
        t.get(1).get(1).asLong());
  }

  private static Alternative alternative(JsonNode c) {
    return Alternative.valueOf(c.get("alternative").asText());
  }

  private static double number(JsonNode n) {
    return n.isTextual() ? Double.parseDouble(n.asText()) : n.asDouble();
  }

  /** p-values: relative only, so tiny p-values must agree in their leading digits too. */
  private static void assertRelative(double expected, double actual, String what) {
    double allowed = RELATIVE * Math.abs(expected);
    assertTrue(
        Math.abs(expected - actual) <= allowed,
        () -> what + ": expected " + expected + " but was " + actual);
  }

  private static void assertClose(double expected, double actual, String what) {
    if (Double.isNaN(expected) || Double.isInfinite(expected)) {
      assertEquals(expected, actual, what);
      return;
    }
    double allowed = Math.max(ABSOLUTE_NEAR_ZERO, RELATIVE * Math.abs(expected));
    assertTrue(
        Math.abs(expected - actual) <= allowed,
        () -> what + ": expected " + expected + " but was " + actual);
  }

  private static Stream<JsonNode> cases(String group) {
    return StreamSupport.stream(ROOT.get(group).spliterator(), false);
  }

  private static JsonNode readFixture() {
    try (InputStream in =
        SignificanceReferenceTest.class.getResourceAsStream("/reference/significance_cases.json")) {
      if (in == null) {
        throw new IllegalStateException("reference/significance_cases.json missing");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
