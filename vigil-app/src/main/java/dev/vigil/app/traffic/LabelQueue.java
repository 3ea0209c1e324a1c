package dev.vigil.app.traffic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/** Labels waiting for their due time (real time), earliest first. Thread-safe. */
final class LabelQueue {

  private record Due(Instant at, long order, Feedback feedback) {}

  private final PriorityQueue<Due> waiting =
      new PriorityQueue<>(
          (a, b) -> a.at.equals(b.at) ? Long.compare(a.order, b.order) : a.at.compareTo(b.at));
  private long added;

  synchronized void add(Instant due, Feedback feedback) {
    waiting.add(new Due(due, added++, feedback));
  }

  /** Removes and returns up to {@code max} labels due at {@code now}, earliest first. */
  synchronized List<Feedback> takeDue(Instant now, int max) {
    List<Feedback> due = new ArrayList<>();
    while (due.size() < max && !waiting.isEmpty() && !waiting.peek().at.isAfter(now)) {
      due.add(waiting.poll().feedback);
    }
    return due;
  }

  /** The due time of the earliest label, or null when none waits. */
  synchronized Instant nextDue() {
    return waiting.isEmpty() ? null : waiting.peek().at;
  }

  synchronized int size() {
    return waiting.size();
  }
}
