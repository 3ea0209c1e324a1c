package dev.vigil.app.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedbackDelayTest {

  private static final int DRAWS = 200_000;

  @Test
  void readsEveryShapeOfTheGrammar() {
    assertEquals(FeedbackDelay.NONE, FeedbackDelay.parse("0s"));
    assertEquals(FeedbackDelay.NONE, FeedbackDelay.parse("0"));
    assertEquals(
        new FeedbackDelay(FeedbackDelay.Shape.FIXED, Duration.ofHours(2), null, 0),
        FeedbackDelay.parse("2h"));
    assertEquals(FeedbackDelay.parse("2h"), FeedbackDelay.parse("fixed:2h"));
    assertEquals(
        new FeedbackDelay(FeedbackDelay.Shape.EXPONENTIAL, Duration.ofHours(6), null, 0),
        FeedbackDelay.parse("exp:6h"));
    assertEquals(
        new FeedbackDelay(FeedbackDelay.Shape.UNIFORM, Duration.ofHours(1), Duration.ofDays(3), 0),
        FeedbackDelay.parse("uniform:1h..3d"));
    assertEquals(
        new FeedbackDelay(FeedbackDelay.Shape.LOGNORMAL, Duration.ofDays(1), null, 0.5),
        FeedbackDelay.parse("lognormal:1d,0.5"));
    assertEquals(Duration.ofMinutes(90), FeedbackDelay.parse("1.5h").first());
    assertEquals(Duration.ofMillis(500), FeedbackDelay.parse("500ms").first());
    assertEquals(Duration.ofDays(14), FeedbackDelay.parse("2w").first());
    assertEquals(Duration.ofMinutes(30), FeedbackDelay.parse("PT30M").first());
  }

  @ParameterizedTest
  @ValueSource(strings = {"exp:6h", "uniform:1h..3d", "lognormal:1d,0.5", "2h", "0s", "90s"})
  void writesTextThatReadsBackTheSameDelay(String text) {
    FeedbackDelay delay = FeedbackDelay.parse(text);
    assertEquals(delay, FeedbackDelay.parse(delay.toString()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2",
        "-1h",
        "2 hours",
        "exp:0s",
        "uniform:3d..1h",
        "uniform:1h",
        "lognormal:1d",
        "lognormal:1d,0",
        "lognormal:1d,x",
        "gamma:1d,2",
        "P-1D"
      })
  void refusesWhatIsNotADelayNamingTheGrammar(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FeedbackDelay.parse(text));
    assertTrue(e.getMessage().contains("feedback delay"), e.getMessage());
    assertTrue(e.getMessage().contains("exp:6h"), e.getMessage());
  }

  @Test
  void aFixedDelayIsAlwaysItself() {
    SplittableRandom random = new SplittableRandom(1);
    FeedbackDelay delay = FeedbackDelay.parse("2h");
    for (int i = 0; i < 100; i++) {
      assertEquals(Duration.ofHours(2), delay.sample(random));
    }
  }

  @Test
  void samplesHaveTheDistributionsMeans() {
    // With 200,000 draws the standard error of the mean is below 0.5 % of the mean for these
    // shapes (σ/µ ≤ 1.17), so 2 % is four standard errors and more.
    assertMean("exp:6h", 6 * 3600.0, 0.02);
    assertMean("uniform:1h..3d", (3600.0 + 3 * 86400.0) / 2, 0.02);
    assertMean("lognormal:1d,0.5", 86400.0 * Math.exp(0.125), 0.02);
  }

  @Test
  void exponentialAndLognormalHaveTheirMedians() {
    assertMedian("exp:6h", 6 * 3600.0 * Math.log(2));
    assertMedian("lognormal:1d,0.5", 86400.0);
  }

  @Test
  void uniformSamplesStayWithinTheBounds() {
    SplittableRandom random = new SplittableRandom(3);
    FeedbackDelay delay = FeedbackDelay.parse("uniform:1h..2h");
    for (int i = 0; i < 10_000; i++) {
      Duration d = delay.sample(random);
      assertTrue(d.compareTo(Duration.ofHours(1)) >= 0 && d.compareTo(Duration.ofHours(2)) <= 0);
    }
  }

  private static void assertMean(String text, double expectedSeconds, double tolerance) {
    FeedbackDelay delay = FeedbackDelay.parse(text);
    SplittableRandom random = new SplittableRandom(42);
    double sum = 0;
    for (int i = 0; i < DRAWS; i++) {
      sum += delay.sample(random).toNanos() / 1e9;
    }
    double mean = sum / DRAWS;
    assertEquals(expectedSeconds, mean, expectedSeconds * tolerance, text);
    assertEquals(expectedSeconds, delay.mean().toNanos() / 1e9, expectedSeconds * 1e-9, text);
  }

  private static void assertMedian(String text, double expectedSeconds) {
    FeedbackDelay delay = FeedbackDelay.parse(text);
    SplittableRandom random = new SplittableRandom(7);
    int below = 0;
    for (int i = 0; i < DRAWS; i++) {
      if (delay.sample(random).toNanos() / 1e9 < expectedSeconds) {
        below++;
      }
    }
    assertEquals(0.5, (double) below / DRAWS, 0.01, text);
  }
}
