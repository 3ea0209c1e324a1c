package dev.vigil.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.core.model.WindowGranularity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StoreEstimatesTest {

  @Test
  void aMinuteModelGetsMinuteBucketsUpToSixHours() {
    assertEquals(
        "minute", StoreEstimates.granularity(Duration.ofHours(1), WindowGranularity.MINUTE));
    assertEquals(
        "minute", StoreEstimates.granularity(Duration.ofHours(6), WindowGranularity.MINUTE));
    assertEquals("hour", StoreEstimates.granularity(Duration.ofHours(7), WindowGranularity.MINUTE));
  }

  @Test
  void anHourlyModelNeverGetsMinuteBuckets() {
    assertEquals("hour", StoreEstimates.granularity(Duration.ofHours(1), WindowGranularity.HOUR));
    assertEquals("hour", StoreEstimates.granularity(Duration.ofDays(2), WindowGranularity.HOUR));
    assertEquals("day", StoreEstimates.granularity(Duration.ofDays(60), WindowGranularity.HOUR));
    assertEquals("week", StoreEstimates.granularity(Duration.ofDays(61), WindowGranularity.HOUR));
  }
}
