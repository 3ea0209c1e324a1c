package dev.vigil.core.event;

import java.time.Instant;

/**
 * Deletes old raw records of the event log that window summaries already include. Window summaries
 * are never deleted: they are derived and stay. Only records with a sequence number at or below the
 * window watermark go, so a crash never needs a deleted record for its replay (docs/INGESTION.md,
 * Retention). A prediction resent after its deletion is stored and counted again.
 */
public interface EventRetention {

  /**
   * In one transaction, under the event log's write lock, deletes:
   *
   * <ul>
   *   <li>predictions with event time before {@code cutoff} and sequence number at or below {@code
   *       watermark}, unless their label's number is above it (the pair is not in the windows yet);
   *   <li>the labels of those predictions, and labels without a stored prediction whose label time
   *       is before {@code cutoff} and number at or below {@code watermark};
   *   <li>the conflicting labels kept for audit of the labels deleted.
   * </ul>
   *
   * <p>An implementation never deletes above the window watermark it has stored, whatever {@code
   * watermark} says.
   *
   * @throws IllegalArgumentException naming {@code watermark} when it is negative
   */
  DeletedRecords deleteBefore(Instant cutoff, long watermark);
}
