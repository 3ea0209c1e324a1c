package dev.vigil.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static TimeRange resolve(String from, String to) {
    return TimeRange.resolve(Optional.ofNullable(from), Optional.ofNullable(to), CLOCK);
  }

  private static void assertRefused(String field, String from, String to) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> resolve(from, to));
    assertTrue(e.getMessage().startsWith(field + " "), e.getMessage());
  }

  @Test
  void defaultsToTheLast24Hours() {
    assertEquals(new TimeRange(NOW.minusSeconds(86_400), NOW), resolve(null, null));
    assertEquals(
        new TimeRange(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-02T00:00:00Z")),
        resolve(null, "2026-11-02T00:00:00Z"));
  }

  @Test
  void readsOffsets() {
    assertEquals(
        new TimeRange(Instant.parse("2026-11-01T09:00:00Z"), NOW),
        resolve("2026-11-01T10:00:00+01:00", null));
  }

  @Test
  void refusesBadRanges() {
    assertRefused("from:", "yesterday", null);
    assertRefused("to:", null, "2026-11-01");
    assertRefused("to", "2026-11-02T00:00:00Z", "2026-11-01T00:00:00Z");
    assertRefused("to", "2026-11-01T00:00:00Z", "2026-11-01T00:00:00Z");
    assertRefused("from:", "2025-10-01T00:00:00Z", "2026-11-23T00:00:00Z");
  }

  @Test
  void acceptsExactly400Days() {
    Instant to = Instant.parse("2026-11-23T00:00:00Z");
    assertEquals(400, new TimeRange(to.minusSeconds(400L * 86_400), to).length().toDays());
  }
}
