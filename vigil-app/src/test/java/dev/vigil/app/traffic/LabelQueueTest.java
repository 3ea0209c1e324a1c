package dev.vigil.app.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelQueueTest {

  private static final Instant T0 = Instant.parse("2026-11-23T12:00:00Z");

  @Test
  void givesTheDueLabelsEarliestFirstInBatchesAndKeepsTheOthers() {
    LabelQueue queue = new LabelQueue();
    queue.add(T0.plusSeconds(30), new Feedback("late", "1"));
    queue.add(T0.plusSeconds(10), new Feedback("b", "0"));
    queue.add(T0.plusSeconds(5), new Feedback("a", "1"));
    queue.add(T0.plusSeconds(10), new Feedback("c", "1")); // same time as b: after it

    assertEquals(T0.plusSeconds(5), queue.nextDue());
    assertEquals(List.of(), queue.takeDue(T0, 10));
    assertEquals(
        List.of(new Feedback("a", "1"), new Feedback("b", "0")),
        queue.takeDue(T0.plusSeconds(10), 2));
    assertEquals(List.of(new Feedback("c", "1")), queue.takeDue(T0.plusSeconds(10), 2));
    assertEquals(1, queue.size());
    assertEquals(List.of(new Feedback("late", "1")), queue.takeDue(T0.plusSeconds(60), 2));
    assertNull(queue.nextDue());
  }
}
