package dev.vigil.core.ingest;

import java.time.Duration;

/**
 * The ingestion queue stayed full for the whole enqueue timeout: the batch was not taken (nothing
 * of it is stored) and may be sent again later. The HTTP layer answers 503.
 */
public final class IngestOverloadedException extends RuntimeException {

  private final Duration waited;

  public IngestOverloadedException(int queuedRecords, int capacityRecords, Duration waited) {
    super(
        "the ingestion queue is full ("
            + queuedRecords
            + " of "
            + capacityRecords
            + " records waiting for the writer after "
            + waited.toMillis()
            + " ms); nothing of the batch was stored, send it again later");
    this.waited = waited;
  }

  /** How long the batch waited for room. */
  public Duration waited() {
    return waited;
  }
}
