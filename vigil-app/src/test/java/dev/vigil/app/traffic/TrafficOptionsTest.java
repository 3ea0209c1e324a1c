package dev.vigil.app.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TrafficOptionsTest {

  @Test
  void convertsBetweenStoryAndRealTimeAtTheSpeed() {
    TrafficOptions options = new TrafficOptions(10, 3600, FeedbackDelay.NONE, 1, null, 1);
    assertEquals(Duration.ofSeconds(2), options.realTime(Duration.ofHours(2)));
    assertEquals(Duration.ofHours(1), options.storyTime(Duration.ofSeconds(1)));
  }

  @Test
  void refusalsNameTheOption() {
    assertMessage("rate", () -> new TrafficOptions(0, 1, FeedbackDelay.NONE, 1, null, 1));
    assertMessage("speed", () -> new TrafficOptions(1, -1, FeedbackDelay.NONE, 1, null, 1));
    assertMessage("coverage", () -> new TrafficOptions(1, 1, FeedbackDelay.NONE, 1.5, null, 1));
    assertMessage(
        "duration", () -> new TrafficOptions(1, 1, FeedbackDelay.NONE, 1, Duration.ZERO, 1));
  }

  private static void assertMessage(String word, Runnable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
    assertTrue(e.getMessage().contains(word), e.getMessage());
  }
}
