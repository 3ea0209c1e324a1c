package dev.vigil.core.kserve;

import dev.vigil.core.event.PredictionRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the half of an inference whose partner has not come yet waits, keyed by (model, {@code
 * ce-id}, kind), with the time the store received it. Implementations are safe for concurrent use
 * and durable: when {@link #offer} or {@link #expireBefore} returns, what it did is committed.
 * Rules: docs/INGESTION.md.
 */
public interface PendingEventStore {

  /** Makes the predictions of a request and its response; may throw to refuse the pair. */
  @FunctionalInterface
  interface Join {
    List<PredictionRecord> records(KServeEvent request, KServeEvent response);
  }

  /**
   * In one transaction, serialised with offers of the same (model, ce-id): when the partner of this
   * event is pending, appends the joined predictions with {@code PredictionStore} semantics
   * (duplicates left out) and deletes the partner; otherwise, when a prediction of this ce-id is
   * already stored, does nothing (a resend); otherwise keeps the event as pending, stamped with the
   * time it was received (a resend of a pending half keeps the first and its time).
   *
   * @throws IllegalArgumentException when the join refuses the pair or the model is not registered;
   *     nothing changes then
   */
  OfferOutcome offer(KServeEvent event, Join join);

  /** The pending half of this model, ce-id and kind, if any. */
  Optional<KServeEvent> find(String modelName, String id, EventKind kind);

  /** How many halves of this model are waiting for their partner. */
  long countPending(String modelName);

  /**
   * Deletes every pending half, of every model, that the store received strictly before {@code
   * cutoff}, in one transaction, and says how many of each kind it deleted. A partner arriving
   * later finds nothing to join and waits in turn.
   */
  ExpiredHalves expireBefore(Instant cutoff);
}
