package dev.vigil.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.model.WindowGranularity;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BucketGranularityTest {

  private static Instant t(String text) {
    return Instant.parse(text);
  }

  @Test
  void bucketsStartOnTheUtcClock() {
    Instant t = t("2026-11-25T13:47:12.5Z"); // a Wednesday
    assertEquals(t("2026-11-25T13:47:00Z"), BucketGranularity.MINUTE.bucketStart(t));
    assertEquals(t("2026-11-25T13:00:00Z"), BucketGranularity.HOUR.bucketStart(t));
    assertEquals(t("2026-11-25T00:00:00Z"), BucketGranularity.DAY.bucketStart(t));
    assertEquals(t("2026-11-23T00:00:00Z"), BucketGranularity.WEEK.bucketStart(t));
    assertEquals(
        t("2026-11-30T00:00:00Z"), BucketGranularity.WEEK.bucketEnd(t("2026-11-23T00:00:00Z")));
  }

  @Test
  void isoWeeksStartOnMonday() {
    // Sunday 23:00 is the last hour of the week that began the Monday before.
    assertEquals(
        t("2026-11-16T00:00:00Z"), BucketGranularity.WEEK.bucketStart(t("2026-11-22T23:00:00Z")));
    assertEquals(
        t("2026-11-23T00:00:00Z"), BucketGranularity.WEEK.bucketStart(t("2026-11-23T00:00:00Z")));
    // Across a year end: 2027-01-01 is a Friday; its ISO week began Monday 2026-12-28.
    assertEquals(
        t("2026-12-28T00:00:00Z"), BucketGranularity.WEEK.bucketStart(t("2027-01-01T05:00:00Z")));
  }

  @Test
  void parsesIdsAndNamesTheParameterOtherwise() {
    assertEquals(BucketGranularity.DAY, BucketGranularity.fromId("Day"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BucketGranularity.fromId("month"));
    assertTrue(e.getMessage().startsWith("granularity: 'month'"), e.getMessage());
  }

  @Test
  void refusesBucketsFinerThanTheBaseWindows() {
    assertEquals(
        BucketGranularity.MINUTE,
        BucketGranularity.MINUTE.requireNotFinerThan(WindowGranularity.MINUTE));
    assertEquals(
        BucketGranularity.HOUR, BucketGranularity.HOUR.requireNotFinerThan(WindowGranularity.HOUR));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BucketGranularity.MINUTE.requireNotFinerThan(WindowGranularity.HOUR));
    assertTrue(e.getMessage().startsWith("granularity: 'minute' is finer"), e.getMessage());
  }
}
