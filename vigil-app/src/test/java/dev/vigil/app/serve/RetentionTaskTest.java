package dev.vigil.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.core.event.DeletedRecords;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One run of retention, without its thread: its order of work, what it reports, never throwing. */
class RetentionTaskTest {

  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @Test
  void aRunFlushesThenDeletesBeforeNowMinusTheRetentionAtTheStoredWatermarkAndReports() {
    List<String> steps = new ArrayList<>();
    List<DeletedRecords> reports = new ArrayList<>();
    long[] watermark = {7};
    RetentionTask.Run run =
        new RetentionTask.Run(
            Duration.ofDays(90),
            () -> {
              steps.add("flush");
              watermark[0] = 42; // the flush moves the stored watermark
            },
            () -> watermark[0],
            (cutoff, upTo) -> {
              steps.add("delete before " + cutoff + " up to " + upTo);
              return new DeletedRecords(3, 1, 0);
            },
            CLOCK,
            reports::add);

    run.once();

    assertEquals(List.of("flush", "delete before 2026-08-25T12:00:00Z up to 42"), steps);
    assertEquals(List.of(new DeletedRecords(3, 1, 0)), reports);
  }

  @Test
  void aFailedRunReportsNothingAndDoesNotThrow() {
    List<DeletedRecords> reports = new ArrayList<>();
    RetentionTask.Run run =
        new RetentionTask.Run(
            Duration.ofHours(1),
            () -> {},
            () -> 5,
            (cutoff, upTo) -> {
              throw new IllegalStateException("database unreachable");
            },
            CLOCK,
            reports::add);

    run.once();

    assertEquals(List.of(), reports);
  }
}
