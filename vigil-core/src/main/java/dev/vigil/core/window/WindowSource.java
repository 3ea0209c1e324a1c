package dev.vigil.core.window;

import java.util.List;

/**
 * Where queries read base windows: the stored summaries merged with the deltas not flushed yet,
 * read consistently (a flush between the two reads neither drops nor doubles a record).
 */
@FunctionalInterface
public interface WindowSource {

  /** The windows the query matches, by start then version; one entry per key. */
  List<Window> windows(WindowQuery query);
}
