package dev.vigil.core.serving;

/**
 * Hears of served predictions that were answered but not kept for monitoring, e.g. to count them in
 * {@code /metrics}. Called on request threads and on the ingestion recorder thread: it must be
 * quick and must not throw.
 */
@FunctionalInterface
public interface DroppedPredictions {

  void dropped(String modelName, DropReason reason, int count);
}
