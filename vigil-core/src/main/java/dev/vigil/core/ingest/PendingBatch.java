package dev.vigil.core.ingest;

import dev.vigil.core.event.BatchOutcome;
import dev.vigil.core.event.EventBatch;
import java.util.concurrent.CompletableFuture;

/** A batch waiting for its group commit, and where its outcome (or failure) goes. */
record PendingBatch(EventBatch batch, CompletableFuture<BatchOutcome> outcome) {

  PendingBatch(EventBatch batch) {
    this(batch, new CompletableFuture<>());
  }

  int size() {
    return batch.size();
  }
}
