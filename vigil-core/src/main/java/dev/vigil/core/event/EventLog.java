package dev.vigil.core.event;

import java.util.List;

/**
 * The durable, ordered log of raw predictions and labels: the one write path of ingestion. Every
 * stored record gets a sequence number, increasing in commit order (one writer at a time: {@link
 * #append} is serialized), so window summaries can say which records they include and the rest can
 * be replayed after a crash. Rules for duplicates and conflicts: those of {@link PredictionStore}
 * and {@link LabelStore} (docs/INGESTION.md).
 */
public interface EventLog {

  /**
   * Stores all the batches in one transaction (a group commit) and returns when it is committed. A
   * record duplicating one stored, or one earlier in this call, is left out and counted.
   *
   * @throws IllegalArgumentException naming the batch index and field when a record's model is not
   *     registered; nothing of the call is stored then
   */
  EventCommit append(List<EventBatch> batches);

  /** The highest sequence number used so far; 0 for an empty log. */
  long lastSequence();

  /**
   * Replays every prediction with a sequence number above {@code after} and every pair whose later
   * half has one: exactly what the commits after {@code after} reported as inserted predictions and
   * joined pairs, in commit order for each kind: first the predictions by sequence number, then the
   * pairs by the sequence number of their later half. The streaming detectors need that order (it
   * is the order in which the commits reported them, {@link EventCommit#joined} included).
   */
  void replayAfter(long after, EventSink sink);
}
