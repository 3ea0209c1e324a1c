package dev.vigil.http;

import dev.vigil.core.window.Window;
import dev.vigil.core.window.WindowQuery;
import dev.vigil.core.window.WindowSource;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A window source that counts the reads it passes on, and fails those of the models it is told to
 * fail, as a broken store would.
 */
final class CountingWindowSource implements WindowSource {

  private final WindowSource source;
  private final AtomicInteger reads = new AtomicInteger();
  private final Set<String> failing = ConcurrentHashMap.newKeySet();

  CountingWindowSource(WindowSource source) {
    this.source = source;
  }

  int reads() {
    return reads.get();
  }

  void fail(String model) {
    failing.add(model);
  }

  @Override
  public List<Window> windows(WindowQuery query) {
    count(query);
    return source.windows(query);
  }

  @Override
  public List<Window> days(WindowQuery query) {
    count(query);
    return source.days(query);
  }

  private void count(WindowQuery query) {
    reads.incrementAndGet();
    if (failing.contains(query.modelName())) {
      throw new IllegalStateException("the window store of " + query.modelName() + " is broken");
    }
  }
}
